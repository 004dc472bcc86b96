package com.salesplatform.performance.payout.api;

import com.salesplatform.platform.access.CallerScope;
/** What a payout run of {@code period} would pay now, for the reps the caller may see; nothing is recorded. */
public record PreviewPayoutsQuery(String period, CallerScope visibility) {
}
