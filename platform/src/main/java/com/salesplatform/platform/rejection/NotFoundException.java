package com.salesplatform.platform.rejection;

/** Something that does not exist, or that the caller may not see (no existence leak): answered 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " was not found");
    }
}
