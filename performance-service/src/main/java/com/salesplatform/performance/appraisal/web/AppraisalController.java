package com.salesplatform.performance.appraisal.web;

import com.salesplatform.performance.appraisal.api.AcknowledgeAppraisalCommand;
import com.salesplatform.performance.appraisal.api.AppealAppraisalCommand;
import com.salesplatform.performance.appraisal.api.FinalizeAppraisalCommand;
import com.salesplatform.performance.appraisal.api.OpenAppraisalCommand;
import com.salesplatform.performance.appraisal.api.RefreshAppraisalFactsCommand;
import com.salesplatform.performance.appraisal.api.ReviewAppraisalCommand;
import com.salesplatform.performance.appraisal.query.AppraisalView;
import com.salesplatform.performance.period.Period;
import com.salesplatform.performance.rep.api.FindRepAsOfQuery;
import com.salesplatform.performance.rep.query.RepView;
import com.salesplatform.platform.access.ObjectAccess;
import com.salesplatform.platform.rejection.AlreadyExistsException;
import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.web.Created;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiPredicate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(AppraisalController.PATH)
class AppraisalController {

    static final String PATH = "/api/appraisals";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final AppraisalAccess access;
    private final VisibleAppraisals appraisals;
    private final Clock clock;

    AppraisalController(CommandGateway commands, QueryGateway queries, AppraisalAccess access,
                        VisibleAppraisals appraisals, Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
        this.appraisals = appraisals;
        this.clock = clock;
    }

    /**
     * One appraisal per rep and period: its id follows from both, so opening it twice is a 409 naming the existing
     * one.
     */
    @PostMapping
    ResponseEntity<Created> open(@Valid @RequestBody OpenAppraisalRequest request, CallerIdentity caller) {
        String repId = request.repId().toLowerCase(Locale.ROOT);
        Period period = Period.parse(request.period());
        LocalDate today = LocalDate.now(clock);
        LocalDate rosterDate = period.lastDay().isBefore(today) ? period.lastDay() : today;
        RepView rep = queries.query(new FindRepAsOfQuery(repId, rosterDate),
                        ResponseTypes.optionalInstanceOf(RepView.class)).join()
                .orElseThrow(() -> new FieldRejectedException("repId", "is not a rep in the roster during " + period));
        if (!access.mayOpen(caller, rep.teamId())) {
            throw new AccessDeniedException("Only an ADMIN or the manager of the rep's team may open an appraisal");
        }
        String appraisalId = UUID.nameUUIDFromBytes(("appraisal/" + repId + "/" + period)
                .getBytes(StandardCharsets.UTF_8)).toString();
        try {
            commands.sendAndWait(new OpenAppraisalCommand(appraisalId, repId, period.value(), request.weights()));
        } catch (AggregateStreamCreationException taken) {
            // the id follows from rep and period, so the stream that is there is this rep's appraisal of the period
            boolean visible = appraisals.visible(appraisalId, caller).isPresent();
            throw new AlreadyExistsException("Appraisal", visible ? appraisalId : null,
                    "The rep's appraisal of this period exists already");
        }
        return Created.at(PATH, appraisalId);
    }

    @PostMapping("/{appraisalId}/refresh")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void refresh(@PathVariable String appraisalId, CallerIdentity caller) {
        String id = permitted(appraisalId, caller, access::mayManage, "the rep's manager or an ADMIN");
        commands.sendAndWait(new RefreshAppraisalFactsCommand(id));
    }

    @PostMapping("/{appraisalId}/review")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void review(@PathVariable String appraisalId, @Valid @RequestBody ReviewAppraisalRequest request,
                CallerIdentity caller) {
        String id = permitted(appraisalId, caller, access::mayManage, "the rep's manager or an ADMIN");
        commands.sendAndWait(new ReviewAppraisalCommand(id, caller.subject(), request.rubric(), request.feedback()));
    }

    @PostMapping("/{appraisalId}/acknowledgement")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void acknowledge(@PathVariable String appraisalId, CallerIdentity caller) {
        commands.sendAndWait(new AcknowledgeAppraisalCommand(
                permitted(appraisalId, caller, access::mayRespond, "the appraised rep")));
    }

    @PostMapping("/{appraisalId}/appeal")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void appeal(@PathVariable String appraisalId, @Valid @RequestBody AppealAppraisalRequest request,
                CallerIdentity caller) {
        String id = permitted(appraisalId, caller, access::mayRespond, "the appraised rep");
        commands.sendAndWait(new AppealAppraisalCommand(id, request.reason()));
    }

    @PostMapping("/{appraisalId}/finalization")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void finalizeAppraisal(@PathVariable String appraisalId, CallerIdentity caller) {
        commands.sendAndWait(new FinalizeAppraisalCommand(
                permitted(appraisalId, caller, access::mayManage, "the rep's manager or an ADMIN")));
    }

    private String permitted(String appraisalId, CallerIdentity caller,
                             BiPredicate<CallerIdentity, AppraisalView> rule, String who) {
        AppraisalView appraisal = appraisals.find(appraisalId, caller);
        ObjectAccess.requireChangeable(rule.test(caller, appraisal), "Only " + who + " may do this");
        return appraisal.id();
    }
}
