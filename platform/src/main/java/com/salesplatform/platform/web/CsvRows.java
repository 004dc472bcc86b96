package com.salesplatform.platform.web;

import java.util.List;

/**
 * A response that is not a plain list but has one table at its heart (a funnel's stages, a report's per-rep rows):
 * with {@code Accept: text/csv} those rows are what is written.
 */
public interface CsvRows<T> {

    /** The rows, records of the type {@code T} that also names the columns when there is none. */
    List<T> csvRows();
}
