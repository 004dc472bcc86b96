package com.salesplatform.performance.rep.web;

import com.salesplatform.performance.rep.api.FindRepQuery;
import com.salesplatform.performance.rep.api.FindRepsQuery;
import com.salesplatform.performance.rep.query.RepList;
import com.salesplatform.performance.rep.query.RepView;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.web.NotFoundException;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(RepController.PATH)
class RepQueryController {

    private final QueryGateway queries;
    private final RepAccess access;

    RepQueryController(QueryGateway queries, RepAccess access) {
        this.queries = queries;
        this.access = access;
    }

    /** The reps the caller may see, of one team when {@code teamId} is given. */
    @GetMapping
    PageResponse<RepView> reps(@RequestParam(required = false)
                               @Pattern(regexp = HireRepRequest.UUID_PATTERN, message = "must be a UUID") String teamId,
                               PageQuery page, CallerIdentity caller) {
        String team = teamId == null ? null : teamId.toLowerCase(Locale.ROOT);
        RepList reps = queries.query(new FindRepsQuery(team, access.visibility(caller), page),
                ResponseTypes.instanceOf(RepList.class)).join();
        return PageResponse.of(reps.items(), page, reps.totalItems());
    }

    @GetMapping("/{repId}")
    RepView rep(@PathVariable String repId, CallerIdentity caller) {
        Optional<RepView> rep = queries.query(new FindRepQuery(repId),
                ResponseTypes.optionalInstanceOf(RepView.class)).join();
        return rep
                .filter(view -> access.mayRead(caller, view))
                .orElseThrow(() -> new NotFoundException("Rep", repId));
    }
}
