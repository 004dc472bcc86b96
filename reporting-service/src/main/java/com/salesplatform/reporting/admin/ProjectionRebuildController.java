package com.salesplatform.reporting.admin;

import com.salesplatform.platform.openapi.SuccessStatus;
import com.salesplatform.platform.readmodel.GenerationStatus;
import com.salesplatform.platform.readmodel.ReadModelGeneration;
import com.salesplatform.platform.readmodel.ReadModelGenerations;
import com.salesplatform.platform.security.CallerIdentity;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rebuilds every read model from the topics' beginning into a new generation while the active one keeps answering
 * (a fixed projection or a new KPI is back-filled over all history); the new generation takes over by itself once it
 * has caught up. Its progress is on {@code GET /api/admin/projections/generations/{n}}.
 */
@RestController
@RequestMapping("/api/admin/projections")
@PreAuthorize("hasRole('ADMIN')")
class ProjectionRebuildController {

    private static final int SHOWN_GENERATIONS = 10;

    private final ReadModelGenerations generations;

    ProjectionRebuildController(ReadModelGenerations generations) {
        this.generations = generations;
    }

    @SuccessStatus(HttpStatus.ACCEPTED)
    @PostMapping("/rebuild")
    ResponseEntity<GenerationStatus> rebuild(CallerIdentity caller) {
        GenerationStatus building = generations.rebuild(caller.subject());
        return ResponseEntity.accepted()
                .location(URI.create("/api/admin/projections/generations/" + building.generation()))
                .body(building);
    }

    @GetMapping
    Generations generations() {
        return new Generations(generations.active().map(ReadModelGeneration::number).orElse(null),
                generations.latest(SHOWN_GENERATIONS));
    }

    @GetMapping("/generations/{generation}")
    GenerationStatus generation(@PathVariable int generation) {
        return generations.status(generation);
    }

    /** Cancels a rebuild that is still running. */
    @DeleteMapping("/generations/{generation}")
    GenerationStatus cancel(@PathVariable int generation) {
        return generations.cancel(generation);
    }

    /** The generation answering queries, and the latest generations, newest first. */
    record Generations(Integer active, List<GenerationStatus> generations) {
    }
}
