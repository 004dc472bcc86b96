package com.salesplatform.training.course.query;

import com.salesplatform.training.course.api.CourseCategory;
import com.salesplatform.training.course.api.CourseCreatedEvent;
import com.salesplatform.training.course.api.CourseFormat;
import com.salesplatform.training.course.api.FindCourseQuery;
import com.salesplatform.training.course.api.FindCoursesQuery;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code course_view} read model of the catalogue. */
@Component
@ProcessingGroup("course-view")
public class CourseProjection {

    private final JdbcTemplate jdbc;

    CourseProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CourseCreatedEvent event, @Timestamp Instant occurredAt) {
        jdbc.update("""
                        INSERT INTO course_view (course_id, title, category, format, duration_hours, pass_mark,
                                                 certification_valid_months, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (course_id) DO NOTHING""",
                event.courseId(), event.title(), event.category().name(), event.format().name(),
                event.durationHours(), event.passMark(), event.certificationValidMonths(),
                java.sql.Timestamp.from(occurredAt));
    }

    @QueryHandler
    Optional<CourseView> handle(FindCourseQuery query) {
        return jdbc.query("SELECT * FROM course_view WHERE course_id = ?", this::row, query.courseId())
                .stream().findFirst();
    }

    @QueryHandler
    CourseList handle(FindCoursesQuery query) {
        List<Object> arguments = new ArrayList<>();
        String where = "";
        if (query.category() != null) {
            where = " WHERE category = ?";
            arguments.add(query.category().name());
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM course_view" + where, Long.class, arguments.toArray());
        arguments.add(query.page().size());
        arguments.add(query.page().offset());
        List<CourseView> items = jdbc.query(
                "SELECT * FROM course_view" + where + " ORDER BY title, course_id LIMIT ? OFFSET ?",
                this::row, arguments.toArray());
        return new CourseList(items, total == null ? 0 : total);
    }

    private CourseView row(ResultSet rs, int rowNum) throws SQLException {
        return new CourseView(rs.getString("course_id"), rs.getString("title"),
                CourseCategory.valueOf(rs.getString("category")), CourseFormat.valueOf(rs.getString("format")),
                rs.getBigDecimal("duration_hours"), rs.getInt("pass_mark"), rs.getInt("certification_valid_months"),
                rs.getTimestamp("created_at").toInstant());
    }
}
