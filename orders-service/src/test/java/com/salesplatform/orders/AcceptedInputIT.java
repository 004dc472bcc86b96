package com.salesplatform.orders;

import static com.salesplatform.platformtest.Rejections.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import com.salesplatform.orders.support.Http;
import com.salesplatform.orders.support.SalesWorld;
import com.salesplatform.platformtest.ApiClient;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** ADR 0013 on the orders API: NUL in text and dates beyond the accepted years are a 400 naming the field. */
@ServiceIntegrationTest
class AcceptedInputIT {

    @Autowired
    private JdbcTemplate jdbc;
    @LocalServerPort
    private int port;

    private SalesWorld world;
    private String repToken;
    private String customer;

    @BeforeEach
    void setUp() {
        world = new SalesWorld(Http.onPort(port), jdbc);
        String team = UUID.randomUUID().toString();
        String rep = world.repIn(team);
        repToken = TestTokens.rep(rep, team);
        customer = world.customerOf(rep, null);
    }

    @Test
    void nulInAnOpportunitysTitleIsRefusedNamingTheFieldAndNothingIsStored() {
        String id = UUID.randomUUID().toString();
        assertRejected(client().post("/api/opportunities", opportunity(id, "CRM\\u0000升级", "2027-06-30")), "title");
        assertThat(world.storedEventsOf(id)).isZero();
    }

    @Test
    void datesBeyondTheAcceptedYearsAreRefusedNamingTheFieldAndNothingIsStored() {
        String id = UUID.randomUUID().toString();
        assertRejected(client().post("/api/opportunities", opportunity(id, "CRM 升级", "-999999999-01-01")),
                "expectedCloseDate");
        assertRejected(client().post("/api/opportunities", opportunity(id, "CRM 升级", "+999999999-12-31")),
                "expectedCloseDate");
        assertThat(world.storedEventsOf(id)).isZero();
    }

    @Test
    void instantsAndTextBeyondTheRulesInQueryParametersAreRefusedNamingTheParameter() {
        assertRejected(client().get("/api/orders?from=%2B1000000000-01-01T00:00:00Z"), "from");
        assertRejected(client().get("/api/orders?to=-1000000000-01-01T00:00:00Z"), "to");
        assertRejected(client().get("/api/products?q=a%00b"), "q");
    }

    private String opportunity(String id, String title, String closeDate) {
        return """
                {"id":"%s","customerId":"%s","title":"%s","expectedAmount":120000,"expectedCloseDate":"%s"}"""
                .formatted(id, customer, title, closeDate);
    }

    private ApiClient client() {
        return ApiClient.onPort(port).as(repToken);
    }
}
