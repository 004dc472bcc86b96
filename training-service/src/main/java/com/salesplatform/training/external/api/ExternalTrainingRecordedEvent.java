package com.salesplatform.training.external.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/** Published as ExternalTrainingRecorded v1: a rep attended outside training or an industry conference. */
@Revision("1")
public record ExternalTrainingRecordedEvent(String externalTrainingId, String repId, ExternalTrainingKind kind,
                                            String title, String organiser, LocalDate attendedOn,
                                            BigDecimal hours) {
}
