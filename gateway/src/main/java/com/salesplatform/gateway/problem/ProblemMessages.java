package com.salesplatform.gateway.problem;

import java.net.URI;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The texts of the gateway's problems in English and Chinese ({@code i18n/problems*.properties}): a title per
 * problem type ({@code title.<type>}) and a detail per message code ({@code detail.<code>}, with {@code {0}}, … for
 * its arguments). Never the JVM's own locale: a language without texts falls back to the English base.
 */
final class ProblemMessages {

    private static final String BUNDLE = "i18n/problems";
    private static final ResourceBundle.Control NO_SYSTEM_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final String TYPES = "https://sales-platform.dev/problems/";

    private ProblemMessages() {
    }

    static Optional<String> title(URI type, Locale language) {
        String text = type == null ? "" : type.toString();
        return text.startsWith(TYPES) ? message("title." + text.substring(TYPES.length()), List.of(), language)
                : Optional.empty();
    }

    static Optional<String> detail(String code, List<String> arguments, Locale language) {
        return message("detail." + code, arguments, language);
    }

    private static Optional<String> message(String key, List<String> arguments, Locale language) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, language, NO_SYSTEM_LOCALE);
        if (!bundle.containsKey(key)) {
            return Optional.empty();
        }
        return Optional.of(new MessageFormat(bundle.getString(key), language).format(arguments.toArray()));
    }
}
