package com.salesplatform.reporting.integration.outbound;

import com.salesplatform.platform.publishing.PublishedEventCatalog;
import com.salesplatform.reporting.attainment.measurement.AttainmentMeasuredEvent;
import com.salesplatform.reporting.salesreport.api.SalesReportReviewedEvent;
import com.salesplatform.reporting.salesreport.api.SalesReportSubmittedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The events this service publishes on {@code sales.reports.events}. */
@Configuration(proxyBeanMethods = false)
class ReportsPublishedLanguage {

    @Bean
    PublishedEventCatalog publishedEvents() {
        return PublishedEventCatalog.builder()
                .publish(SalesReportSubmittedEvent.class, "SalesReportSubmitted", 1)
                .publish(SalesReportReviewedEvent.class, "SalesReportReviewed", 1)
                .publish(AttainmentMeasuredEvent.class, "AttainmentMeasured", 1)
                .build();
    }
}
