package com.salesplatform.platformtest.architecture.http.order.command;

import org.springframework.http.HttpStatus;

/** A command-side class that knows about HTTP: the rules refuse it. */
public class Order {

    HttpStatus cancel(boolean delivered) {
        return delivered ? HttpStatus.CONFLICT : HttpStatus.NO_CONTENT;
    }
}
