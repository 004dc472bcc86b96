package com.salesplatform.performance.team.api;

/** Which teams a caller may see: every team, or only the one they belong to ({@code teamId} may be null: none). */
public record TeamVisibility(boolean all, String teamId) {

    public static TeamVisibility everyTeam() {
        return new TeamVisibility(true, null);
    }

    public static TeamVisibility onlyTeam(String teamId) {
        return new TeamVisibility(false, teamId);
    }
}
