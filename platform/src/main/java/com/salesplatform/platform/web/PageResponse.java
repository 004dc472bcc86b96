package com.salesplatform.platform.web;

import java.util.List;
import java.util.function.Function;

/** One page of a list; no endpoint answers an unbounded list. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <T> PageResponse<T> of(List<T> items, PageQuery query, long totalItems) {
        int totalPages = (int) ((totalItems + query.size() - 1) / query.size());
        return new PageResponse<>(List.copyOf(items), query.page(), query.size(), totalItems, totalPages);
    }

    /** The page {@code query} asks for of a list computed whole (a bounded one: a report's rows, a series). */
    public static <T> PageResponse<T> pageOf(List<T> all, PageQuery query) {
        int from = (int) Math.min(query.offset(), all.size());
        int to = (int) Math.min((long) from + query.size(), all.size());
        return of(all.subList(from, to), query, all.size());
    }

    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
