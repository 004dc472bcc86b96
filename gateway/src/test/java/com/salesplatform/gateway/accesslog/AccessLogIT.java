package com.salesplatform.gateway.accesslog;

import com.salesplatform.gateway.support.LocalGatewayTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** One access-log line per request, with who and which request — and never the token. */
@ExtendWith(OutputCaptureExtension.class)
class AccessLogIT extends LocalGatewayTestBase {

    @Test
    void logsMethodPathStatusDurationSubjectAndRequestIdButNotTheToken(CapturedOutput output) {
        String token = tokenFor("rep2");
        String requestId = newRequestId();

        client.get().uri("/api/payouts?period=2027-03&repId=secret-looking-query")
                .headers(headers -> headers.setBearerAuth(token))
                .header("X-Request-Id", requestId)
                .exchange()
                .expectStatus().isOk();

        await().untilAsserted(() -> assertThat(output.getOut()).contains("request_id=" + requestId));
        String line = lineWith(output, "request_id=" + requestId);
        assertThat(line)
                .contains("method=GET", "path=/api/payouts ", "status=200",
                        "sub=5a1e5000-0000-4000-8000-0000000000c2")
                .containsPattern("duration_ms=\\d+")
                .doesNotContain("secret-looking-query");
        assertThat(output.getAll()).doesNotContain(token);
    }

    @Test
    void logsRefusedCallsWithoutASubject(CapturedOutput output) {
        String requestId = newRequestId();

        client.delete().uri("/api/customers/1/personal-data")
                .header("X-Request-Id", requestId)
                .exchange()
                .expectStatus().isUnauthorized();

        await().untilAsserted(() -> assertThat(output.getOut()).contains("request_id=" + requestId));
        assertThat(lineWith(output, "request_id=" + requestId))
                .contains("method=DELETE", "path=/api/customers/1/personal-data", "status=401", "sub=-");
    }

    private static String lineWith(CapturedOutput output, String text) {
        return output.getOut().lines().filter(l -> l.contains(text)).findFirst().orElseThrow();
    }
}
