package com.salesplatform.platform.inbox;

/**
 * What surrounds the processing of each record of a consumer set, e.g. binding the read-model generation the
 * records are applied to.
 */
@FunctionalInterface
public interface RecordScope {

    RecordScope NONE = Runnable::run;

    void run(Runnable processing);
}
