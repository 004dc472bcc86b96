package com.salesplatform.reporting.facts;

import com.salesplatform.platform.config.PlatformProperties;
import com.salesplatform.platform.inbox.InboundSubscription;
import com.salesplatform.reporting.integration.inbound.CourseCompletedV1;
import com.salesplatform.platform.time.BusinessCalendar;
import java.sql.Date;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Course completions from training-service, for training coverage and its effect on attainment. */
@Configuration(proxyBeanMethods = false)
class TrainingFactsProjection {

    @Bean
    InboundSubscription trainingFacts(JdbcTemplate jdbc, BusinessCalendar calendar) {
        return InboundSubscription.named("training-facts")
                .topic(PlatformProperties.topicOf("training"))
                .on("CourseCompleted", 1, CourseCompletedV1.class, (e, env) -> jdbc.update("""
                                INSERT INTO course_completion_fact (event_id, rep_id, course_id, category, passed,
                                  completed_on) VALUES (?, ?, ?, ?, ?, ?)""",
                        env.eventId(), e.repId(), e.courseId(), e.category(), e.passed(),
                        Date.valueOf(e.completedOn() != null ? e.completedOn()
                                : calendar.dateOf(env.occurredAt()))))
                .build();
    }
}
