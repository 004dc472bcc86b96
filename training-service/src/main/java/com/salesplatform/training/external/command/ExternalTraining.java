package com.salesplatform.training.external.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import com.salesplatform.platform.value.Text;
import com.salesplatform.training.external.api.ExternalTrainingRecordedEvent;
import com.salesplatform.training.external.api.RecordExternalTrainingCommand;
import com.salesplatform.training.shared.Require;
import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/** A rep's attendance at outside training or an industry conference (行业会议和研讨会), with its hours. */
@Aggregate
public class ExternalTraining {

    static final int MAX_HOURS = 500;

    @AggregateIdentifier
    private String externalTrainingId;

    protected ExternalTraining() {
        // for Axon
    }

    @CommandHandler
    public ExternalTraining(RecordExternalTrainingCommand command, Clock clock) {
        Require.present("repId", command.repId());
        Require.present("kind", command.kind());
        String title = Text.required("title", command.title(), 200);
        String organiser = Text.required("organiser", command.organiser(), 200);
        LocalDate attendedOn = Require.notAfter("attendedOn", command.attendedOn(), LocalDate.now(clock));
        var hours = Require.hours("hours", command.hours(), MAX_HOURS);
        apply(new ExternalTrainingRecordedEvent(command.externalTrainingId(), command.repId(), command.kind(), title,
                organiser, attendedOn, hours));
    }

    @EventSourcingHandler
    void on(ExternalTrainingRecordedEvent event) {
        externalTrainingId = event.externalTrainingId();
    }
}
