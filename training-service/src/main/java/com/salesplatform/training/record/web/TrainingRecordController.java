package com.salesplatform.training.record.web;

import com.salesplatform.platform.rejection.NotFoundException;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.training.record.api.FindTrainingRecordQuery;
import com.salesplatform.training.record.query.TrainingRecord;
import com.salesplatform.training.shared.Access;
import com.salesplatform.training.shared.Ids;
import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A rep's training record: the rep themself, their team's manager, ADMIN and INTEGRATION; 404 for anyone else. */
@RestController
class TrainingRecordController {

    private final QueryGateway queries;
    private final Access access;
    private final Clock clock;

    TrainingRecordController(QueryGateway queries, Access access, Clock clock) {
        this.queries = queries;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/api/reps/{repId}/training-record")
    TrainingRecord record(@PathVariable String repId, CallerIdentity caller) {
        String rep = Ids.normalised(repId);
        if (!access.mayReadAbout(caller, rep)) {
            throw new NotFoundException("Training record of rep", repId);
        }
        return queries.query(new FindTrainingRecordQuery(rep, LocalDate.now(clock)),
                ResponseTypes.instanceOf(TrainingRecord.class)).join();
    }
}
