package com.salesplatform.gateway.demo;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Ids the seeder chooses itself, the same on every run: a second run finds what the first created. */
final class DemoIds {

    private DemoIds() {
    }

    static String of(String kind, Object name) {
        return UUID.nameUUIDFromBytes(("sales-demo:" + kind + ":" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
