package com.salesplatform.reporting.admin;

import com.salesplatform.platform.inbox.InboundSubscriptions;
import com.salesplatform.platform.web.FieldRejectedException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rebuilds read models from the topics' beginning (a fixed projection or a new KPI is back-filled over all history).
 * The replay runs in the background: 202, and the consumer lag metric shows its progress.
 */
@RestController
class ProjectionRebuildController {

    private final InboundSubscriptions subscriptions;

    ProjectionRebuildController(InboundSubscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @PostMapping("/api/admin/projections/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasRole('ADMIN')")
    Map<String, List<String>> rebuild(@RequestParam(required = false) String projection) {
        List<String> rebuildable = subscriptions.rebuildable();
        if (projection != null && !rebuildable.contains(projection)) {
            throw new FieldRejectedException("projection", "must be one of " + rebuildable);
        }
        List<String> chosen = projection == null ? rebuildable : List.of(projection);
        chosen.forEach(subscriptions::rebuild);
        return Map.of("rebuilding", chosen);
    }
}
