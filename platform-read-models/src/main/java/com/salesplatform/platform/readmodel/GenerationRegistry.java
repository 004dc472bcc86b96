package com.salesplatform.platform.readmodel;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The generations and their rebuild goals, in {@code read_model_generation} and {@code read_model_rebuild_goal}. */
class GenerationRegistry {

    private static final String COLUMNS =
            "generation, state, requested_by, started_at, activated_at, retired_at, dropped_at";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    GenerationRegistry(JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    /** The active and the building generation, if any. */
    List<Generation> live() {
        return jdbc.query("SELECT " + COLUMNS + " FROM read_model_generation WHERE state IN ('ACTIVE', 'BUILDING')",
                GenerationRegistry::generation);
    }

    Optional<Generation> find(int number) {
        return jdbc.query("SELECT " + COLUMNS + " FROM read_model_generation WHERE generation = ?",
                GenerationRegistry::generation, number).stream().findFirst();
    }

    List<Generation> latest(int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM read_model_generation ORDER BY generation DESC LIMIT ?",
                GenerationRegistry::generation, limit);
    }

    int nextNumber() {
        return jdbc.queryForObject("SELECT COALESCE(MAX(generation), 0) + 1 FROM read_model_generation",
                Integer.class);
    }

    /** Records the first generation as active; answers false when another replica was first. */
    boolean addFirst(ReadModelGeneration generation, List<Goal> goals, Instant now) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            int added = jdbc.update("""
                            INSERT INTO read_model_generation (generation, schema_name, state, started_at, activated_at)
                            VALUES (?, ?, 'ACTIVE', ?, ?) ON CONFLICT DO NOTHING""",
                    generation.number(), generation.schema(), Timestamp.from(now), Timestamp.from(now));
            if (added == 1) {
                addGoals(generation, goals);
            }
            return added == 1;
        }));
    }

    /** Records a rebuild; a second one while one is building breaks {@code read_model_generation_one_building}. */
    void addBuilding(ReadModelGeneration generation, String requestedBy, List<Goal> goals, Instant now) {
        transaction.executeWithoutResult(status -> {
            jdbc.update("""
                            INSERT INTO read_model_generation (generation, schema_name, state, requested_by, started_at)
                            VALUES (?, ?, 'BUILDING', ?, ?)""",
                    generation.number(), generation.schema(), requestedBy, Timestamp.from(now));
            addGoals(generation, goals);
        });
    }

    private void addGoals(ReadModelGeneration generation, List<Goal> goals) {
        jdbc.batchUpdate("""
                        INSERT INTO read_model_rebuild_goal
                          (generation, consumer_group, topic, partition_no, start_offset, end_offset)
                        VALUES (?, ?, ?, ?, ?, ?)""", goals, goals.size(),
                (statement, goal) -> {
                    statement.setInt(1, generation.number());
                    statement.setString(2, goal.group());
                    statement.setString(3, goal.topic());
                    statement.setInt(4, goal.partition());
                    statement.setLong(5, goal.start());
                    statement.setLong(6, goal.end());
                });
    }

    List<Goal> goals(int generation) {
        return jdbc.query("""
                        SELECT consumer_group, topic, partition_no, start_offset, end_offset
                        FROM read_model_rebuild_goal WHERE generation = ?
                        ORDER BY consumer_group, topic, partition_no""",
                (rs, n) -> new Goal(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4), rs.getLong(5)),
                generation);
    }

    /**
     * Makes the building generation {@code number} the active one and retires the previous, in one transaction;
     * answers false when it is no longer building (another replica switched first, or it was cancelled).
     */
    boolean activate(int number, Instant now) {
        return Boolean.TRUE.equals(transaction.execute(status -> {
            List<Integer> building = jdbc.queryForList("""
                    SELECT generation FROM read_model_generation WHERE generation = ? AND state = 'BUILDING'
                    FOR UPDATE""", Integer.class, number);
            if (building.isEmpty()) {
                return false;
            }
            jdbc.update("UPDATE read_model_generation SET state = 'RETIRED', retired_at = ? WHERE state = 'ACTIVE'",
                    Timestamp.from(now));
            jdbc.update("UPDATE read_model_generation SET state = 'ACTIVE', activated_at = ? WHERE generation = ?",
                    Timestamp.from(now), number);
            return true;
        }));
    }

    boolean cancel(int number, Instant now) {
        return jdbc.update("""
                UPDATE read_model_generation SET state = 'CANCELLED', retired_at = ?
                WHERE generation = ? AND state = 'BUILDING'""", Timestamp.from(now), number) == 1;
    }

    /** Retired or cancelled generations whose schema is still there since before {@code cutoff}. */
    List<ReadModelGeneration> droppable(Instant cutoff) {
        return jdbc.query("""
                        SELECT generation FROM read_model_generation
                        WHERE state IN ('RETIRED', 'CANCELLED') AND dropped_at IS NULL AND retired_at < ?""",
                (rs, n) -> new ReadModelGeneration(rs.getInt(1)), Timestamp.from(cutoff));
    }

    void dropped(ReadModelGeneration generation, Instant now) {
        jdbc.update("UPDATE read_model_generation SET dropped_at = ? WHERE generation = ?", Timestamp.from(now),
                generation.number());
    }

    private static Generation generation(ResultSet rs, int row) throws SQLException {
        return new Generation(new ReadModelGeneration(rs.getInt("generation")), State.valueOf(rs.getString("state")),
                rs.getString("requested_by"), instant(rs, "started_at"), instant(rs, "activated_at"),
                instant(rs, "retired_at"), instant(rs, "dropped_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    enum State { ACTIVE, BUILDING, RETIRED, CANCELLED }

    record Generation(ReadModelGeneration generation, State state, String requestedBy, Instant startedAt,
                      Instant activatedAt, Instant retiredAt, Instant droppedAt) {
    }

    /** Where a consumer group of a generation starts a partition, and the offset it must reach. */
    record Goal(String group, String topic, int partition, long start, long end) {
    }
}
