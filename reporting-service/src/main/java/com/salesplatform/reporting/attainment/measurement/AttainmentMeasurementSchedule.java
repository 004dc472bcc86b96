package com.salesplatform.reporting.attainment.measurement;

import com.salesplatform.platform.scheduling.PeriodicTask;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs {@link AttainmentMeasurement} every {@code sales.reporting.attainment-measurement-interval} (10 s by
 * default). Every replica may run it: two replicas measuring the same change race for the same sequence number of
 * the target's stream, and the loser's run is rolled back.
 */
@Configuration(proxyBeanMethods = false)
class AttainmentMeasurementSchedule {

    @Bean
    PeriodicTask attainmentMeasurementTask(AttainmentMeasurement measurement,
            @Value("${sales.reporting.attainment-measurement-interval:PT10S}") Duration interval) {
        return new PeriodicTask("attainment-measurement", interval, measurement::publishChanged);
    }
}
