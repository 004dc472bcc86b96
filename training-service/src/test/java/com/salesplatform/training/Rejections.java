package com.salesplatform.training;

import com.salesplatform.platform.web.FieldRejectedException;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Matches a {@link FieldRejectedException} naming one field, for aggregate fixture tests. */
public final class Rejections {

    private Rejections() {
    }

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
