package com.salesplatform.training.record.query;

import com.salesplatform.training.course.api.CourseCategory;
import com.salesplatform.training.external.api.ExternalTrainingKind;
import com.salesplatform.training.external.api.ExternalTrainingRecordedEvent;
import com.salesplatform.training.external.api.FindExternalTrainingQuery;
import com.salesplatform.training.record.api.FindTrainingRecordQuery;
import com.salesplatform.training.session.api.CertificationGrantedEvent;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * {@code certification_view} (one row per rep and course, renewed by each later pass) and
 * {@code external_training_view}; the record's sessions come from {@code session_participant}
 * (kept by the session projection) with the course titles of {@code course_view}.
 */
@Component
@ProcessingGroup("training-record")
public class TrainingRecordProjection {

    private final JdbcTemplate jdbc;

    TrainingRecordProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(CertificationGrantedEvent event) {
        jdbc.update("""
                        INSERT INTO certification_view (certification_id, rep_id, course_id, category, score, granted_on,
                                                        expires_on)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (certification_id) DO UPDATE
                            SET score = EXCLUDED.score, granted_on = EXCLUDED.granted_on, expires_on = EXCLUDED.expires_on
                            WHERE certification_view.expires_on < EXCLUDED.expires_on""",
                event.certificationId(), event.repId(), event.courseId(), event.category().name(), event.score(),
                Date.valueOf(event.grantedOn()), Date.valueOf(event.expiresOn()));
    }

    @EventHandler
    void on(ExternalTrainingRecordedEvent event) {
        jdbc.update("""
                        INSERT INTO external_training_view (external_training_id, rep_id, kind, title, organiser,
                                                            attended_on, hours)
                        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (external_training_id) DO NOTHING""",
                event.externalTrainingId(), event.repId(), event.kind().name(), event.title(), event.organiser(),
                Date.valueOf(event.attendedOn()), event.hours());
    }

    @QueryHandler
    TrainingRecord handle(FindTrainingRecordQuery query) {
        List<TrainingRecord.Session> sessions = jdbc.query("""
                SELECT p.*, s.course_id, s.category, s.starts_at, c.title
                FROM session_participant p
                JOIN session_view s ON s.session_id = p.session_id
                JOIN course_view c ON c.course_id = s.course_id
                WHERE p.rep_id = ? AND p.status <> 'WITHDRAWN' ORDER BY s.starts_at DESC, p.session_id""", (rs, row) -> new TrainingRecord.Session(
                rs.getString("session_id"), rs.getString("course_id"), rs.getString("title"),
                CourseCategory.valueOf(rs.getString("category")), rs.getTimestamp("starts_at").toInstant(),
                rs.getString("status"), rs.getBoolean("attended"), rs.getBigDecimal("hours"),
                (Integer) rs.getObject("score"), (Boolean) rs.getObject("passed"),
                rs.getObject("completed_on", LocalDate.class)), query.repId());
        List<TrainingRecord.External> externals = jdbc.query("""
                SELECT * FROM external_training_view WHERE rep_id = ? ORDER BY attended_on DESC, external_training_id""",
                this::external, query.repId());
        List<TrainingRecord.Certification> certifications = jdbc.query("""
                        SELECT v.*, c.title FROM certification_view v JOIN course_view c ON c.course_id = v.course_id
                        WHERE v.rep_id = ? AND v.expires_on >= ? ORDER BY v.expires_on, v.certification_id""",
                (rs, row) -> new TrainingRecord.Certification(rs.getString("certification_id"),
                        rs.getString("course_id"), rs.getString("title"),
                        CourseCategory.valueOf(rs.getString("category")), rs.getInt("score"),
                        rs.getObject("granted_on", LocalDate.class),
                        rs.getObject("expires_on", LocalDate.class)),
                query.repId(), Date.valueOf(query.validOn()));
        return new TrainingRecord(query.repId(), totalHours(sessions, externals), sessions, externals, certifications);
    }

    @QueryHandler
    Optional<TrainingRecord.External> handle(FindExternalTrainingQuery query) {
        return jdbc.query("SELECT * FROM external_training_view WHERE external_training_id = ?", this::external,
                query.externalTrainingId()).stream().findFirst();
    }

    private TrainingRecord.External external(ResultSet rs, int row) throws SQLException {
        return new TrainingRecord.External(rs.getString("external_training_id"), rs.getString("rep_id"),
                ExternalTrainingKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("organiser"),
                rs.getObject("attended_on", LocalDate.class), rs.getBigDecimal("hours"));
    }

    private static BigDecimal totalHours(List<TrainingRecord.Session> sessions,
                                         List<TrainingRecord.External> externals) {
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (TrainingRecord.Session session : sessions) {
            if (session.attended()) {
                total = total.add(session.hours());
            }
        }
        for (TrainingRecord.External external : externals) {
            total = total.add(external.hours());
        }
        return total;
    }
}
