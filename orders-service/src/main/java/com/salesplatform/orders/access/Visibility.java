package com.salesplatform.orders.access;

import java.util.ArrayList;
import java.util.List;

/**
 * Which deals and orders a caller may see: all, those of a team ({@code teamId}), and/or those owned by one rep
 * ({@code repId}).
 */
public record Visibility(boolean all, String teamId, String repId) {

    public static Visibility everything() {
        return new Visibility(true, null, null);
    }

    public static Visibility teamAndOwn(String teamId, String repId) {
        return new Visibility(false, teamId, repId);
    }

    public static Visibility onlyOwn(String repId) {
        return new Visibility(false, null, repId);
    }

    public boolean covers(String ownerRepId, String ownerTeamId) {
        return all || (teamId != null && teamId.equals(ownerTeamId)) || (repId != null && repId.equals(ownerRepId));
    }

    /**
     * The SQL condition on columns {@code rep_id} and {@code team_id} that keeps only visible rows, its arguments
     * appended to {@code arguments}; null when everything is visible.
     */
    public String sqlCondition(List<Object> arguments) {
        if (all) {
            return null;
        }
        List<String> visible = new ArrayList<>();
        if (teamId != null) {
            visible.add("team_id = ?");
            arguments.add(teamId);
        }
        if (repId != null) {
            visible.add("rep_id = ?");
            arguments.add(repId);
        }
        return visible.isEmpty() ? "FALSE" : "(" + String.join(" OR ", visible) + ")";
    }
}
