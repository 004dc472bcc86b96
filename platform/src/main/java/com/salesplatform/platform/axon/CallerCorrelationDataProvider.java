package com.salesplatform.platform.axon;

import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.web.RequestIdFilter;
import java.util.HashMap;
import java.util.Map;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.slf4j.MDC;

/**
 * Stamps who asked for a change, and in which HTTP request, onto every command and therefore onto every event it
 * causes: the history endpoints and the published envelopes read them from the event metadata.
 */
public class CallerCorrelationDataProvider implements CorrelationDataProvider {

    public static final String ACTOR_ID = "actorId";
    public static final String REQUEST_ID = "requestId";

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        copy(message, ACTOR_ID, data);
        copy(message, REQUEST_ID, data);
        if (!data.containsKey(ACTOR_ID)) {
            CallerIdentity.current().ifPresent(caller -> data.put(ACTOR_ID, caller.subject()));
        }
        if (!data.containsKey(REQUEST_ID)) {
            String requestId = MDC.get(RequestIdFilter.MDC_KEY);
            if (requestId != null) {
                data.put(REQUEST_ID, requestId);
            }
        }
        return data;
    }

    private static void copy(Message<?> message, String key, Map<String, Object> into) {
        Object value = message.getMetaData().get(key);
        if (value != null) {
            into.put(key, value);
        }
    }
}
