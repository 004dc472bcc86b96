package com.salesplatform.training.external.command;

import static com.salesplatform.platformtest.Rejections.rejectedOn;

import com.salesplatform.training.external.api.ExternalTrainingKind;
import com.salesplatform.training.external.api.ExternalTrainingRecordedEvent;
import com.salesplatform.training.external.api.RecordExternalTrainingCommand;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExternalTrainingTest {

    private static final String ID = "8e3c4a32-5d6f-4071-ac8d-9eaf0b1c2d3e";
    private static final String REP = "5a1e5000-0000-4000-8000-0000000000c1";
    private static final LocalDate TODAY = LocalDate.of(2027, 4, 20);

    private FixtureConfiguration<ExternalTraining> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(ExternalTraining.class);
        fixture.registerInjectableResource(Clock.fixed(Instant.parse("2027-04-20T10:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    void recordsAConferenceWithItsHours() {
        fixture.givenNoPriorActivity()
                .when(command(ExternalTrainingKind.INDUSTRY_CONFERENCE, "2027 中国医疗器械博览会", TODAY, "6.5"))
                .expectEvents(new ExternalTrainingRecordedEvent(ID, REP, ExternalTrainingKind.INDUSTRY_CONFERENCE,
                        "2027 中国医疗器械博览会", "国药励展", TODAY, new BigDecimal("6.50")));
    }

    @Test
    void rejectsEachInvalidField() {
        expectRejected(new RecordExternalTrainingCommand(ID, null, ExternalTrainingKind.SEMINAR, "研讨会", "协会",
                TODAY, BigDecimal.ONE), "repId");
        expectRejected(command(null, "研讨会", TODAY, "2"), "kind");
        expectRejected(command(ExternalTrainingKind.SEMINAR, " ", TODAY, "2"), "title");
        expectRejected(new RecordExternalTrainingCommand(ID, REP, ExternalTrainingKind.SEMINAR, "研讨会", "",
                TODAY, BigDecimal.ONE), "organiser");
        expectRejected(command(ExternalTrainingKind.SEMINAR, "研讨会", TODAY.plusDays(1), "2"), "attendedOn");
        expectRejected(command(ExternalTrainingKind.SEMINAR, "研讨会", null, "2"), "attendedOn");
        expectRejected(command(ExternalTrainingKind.SEMINAR, "研讨会", TODAY, "0"), "hours");
        expectRejected(command(ExternalTrainingKind.SEMINAR, "研讨会", TODAY, "500.5"), "hours");
    }

    private static RecordExternalTrainingCommand command(ExternalTrainingKind kind, String title, LocalDate on,
                                                         String hours) {
        return new RecordExternalTrainingCommand(ID, REP, kind, title, "国药励展", on, new BigDecimal(hours));
    }

    private void expectRejected(RecordExternalTrainingCommand command, String field) {
        fixture.givenNoPriorActivity().when(command).expectNoEvents().expectException(rejectedOn(field));
    }
}
