package com.salesplatform.platform.web.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

/**
 * Request bodies hold only {@link AcceptedInput}: every JSON string (fields, list elements) and every date or
 * instant is checked where it is read, so a rejection names its field ({@code lines[0].sku}) and no endpoint needs
 * checks of its own. Registered on the HTTP message converter only: events already stored are read as they are.
 */
public class AcceptedInputModule extends SimpleModule {

    public AcceptedInputModule() {
        super("accepted-input");
        addDeserializer(String.class, new AcceptedText());
        setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                return isTemporal(description.getBeanClass()) ? new AcceptedTemporal(deserializer) : deserializer;
            }
        });
    }

    private static boolean isTemporal(Class<?> type) {
        return type == Instant.class || type == LocalDate.class || type == OffsetDateTime.class
                || type == ZonedDateTime.class || type == LocalDateTime.class;
    }

    static final class AcceptedText extends StdScalarDeserializer<String> {

        AcceptedText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && !AcceptedInput.isAcceptedText(text)) {
                throw new RejectedJsonValueException(parser, AcceptedInput.TEXT_RULE);
            }
            return text;
        }
    }

    static final class AcceptedTemporal extends DelegatingDeserializer {

        AcceptedTemporal(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new AcceptedTemporal(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            String rule = value == null ? null : violatedRule(value);
            if (rule != null) {
                throw new RejectedJsonValueException(parser, rule);
            }
            return value;
        }

        private static String violatedRule(Object value) {
            if (value instanceof LocalDate date) {
                return AcceptedInput.isAcceptedDate(date) ? null : AcceptedInput.DATE_RULE;
            }
            if (value instanceof LocalDateTime time) {
                return AcceptedInput.isAcceptedDate(time.toLocalDate()) ? null : AcceptedInput.DATE_RULE;
            }
            Instant instant = value instanceof OffsetDateTime time ? time.toInstant()
                    : value instanceof ZonedDateTime time ? time.toInstant() : (Instant) value;
            return AcceptedInput.isAcceptedInstant(instant) ? null : AcceptedInput.INSTANT_RULE;
        }
    }
}
