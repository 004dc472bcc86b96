package com.salesplatform.gateway.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.gateway.demo.DemoApi.Answer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The seeder's one rule for every step: a thing with a client-chosen id is created, or found (409) when a previous
 * run made it; a state change is done, or found done (409); a list without an id per item (a customer's
 * communications, an order's payments) is filled only while it is empty. Replayed answers (Idempotency-Key) count as
 * found. Anything else is a failure of that step, logged and counted; what depends on it is left out.
 */
class DemoSteps {

    private static final Logger log = LoggerFactory.getLogger(DemoSteps.class);

    private final DemoApi api;
    private final DemoTally tally;

    DemoSteps(DemoApi api, DemoTally tally) {
        this.api = api;
        this.tally = tally;
    }

    DemoApi api() {
        return api;
    }

    /** Creates (or finds) a thing; true when it exists afterwards. */
    boolean create(String kind, String user, String path, Object body) {
        return judge(kind, path, api.post(user, path, body));
    }

    /** Like {@link #create}, for a thing that names another service's thing (a customer, a rep) made a moment ago. */
    boolean createEventually(String kind, String user, String path, Object body) {
        return judge(kind, path, api.postEventually(user, path, body));
    }

    /** A state change (a stage, a confirmation, an approval): done now or before. */
    boolean change(String kind, String user, String path, Object body) {
        return judge(kind, path, api.post(user, path, body));
    }

    boolean put(String kind, String user, String path, Object body) {
        return judge(kind, path, api.put(user, path, body));
    }

    /** Creates the id-less items of a list only if the list is still empty; true when it has items afterwards. */
    boolean fillIfEmpty(String kind, String user, String listPath, Runnable fill) {
        if (read(user, listPath).path("totalItems").asLong() > 0) {
            tally.present(kind);
            return true;
        }
        fill.run();
        return true;
    }

    JsonNode read(String user, String path) {
        Answer answer = api.get(user, path);
        if (!answer.ok()) {
            throw new DemoDataException("GET " + path + " as " + user + ": " + answer.describe());
        }
        return answer.body();
    }

    /** The id in a creating answer ({@code {"id": …}}), for things whose id the server chooses. */
    String createAndGetId(String kind, String user, String path, Object body) {
        Answer answer = api.post(user, path, body);
        judge(kind, path, answer);
        return answer.ok() ? answer.body().path("id").asText(null) : null;
    }

    private boolean judge(String kind, String path, Answer answer) {
        if (answer.ok()) {
            if (answer.replayed()) {
                tally.present(kind);
            } else {
                tally.created(kind);
            }
            return true;
        }
        if (answer.status() == 409) {
            tally.present(kind);
            return true;
        }
        tally.failed(kind);
        log.warn("demo data: could not make {} ({}): {}", kind, path, answer.describe());
        return false;
    }
}
