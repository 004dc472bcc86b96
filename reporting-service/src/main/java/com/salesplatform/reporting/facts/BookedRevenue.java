package com.salesplatform.reporting.facts;

/**
 * Booked revenue of one rep in a time window as SQL: confirmed orders minus cancellations of confirmed orders, each
 * counted at the time of its own event.
 */
public final class BookedRevenue {

    private BookedRevenue() {
    }

    /**
     * @param repExpression SQL naming the rep, e.g. {@code r.rep_id} or {@code :rep}
     * @param from          name of the window's inclusive start parameter
     * @param to            name of the window's exclusive end parameter
     */
    public static String ofRep(String repExpression, String from, String to) {
        return """
                ((SELECT COALESCE(SUM(o.total), 0) FROM order_fact o WHERE o.rep_id = %1$s
                    AND o.confirmed_at >= :%2$s AND o.confirmed_at < :%3$s)
                 - (SELECT COALESCE(SUM(o.total), 0) FROM order_fact o WHERE o.rep_id = %1$s
                    AND o.confirmed_at IS NOT NULL AND o.cancelled_at >= :%2$s AND o.cancelled_at < :%3$s))"""
                .formatted(repExpression, from, to);
    }
}
