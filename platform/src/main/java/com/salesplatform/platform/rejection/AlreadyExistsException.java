package com.salesplatform.platform.rejection;

import java.util.Optional;

/**
 * The one resource of its kind for the same key exists already (a rep's appraisal of a period, a rep's enrolment in
 * a session): answered 409 {@code already-exists}, naming it as {@code existing<Kind>Id} only when the caller may see
 * it, so that anyone else learns only that it exists.
 */
public class AlreadyExistsException extends RuleViolationException {

    private final String kind;
    private final String existingId;

    /**
     * @param kind       the resource's kind as it appears in the property's name: {@code Appraisal} gives
     *                   {@code existingAppraisalId}
     * @param existingId the existing resource's id, or {@code null} when the caller may not see it
     */
    public AlreadyExistsException(String kind, String existingId, String message) {
        super(message);
        this.kind = kind;
        this.existingId = existingId;
    }

    /** The problem's property naming the existing resource: {@code existingAppraisalId}. */
    public String property() {
        return "existing" + kind + "Id";
    }

    public Optional<String> existingId() {
        return Optional.ofNullable(existingId);
    }
}
