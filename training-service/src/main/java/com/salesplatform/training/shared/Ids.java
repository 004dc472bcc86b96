package com.salesplatform.training.shared;

import java.util.Locale;
import java.util.UUID;

/** Ids as the API takes them: UUIDs, lower-cased; a new one when the client chose none. */
public final class Ids {

    public static final String UUID_PATTERN =
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private Ids() {
    }

    public static String chosenOrNew(String chosen) {
        return chosen == null ? UUID.randomUUID().toString() : normalised(chosen);
    }

    public static String normalised(String id) {
        return id == null ? null : id.toLowerCase(Locale.ROOT);
    }
}
