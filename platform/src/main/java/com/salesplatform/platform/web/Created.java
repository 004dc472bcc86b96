package com.salesplatform.platform.web;

import java.net.URI;
import org.springframework.http.ResponseEntity;

/** The answer to a creating POST: {@code 201}, {@code Location} of the new resource, and its id in the body. */
public record Created(String id) {

    public static ResponseEntity<Created> at(String collectionPath, String id) {
        return ResponseEntity.created(URI.create(collectionPath + "/" + id)).body(new Created(id));
    }
}
