package com.salesplatform.platform.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the roster replica, one fact group at a time. Each group (a rep's hire, team, grade, departure; a team's
 * creation, manager) keeps the aggregate sequence of the event that set it and is overwritten only by an event of
 * the same aggregate with a sequence at least as high: an older event arriving late changes nothing, and a
 * redelivered one is already kept out by the inbox.
 */
class RosterReplicaUpdates {

    private final JdbcTemplate jdbc;

    RosterReplicaUpdates(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void hired(String repId, long sequence, String name, String teamId, int grade, LocalDate hiredOn) {
        var facts = new LinkedHashMap<String, Object>();
        facts.put("name", name);
        facts.put("hired_on", hiredOn);
        upsert(RosterReplica.REP_TABLE, "rep_id", repId, Map.of(
                "hired_sequence", facts,
                "team_sequence", Map.of("team_id", teamId),
                "grade_sequence", Map.of("grade", grade)), sequence);
    }

    void transferred(String repId, long sequence, String toTeamId) {
        upsert(RosterReplica.REP_TABLE, "rep_id", repId, Map.of("team_sequence", Map.of("team_id", toTeamId)),
                sequence);
    }

    void promoted(String repId, long sequence, int toGrade) {
        upsert(RosterReplica.REP_TABLE, "rep_id", repId, Map.of("grade_sequence", Map.of("grade", toGrade)), sequence);
    }

    void departed(String repId, long sequence, String teamId, LocalDate departedOn) {
        upsert(RosterReplica.REP_TABLE, "rep_id", repId, Map.of(
                "departure_sequence", Map.of("departed_on", departedOn),
                "team_sequence", Map.of("team_id", teamId)), sequence);
    }

    void teamCreated(String teamId, long sequence, String name, String managerRepId) {
        var manager = new LinkedHashMap<String, Object>();
        manager.put("manager_rep_id", managerRepId);
        upsert(RosterReplica.TEAM_TABLE, "team_id", teamId, Map.of(
                "created_sequence", Map.of("name", name),
                "manager_sequence", manager), sequence);
    }

    void managerAssigned(String teamId, long sequence, String managerRepId) {
        upsert(RosterReplica.TEAM_TABLE, "team_id", teamId,
                Map.of("manager_sequence", Map.of("manager_rep_id", managerRepId)), sequence);
    }

    /**
     * Inserts the row or, per fact group, overwrites its columns where the group's stored sequence is absent or not
     * higher than {@code sequence}. Column names are this class's constants, never input.
     */
    private void upsert(String table, String keyColumn, String key, Map<String, Map<String, Object>> groups,
                        long sequence) {
        List<String> columns = new ArrayList<>(List.of(keyColumn));
        List<Object> values = new ArrayList<>(List.of(key));
        List<String> updates = new ArrayList<>();
        groups.forEach((sequenceColumn, facts) -> {
            String newer = "t.%1$s IS NULL OR t.%1$s <= EXCLUDED.%1$s".formatted(sequenceColumn);
            facts.forEach((column, value) -> {
                columns.add(column);
                values.add(value);
                updates.add("%1$s = CASE WHEN %2$s THEN EXCLUDED.%1$s ELSE t.%1$s END".formatted(column, newer));
            });
            columns.add(sequenceColumn);
            values.add(sequence);
            updates.add("%1$s = GREATEST(t.%1$s, EXCLUDED.%1$s)".formatted(sequenceColumn));
        });
        jdbc.update("INSERT INTO " + table + " AS t (" + String.join(", ", columns) + ") VALUES ("
                + columns.stream().map(column -> "?").collect(Collectors.joining(", ")) + ") ON CONFLICT ("
                + keyColumn + ") DO UPDATE SET " + String.join(", ", updates), values.toArray());
    }
}
