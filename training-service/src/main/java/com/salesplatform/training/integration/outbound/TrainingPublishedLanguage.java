package com.salesplatform.training.integration.outbound;

import com.salesplatform.platform.publishing.PublishedEventCatalog;
import com.salesplatform.training.course.api.CourseCreatedEvent;
import com.salesplatform.training.external.api.ExternalTrainingRecordedEvent;
import com.salesplatform.training.knowledge.api.ArticleDraftedEvent;
import com.salesplatform.training.knowledge.api.ArticlePublishedEvent;
import com.salesplatform.training.knowledge.api.ArticleRevisedEvent;
import com.salesplatform.training.meeting.api.ActionItemAssignedEvent;
import com.salesplatform.training.meeting.api.ActionItemCompletedEvent;
import com.salesplatform.training.meeting.api.ActionItemOverdueEvent;
import com.salesplatform.training.meeting.api.MeetingScheduledEvent;
import com.salesplatform.training.meeting.api.MinutesRecordedEvent;
import com.salesplatform.training.session.api.CertificationGrantedEvent;
import com.salesplatform.training.session.api.CourseCompletedEvent;
import com.salesplatform.training.session.api.EnrollmentWithdrawnEvent;
import com.salesplatform.training.session.api.RepEnrolledEvent;
import com.salesplatform.training.session.api.RepPromotedFromWaitingListEvent;
import com.salesplatform.training.session.api.RepWaitlistedEvent;
import com.salesplatform.training.session.api.SessionAttendedEvent;
import com.salesplatform.training.session.api.SessionScheduledEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The events this service publishes on {@code sales.training.events}, by contract name and version. */
@Configuration(proxyBeanMethods = false)
public class TrainingPublishedLanguage {

    @Bean
    PublishedEventCatalog publishedEvents() {
        return PublishedEventCatalog.builder()
                .publish(CourseCreatedEvent.class, "CourseCreated", 1)
                .publish(SessionScheduledEvent.class, "SessionScheduled", 1)
                .publish(RepEnrolledEvent.class, "RepEnrolled", 1)
                .publish(RepWaitlistedEvent.class, "RepWaitlisted", 1)
                .publish(EnrollmentWithdrawnEvent.class, "EnrollmentWithdrawn", 1)
                .publish(RepPromotedFromWaitingListEvent.class, "RepPromotedFromWaitingList", 1)
                .publish(SessionAttendedEvent.class, "SessionAttended", 1)
                .publish(CourseCompletedEvent.class, "CourseCompleted", 1)
                .publish(CertificationGrantedEvent.class, "CertificationGranted", 1)
                .publish(ExternalTrainingRecordedEvent.class, "ExternalTrainingRecorded", 1)
                .publish(ArticleDraftedEvent.class, "ArticleDrafted", 1)
                .publish(ArticleRevisedEvent.class, "ArticleRevised", 1)
                .publish(ArticlePublishedEvent.class, "ArticlePublished", 1)
                .publish(MeetingScheduledEvent.class, "MeetingScheduled", 1)
                .publish(MinutesRecordedEvent.class, "MinutesRecorded", 1)
                .publish(ActionItemAssignedEvent.class, "ActionItemAssigned", 1)
                .publish(ActionItemCompletedEvent.class, "ActionItemCompleted", 1)
                .publish(ActionItemOverdueEvent.class, "ActionItemOverdue", 1)
                .build();
    }
}
