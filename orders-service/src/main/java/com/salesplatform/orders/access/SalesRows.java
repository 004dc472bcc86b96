package com.salesplatform.orders.access;

import com.salesplatform.platform.access.ScopePredicate;

/** Deals, quotes, orders and reported payments each keep their owner ({@code rep_id}) and its team ({@code team_id}). */
public final class SalesRows {

    /** The caller's scope over such a table: a manager's team is the team stored with the row. */
    public static final ScopePredicate VISIBLE = ScopePredicate.ownerAndTeamColumns("rep_id", "team_id");

    private SalesRows() {
    }
}
