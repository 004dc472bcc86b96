package com.salesplatform.platformtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesplatform.platform.rejection.FieldRejectedException;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/**
 * Matchers for aggregate fixtures ({@code .expectException(rejectedOn("period"))}) and the assertion for a 400 over
 * HTTP ({@code assertRejected(response, "title")}).
 */
public final class Rejections {

    private Rejections() {
    }

    /** A 400 validation problem naming exactly {@code field} in {@code errors[]}. */
    public static void assertRejected(ApiClient.Response answer, String field) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().path("errors").findValuesAsText("field")).as(answer.toString())
                .containsExactly(field);
    }

    /** A {@link FieldRejectedException} naming {@code field}. */
    public static Matcher<FieldRejectedException> rejectedOn(String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(FieldRejectedException rejection) {
                return field.equals(rejection.field());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a rejection of field ").appendValue(field);
            }
        };
    }
}
