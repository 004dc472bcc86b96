package com.salesplatform.gateway.routing;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

import com.salesplatform.gateway.limits.PayloadTooLargeException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CausedByGatewayProblemTest {

    private final CausedByGatewayProblem predicate = new CausedByGatewayProblem();

    @Test
    void recognisesTheGatewaysOwnProblemAlsoWhenWrapped() {
        assertThat(predicate.test(new PayloadTooLargeException(10))).isTrue();
        assertThat(predicate.test(new IllegalStateException(new IOException(new PayloadTooLargeException(10)))))
                .isTrue();
    }

    @Test
    void leavesServiceFailuresToTheCircuitBreaker() {
        assertThat(predicate.test(new IOException("Connection refused"))).isFalse();
        assertThat(predicate.test(new TimeoutException())).isFalse();
    }
}
