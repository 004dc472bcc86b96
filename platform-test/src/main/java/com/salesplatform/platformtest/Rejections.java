package com.salesplatform.platformtest;

import com.salesplatform.platform.web.FieldRejectedException;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matchers for aggregate fixtures: {@code .expectException(rejectedOn("period"))}. */
public final class Rejections {

    private Rejections() {
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
