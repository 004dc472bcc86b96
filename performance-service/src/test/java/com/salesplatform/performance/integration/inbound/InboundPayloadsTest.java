package com.salesplatform.performance.integration.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesplatform.platformtest.Contracts;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** This service reads the published contract examples of the events it consumes (consumer contract test). */
class InboundPayloadsTest {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void readsTheTargetSetExample() throws Exception {
        TargetSetV1 target = json.treeToValue(Contracts.example("targets", "TargetSet", 1), TargetSetV1.class);
        assertThat(target.targetId()).isEqualTo("3f0c3c1e-7d5a-4c55-9a51-0c8f1f4b2a10");
        assertThat(target.scope()).isEqualTo("TEAM");
        assertThat(target.metric()).isEqualTo("REVENUE");
        assertThat(target.period()).isEqualTo("2027");
        assertThat(target.amount()).isEqualByComparingTo("1200000.00");
    }

    @Test
    void readsTheOrderExamples() throws Exception {
        OrderConfirmedV1 confirmed = read("orders", "OrderConfirmed", OrderConfirmedV1.class);
        assertThat(confirmed.repId()).isEqualTo("5a1e5000-0000-4000-8000-0000000000c1");
        assertThat(confirmed.total()).isEqualByComparingTo("3900.00");
        assertThat(read("orders", "OrderCancelled", OrderCancelledV1.class).orderId())
                .isEqualTo(confirmed.orderId());
    }

    @Test
    void readsTheCustomerActivityExamplesAndTakesTheirTime() throws Exception {
        Instant published = Instant.parse("2027-03-20T00:00:00Z");
        CustomerActivityV1 logged = read("customers", "CommunicationLogged", CustomerActivityV1.class);
        assertThat(logged.at(published)).isEqualTo(Instant.parse("2027-03-02T06:30:00Z"));
        for (String type : new String[] {"CommunicationLogged", "FollowUpCompleted", "SatisfactionRecorded"}) {
            assertThat(json.treeToValue(Contracts.example("customers", type, 2), CustomerActivityV1.class))
                    .as(type + " v2 reads as v1").isEqualTo(json.treeToValue(Contracts.example("customers", type, 1),
                            CustomerActivityV1.class));
        }
        assertThat(json.treeToValue(Contracts.example("customers", "LeadRegistered", 2), CustomerActivityV1.class)
                .ownerRepId()).isEqualTo("5a1e5000-0000-4000-8000-0000000000c1");
        CustomerActivityV1 completed = read("customers", "FollowUpCompleted", CustomerActivityV1.class);
        assertThat(completed.at(published)).isEqualTo(Instant.parse("2027-03-08T09:15:00Z"));
        assertThat(completed.onTime()).isTrue();
        assertThat(completed.followUpId()).isNotBlank();
        assertThat(read("customers", "FollowUpOverdue", CustomerActivityV1.class).at(published))
                .isEqualTo(Instant.parse("2027-03-09T02:00:00Z"));
        CustomerActivityV1 satisfaction = read("customers", "SatisfactionRecorded", CustomerActivityV1.class);
        assertThat(satisfaction.score()).isEqualTo(5);
        assertThat(satisfaction.at(published)).isEqualTo(published);
        assertThat(satisfaction.ownerRepId()).isEqualTo("5a1e5000-0000-4000-8000-0000000000c1");
    }

    @Test
    void readsTheTrainingExamples() throws Exception {
        CourseCompletedV1 course = read("training", "CourseCompleted", CourseCompletedV1.class);
        assertThat(course.passed()).isTrue();
        assertThat(course.completedOn()).isEqualTo(LocalDate.of(2027, 3, 15));
        CertificationGrantedV1 certification = read("training", "CertificationGranted", CertificationGrantedV1.class);
        assertThat(certification.category()).isEqualTo("NEGOTIATION");
        assertThat(certification.expiresOn()).isEqualTo(LocalDate.of(2029, 3, 15));
    }

    private <T> T read(String context, String type, Class<T> payload) throws Exception {
        return json.treeToValue(Contracts.example(context, type, 1), payload);
    }
}
