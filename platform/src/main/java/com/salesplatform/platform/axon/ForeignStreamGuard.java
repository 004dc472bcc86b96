package com.salesplatform.platform.axon;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.CommandMessageHandlingMember;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateNotFoundException;

/**
 * A command for an aggregate, sent with the id of another type's aggregate ({@code PUT /api/teams/{repId}/...}),
 * finds that other aggregate's events, none of which this type applies: the aggregate has no identifier. Such a
 * command is answered as for an unknown aggregate (404) before its handler runs, for every aggregate at once.
 */
public class ForeignStreamGuard implements HandlerEnhancerDefinition {

    private static final Map<Class<?>, Optional<Field>> IDENTIFIERS = new ConcurrentHashMap<>();

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        boolean onExistingAggregate = original.unwrap(CommandMessageHandlingMember.class)
                .map(handler -> !handler.isFactoryHandler()).orElse(false);
        return onExistingAggregate ? new Guarded<>(original) : original;
    }

    private static final class Guarded<T> extends WrappedMessageHandlingMember<T> {

        Guarded(MessageHandlingMember<T> delegate) {
            super(delegate);
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            if (target != null && message instanceof CommandMessage<?> command && hasNoIdentifier(target)) {
                throw new AggregateNotFoundException(command.getCommandName(),
                        "No aggregate of type " + target.getClass().getSimpleName() + " for this id");
            }
            return super.handle(message, target);
        }

        private static boolean hasNoIdentifier(Object aggregate) throws IllegalAccessException {
            Optional<Field> identifier = IDENTIFIERS.computeIfAbsent(aggregate.getClass(),
                    ForeignStreamGuard::identifierField);
            return identifier.isPresent() && identifier.get().get(aggregate) == null;
        }
    }

    private static Optional<Field> identifierField(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (field.isAnnotationPresent(AggregateIdentifier.class)) {
                    field.setAccessible(true);
                    return Optional.of(field);
                }
            }
        }
        return Optional.empty();
    }
}
