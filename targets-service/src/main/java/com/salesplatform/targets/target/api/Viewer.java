package com.salesplatform.targets.target.api;

/**
 * Whose visibility a list query applies: everything, or the company's targets plus those of {@code teamId} and its
 * reps (a manager), or the company's plus {@code repId}'s own (a rep).
 */
public record Viewer(boolean seesAll, String teamId, String repId) {

    public static Viewer everything() {
        return new Viewer(true, null, null);
    }

    public static Viewer managerOf(String teamId) {
        return new Viewer(false, teamId, null);
    }

    public static Viewer rep(String repId) {
        return new Viewer(false, null, repId);
    }
}
