package com.salesplatform.performance.integration.outbound;

import com.salesplatform.performance.appraisal.api.AppraisalAcknowledgedEvent;
import com.salesplatform.performance.appraisal.api.AppraisalAppealedEvent;
import com.salesplatform.performance.appraisal.api.AppraisalFinalizedEvent;
import com.salesplatform.performance.appraisal.api.AppraisalOpenedEvent;
import com.salesplatform.performance.appraisal.api.AppraisalReviewedEvent;
import com.salesplatform.performance.appraisal.api.AppraisalScoredEvent;
import com.salesplatform.performance.incentive.api.IncentivePlanDefinedEvent;
import com.salesplatform.performance.payout.api.PayoutCalculatedEvent;
import com.salesplatform.performance.rep.api.RepDepartedEvent;
import com.salesplatform.performance.rep.api.RepHiredEvent;
import com.salesplatform.performance.rep.api.RepPromotedEvent;
import com.salesplatform.performance.rep.api.RepTransferredEvent;
import com.salesplatform.performance.team.api.TeamCreatedEvent;
import com.salesplatform.performance.team.api.TeamManagerAssignedEvent;
import com.salesplatform.platform.publishing.PublishedEventCatalog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The events this service publishes on {@code sales.performance.events}, by contract name and version. */
@Configuration(proxyBeanMethods = false)
public class PerformancePublishedLanguage {

    @Bean
    PublishedEventCatalog publishedEvents() {
        return PublishedEventCatalog.builder()
                .publish(TeamCreatedEvent.class, "TeamCreated", 1)
                .publish(RepHiredEvent.class, "RepHired", 1)
                .publish(TeamManagerAssignedEvent.class, "TeamManagerAssigned", 1)
                .publish(RepTransferredEvent.class, "RepTransferred", 1)
                .publish(RepPromotedEvent.class, "RepPromoted", 1)
                .publish(RepDepartedEvent.class, "RepDeparted", 1)
                .publish(AppraisalOpenedEvent.class, "AppraisalOpened", 1)
                .publish(AppraisalScoredEvent.class, "AppraisalScored", 1)
                .publish(AppraisalReviewedEvent.class, "AppraisalReviewed", 1)
                .publish(AppraisalAcknowledgedEvent.class, "AppraisalAcknowledged", 1)
                .publish(AppraisalAppealedEvent.class, "AppraisalAppealed", 1)
                .publish(AppraisalFinalizedEvent.class, "AppraisalFinalized", 1)
                .publish(IncentivePlanDefinedEvent.class, "IncentivePlanDefined", 1)
                .publish(PayoutCalculatedEvent.class, "PayoutCalculated", 1)
                .build();
    }
}
