package com.salesplatform.gateway.tracing;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TraceParentTest {

    @ParameterizedTest
    @ValueSource(strings = {"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00"})
    void acceptsVersion00WithNonZeroIds(String traceparent) {
        assertThat(TraceParent.isValid(traceparent)).isTrue();
        assertThat(TraceParent.traceId(traceparent)).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"00-00000000000000000000000000000000-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01",
            "00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01",
            "ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01",
            "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-extra"})
    void rejectsAnythingElse(String traceparent) {
        assertThat(TraceParent.isValid(traceparent)).isFalse();
    }

    @RepeatedTest(20)
    void generatesValidSampledTraces() {
        String generated = TraceParent.generate();
        assertThat(TraceParent.isValid(generated)).isTrue();
        assertThat(generated).endsWith("-01");
        assertThat(TraceParent.generate()).isNotEqualTo(generated);
    }
}
