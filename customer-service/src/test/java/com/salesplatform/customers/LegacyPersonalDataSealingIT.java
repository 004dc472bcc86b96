package com.salesplatform.customers;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesplatform.customers.customer.api.CommunicationLoggedEvent;
import com.salesplatform.customers.customer.api.LeadRegisteredEvent;
import com.salesplatform.customers.customer.command.LegacyPersonalDataSealing;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Events stored before a B2C name and the free texts were sealed (revision 1) are sealed in place at the start: the
 * store then holds them only sealed, readers see the same as before, and a customer erased after such an event keeps
 * nothing of it. The legacy rows are made here from new ones, written back in clear as revision 1 wrote them.
 */
@ServiceIntegrationTest
class LegacyPersonalDataSealingIT {

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private LegacyPersonalDataSealing sealing;

    private CustomerApi api;
    private String rep;
    private String unique;

    @BeforeEach
    void setUp() {
        api = new CustomerApi(port, jdbc);
        CustomerApi.Team team = api.team(1);
        rep = TestTokens.rep(team.rep(1), team.id());
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void clearValuesOfRevisionOneAreSealedInPlaceOrRemovedWhenTheCustomerWasErasedSince() {
        String kept = b2cLeadWithACall("柳如是" + unique, "与柳如是通话" + unique);
        String erased = b2cLeadWithACall("李香君" + unique, "与李香君通话" + unique);
        assertThat(api.delete("/api/customers/" + erased + "/personal-data", TestTokens.admin()).status())
                .isEqualTo(204);
        asRevisionOne(kept, "柳如是" + unique, "与柳如是通话" + unique);
        asRevisionOne(erased, "李香君" + unique, "与李香君通话" + unique);
        assertThat(String.join("", rawEvents(kept))).contains("柳如是" + unique);

        assertThat(sealing.sealAll()).isGreaterThanOrEqualTo(2);

        assertThat(rawEvents(kept)).allSatisfy(payload -> assertThat(payload).doesNotContain("柳如是"));
        assertThat(rawEvents(erased)).allSatisfy(payload -> assertThat(payload).doesNotContain("李香君"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier IN (?, ?)"
                + " AND payload_revision = '1' AND payload_type IN (?, ?)", Integer.class, kept, erased,
                LeadRegisteredEvent.class.getName(), CommunicationLoggedEvent.class.getName())).isZero();
        assertThat(api.get("/api/customers/" + kept, rep).json().path("name").asText())
                .as("readable while the key exists").isEqualTo("柳如是" + unique);
        assertThat(api.get("/api/customers/" + kept + "/history", rep).json().toString())
                .contains("与柳如是通话" + unique);
        assertThat(api.get("/api/customers/" + erased, rep).json().path("name").asText())
                .isEqualTo("客户 " + erased.substring(0, 8));
        assertThat(api.get("/api/customers/" + erased + "/history", rep).json().toString())
                .doesNotContain("李香君");
        assertThat(sealing.sealAll()).as("nothing left to seal").isZero();
    }

    private String b2cLeadWithACall(String name, String summary) {
        String customer = api.post("/api/customers/leads", """
                {"name":"%s","type":"B2C","channel":"PHONE"}""".formatted(name), rep).json().path("id").asText();
        assertThat(api.post("/api/customers/" + customer + "/communications", """
                {"type":"CALL","occurredAt":"%s","summary":"%s"}""".formatted(Instant.now().minusSeconds(60), summary),
                rep).status()).isEqualTo(201);
        return customer;
    }

    /** The customer's events as revision 1 stored them: the name and the summary in clear. */
    private void asRevisionOne(String customer, String name, String summary) {
        String clear = "UPDATE domain_event_entry SET payload = convert_to(jsonb_set(convert_from(payload, 'UTF8')"
                + "::jsonb, ?::text[], to_jsonb(?::text))::text, 'UTF8'), payload_revision = '1'"
                + " WHERE aggregate_identifier = ? AND payload_type = ?";
        jdbc.update(clear, "{name}", name, customer, LeadRegisteredEvent.class.getName());
        jdbc.update(clear, "{summary}", summary, customer, CommunicationLoggedEvent.class.getName());
    }

    private List<String> rawEvents(String customer) {
        return jdbc.queryForList("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?",
                byte[].class, customer).stream().map(bytes -> new String(bytes, StandardCharsets.UTF_8)).toList();
    }
}
