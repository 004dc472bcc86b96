package com.salesplatform.platformtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.OptionalDouble;

/** One scrape of a service's {@code /actuator/prometheus}, to read a metric's value. */
public final class PrometheusMetrics {

    private final String body;

    private PrometheusMetrics(String body) {
        this.body = body;
    }

    public static PrometheusMetrics scrape(int port) {
        var response = ApiClient.onPort(port).get("/actuator/prometheus", "text/plain");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return new PrometheusMetrics(response.body());
    }

    /**
     * The value of the series {@code name} carrying every one of {@code labels} (each {@code key="value"}), if the
     * scrape has it.
     */
    public OptionalDouble value(String name, String... labels) {
        return body.lines()
                .filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst();
    }
}
