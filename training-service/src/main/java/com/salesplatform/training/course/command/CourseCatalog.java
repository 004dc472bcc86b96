package com.salesplatform.training.course.command;

import com.salesplatform.training.course.api.CourseCategory;
import com.salesplatform.training.course.api.CourseCreatedEvent;
import java.math.BigDecimal;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The command side's copy of the catalogue: what a session needs to know of its course when it is scheduled.
 * Written in the transaction that stores {@link CourseCreatedEvent} (subscribing), so a session can be scheduled
 * right after its course was created.
 */
@Component
@ProcessingGroup("course-catalog")
public class CourseCatalog {

    private final JdbcTemplate jdbc;

    CourseCatalog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How a course certifies those who complete it. */
    public record CourseTerms(String courseId, CourseCategory category, BigDecimal durationHours, int passMark,
                              int certificationValidMonths) {
    }

    public Optional<CourseTerms> termsOf(String courseId) {
        return jdbc.query("SELECT * FROM course_catalog WHERE course_id = ?", (rs, row) -> new CourseTerms(
                        rs.getString("course_id"), CourseCategory.valueOf(rs.getString("category")),
                        rs.getBigDecimal("duration_hours"), rs.getInt("pass_mark"),
                        rs.getInt("certification_valid_months")), courseId)
                .stream().findFirst();
    }

    @EventHandler
    void on(CourseCreatedEvent event) {
        jdbc.update("""
                        INSERT INTO course_catalog (course_id, category, duration_hours, pass_mark, certification_valid_months)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (course_id) DO NOTHING""",
                event.courseId(), event.category().name(), event.durationHours(), event.passMark(),
                event.certificationValidMonths());
    }
}
