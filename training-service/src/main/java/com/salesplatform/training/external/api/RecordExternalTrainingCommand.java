package com.salesplatform.training.external.api;

import java.math.BigDecimal;
import java.time.LocalDate;

public record RecordExternalTrainingCommand(String externalTrainingId, String repId, ExternalTrainingKind kind,
                                            String title, String organiser, LocalDate attendedOn,
                                            BigDecimal hours) {
}
