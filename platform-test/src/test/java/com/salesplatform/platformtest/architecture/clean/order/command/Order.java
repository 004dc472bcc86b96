package com.salesplatform.platformtest.architecture.clean.order.command;

import com.salesplatform.platform.rejection.RuleViolationException;

/** A command-side class as the rules want it: it refuses with the platform's rejections. */
public class Order {

    void cancel(boolean delivered) {
        if (delivered) {
            throw new RuleViolationException("A delivered order cannot be cancelled");
        }
    }
}
