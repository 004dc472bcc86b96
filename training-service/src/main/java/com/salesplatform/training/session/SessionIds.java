package com.salesplatform.training.session;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The ids a session's participation derives from rep, session and course, so that there is one of each per key and
 * a second one is a conflict naming the first.
 */
public final class SessionIds {

    private SessionIds() {
    }

    /** A rep's enrolment in a session, seated or waiting; the same again after a withdrawal. */
    public static String enrollmentOf(String sessionId, String repId) {
        return derived("enrollment/" + sessionId + "/" + repId);
    }

    /** A rep's assessment result in a session. */
    public static String completionOf(String sessionId, String repId) {
        return derived("completion/" + sessionId + "/" + repId);
    }

    /** The one certification a rep holds for a course, whichever session they passed it in. */
    public static String certificationOf(String repId, String courseId) {
        return derived("certification/" + repId + "/" + courseId);
    }

    private static String derived(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
