package com.salesplatform.orders.support;

import com.salesplatform.platformtest.ApiClient;
import com.salesplatform.platformtest.ApiClient.Response;
import java.util.Map;

/** The platform's {@link ApiClient} with the caller's token given per call, as these tests switch callers often. */
public final class Http {

    private final ApiClient api;

    private Http(ApiClient api) {
        this.api = api;
    }

    public static Http onPort(int port) {
        return new Http(ApiClient.onPort(port));
    }

    public static Http at(String baseUrl) {
        return new Http(ApiClient.at(baseUrl));
    }

    public Response post(String path, String body, String token) {
        return api.as(token).post(path, body);
    }

    public Response post(String path, String body, String token, Map<String, String> headers) {
        ApiClient caller = api.as(token);
        for (Map.Entry<String, String> header : headers.entrySet()) {
            caller = caller.withHeader(header.getKey(), header.getValue());
        }
        return caller.post(path, body);
    }

    public Response put(String path, String body, String token) {
        return api.as(token).put(path, body);
    }

    /** The body exactly as sent, to check how amounts are written. */
    public String rawBody(String path, String token) {
        return api.as(token).get(path).body();
    }

    public Response get(String path, String token) {
        return api.as(token).get(path);
    }
}
