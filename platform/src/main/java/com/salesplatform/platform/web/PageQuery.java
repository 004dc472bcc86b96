package com.salesplatform.platform.web;

import com.salesplatform.platform.rejection.FieldRejectedException;


/**
 * {@code page} (from 0) and {@code size} (1 to {@value #MAX_SIZE}, default {@value #DEFAULT_SIZE}) of a list
 * request; out-of-range values are a 400 naming the parameter.
 */
public record PageQuery(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;

    public PageQuery {
        if (page < 0) {
            throw new FieldRejectedException("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new FieldRejectedException("size", "must be between 1 and " + MAX_SIZE);
        }
    }

    public static PageQuery of(Integer page, Integer size) {
        return new PageQuery(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }

    public long offset() {
        return (long) page * size;
    }
}
