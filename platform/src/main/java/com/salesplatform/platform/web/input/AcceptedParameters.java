package com.salesplatform.platform.web.input;

import com.salesplatform.platform.rejection.FieldRejectedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.springframework.core.convert.converter.Converter;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Query parameters hold only {@link AcceptedInput}: the text of every parameter is checked before any handler
 * runs, and dates and instants are read (ISO-8601) and checked by the converters here, a 400 naming the parameter.
 */
public final class AcceptedParameters implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            boolean accepted = AcceptedInput.isAcceptedText(name);
            for (String value : parameter.getValue()) {
                accepted &= value == null || AcceptedInput.isAcceptedText(value);
            }
            if (!accepted) {
                throw new FieldRejectedException(printable(name), AcceptedInput.TEXT_RULE);
            }
        }
        return true;
    }

    private static String printable(String name) {
        StringBuilder printable = new StringBuilder();
        name.codePoints().forEach(c -> printable.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return printable.toString();
    }

    /** A date parameter, {@code 2027-03-31}; its rejection names the parameter (the handler adds the name). */
    public static Converter<String, LocalDate> dates() {
        return text -> {
            LocalDate date = parse(() -> LocalDate.parse(text.strip()), "a date (yyyy-MM-dd)");
            if (!AcceptedInput.isAcceptedDate(date)) {
                throw new FieldRejectedException("", AcceptedInput.DATE_RULE);
            }
            return date;
        };
    }

    /** An instant parameter, {@code 2027-03-31T08:00:00Z}. */
    public static Converter<String, Instant> instants() {
        return text -> checked(parse(() -> Instant.parse(text.strip()), "an ISO-8601 instant"));
    }

    /** An instant read from a parameter elsewhere (e.g. {@code asOf}), held to the same range. */
    public static Instant checked(Instant instant) {
        if (!AcceptedInput.isAcceptedInstant(instant)) {
            throw new FieldRejectedException("", AcceptedInput.INSTANT_RULE);
        }
        return instant;
    }

    private static <T> T parse(java.util.function.Supplier<T> parser, String expected) {
        try {
            return parser.get();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("must be " + expected, e);
        }
    }
}
