package com.salesplatform.reporting.attainment.measurement;

import com.salesplatform.reporting.attainment.TargetAttainment;
import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * Published as AttainmentMeasured v1: a target's attainment as this service computes it, measured again because its
 * actual or its amount changed, so targets-service can show it with the target without computing it itself.
 */
@Revision("1")
public record AttainmentMeasuredEvent(String targetId, BigDecimal target, BigDecimal actual,
                                      BigDecimal attainmentPercent, BigDecimal runRateForecast,
                                      BigDecimal forecastPercent, TargetAttainment.Outlook outlook,
                                      Instant measuredAt) {

    static AttainmentMeasuredEvent of(TargetAttainment attainment, Instant measuredAt) {
        return new AttainmentMeasuredEvent(attainment.targetId(), attainment.target(), attainment.actual(),
                attainment.attainmentPercent(), attainment.runRateForecast(), attainment.forecastPercent(),
                attainment.outlook(), measuredAt);
    }
}
