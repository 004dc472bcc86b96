package com.salesplatform.training.meeting.web;

import com.salesplatform.platform.access.ObjectAccess;
import com.salesplatform.platform.rejection.AlreadyExistsException;
import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.security.Role;
import com.salesplatform.platform.time.BusinessCalendar;
import com.salesplatform.platform.web.Created;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import com.salesplatform.training.knowledge.api.FindArticleQuery;
import com.salesplatform.training.knowledge.api.ShareMinutesAsArticleCommand;
import com.salesplatform.training.knowledge.query.ArticleView;
import com.salesplatform.training.knowledge.web.KnowledgeAccess;
import com.salesplatform.training.meeting.api.ActionItem;
import com.salesplatform.training.meeting.api.CompleteActionItemCommand;
import com.salesplatform.training.meeting.api.FindMeetingQuery;
import com.salesplatform.training.meeting.api.FindMeetingsQuery;
import com.salesplatform.training.meeting.api.MeetingKind;
import com.salesplatform.training.meeting.api.RecordMinutesCommand;
import com.salesplatform.training.meeting.api.ScheduleMeetingCommand;
import com.salesplatform.training.meeting.query.MeetingList;
import com.salesplatform.training.meeting.query.MeetingView;
import com.salesplatform.training.shared.Access;
import com.salesplatform.training.shared.Ids;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Meetings: MANAGER/ADMIN schedule them. A meeting belongs to its organiser's team: ADMIN sees and changes every
 * meeting, a MANAGER those of their team (organised by themself, their team's manager or a rep of their team); anyone
 * else sees the meetings they organise, attend or own an action item of (404 otherwise). Minutes are recorded by
 * ADMIN or a manager of the meeting's team; an action item is completed by its owner, or by them.
 */
@RestController
@RequestMapping(MeetingController.PATH)
class MeetingController {

    static final String PATH = "/api/meetings";
    static final String ARTICLES = "/api/knowledge/articles";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Access access;
    private final KnowledgeAccess knowledge;
    private final BusinessCalendar calendar;

    MeetingController(CommandGateway commands, QueryGateway queries, Access access, KnowledgeAccess knowledge,
                      BusinessCalendar calendar) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
        this.knowledge = knowledge;
        this.calendar = calendar;
    }

    @PostMapping
    ResponseEntity<Created> schedule(@Valid @RequestBody ScheduleMeetingRequest request, CallerIdentity caller) {
        access.requireManagerOrAdmin(caller, "schedule meetings");
        String meetingId = Ids.chosenOrNew(request.id());
        List<String> participants = request.participantRepIds() == null ? null
                : request.participantRepIds().stream().map(Ids::normalised).toList();
        commands.sendAndWait(new ScheduleMeetingCommand(meetingId, Ids.normalised(caller.subject()), request.kind(),
                request.scheduledAt(), request.agenda(), request.departments(), participants));
        return Created.at(PATH, meetingId);
    }

    /**
     * The meetings scheduled from {@code from} (a date: its start in the company's calendar) up to the end of
     * {@code to}, of a kind; a MANAGER or ADMIN sees all, anyone else those they organise, attend or own an action
     * item of.
     */
    @GetMapping
    PageResponse<MeetingView> meetings(@RequestParam(required = false) LocalDate from,
                                       @RequestParam(required = false) LocalDate to,
                                       @RequestParam(required = false) MeetingKind kind, PageQuery page,
                                       CallerIdentity caller) {
        if (from != null && to != null && to.isBefore(from)) {
            throw new FieldRejectedException("to", "must not be before from");
        }
        MeetingList found = queries.query(new FindMeetingsQuery(from == null ? null : calendar.startOf(from),
                        to == null ? null : calendar.endOf(to), kind,
                        caller.isAdmin() ? null : Ids.normalised(caller.subject()),
                        caller.isAdmin() || !caller.has(Role.MANAGER) ? null : caller.teamId().orElse(null),
                        page.size(), page.offset()), ResponseTypes.instanceOf(MeetingList.class)).join();
        return PageResponse.of(found.items(), page, found.totalItems());
    }

    @GetMapping("/{meetingId}")
    MeetingView meeting(@PathVariable String meetingId, CallerIdentity caller) {
        return visible(meetingId, caller);
    }

    @PostMapping("/{meetingId}/minutes")
    MeetingView minutes(@PathVariable String meetingId, @Valid @RequestBody MinutesRequest request,
                        CallerIdentity caller) {
        MeetingView meeting = visible(meetingId, caller);
        if (!mayChange(caller, meeting)) {
            throw new AccessDeniedException("Only an ADMIN or the MANAGER of the organiser's team records minutes");
        }
        List<ActionItem> items = request.actionItems() == null ? List.of() : request.actionItems().stream()
                .map(item -> new ActionItem(UUID.randomUUID().toString(), item.description(),
                        Ids.normalised(item.ownerId()), item.dueAt()))
                .toList();
        commands.sendAndWait(new RecordMinutesCommand(meeting.id(), request.minutes(), items));
        return visible(meetingId, caller);
    }

    @PostMapping("/{meetingId}/action-items/{actionItemId}/completion")
    ResponseEntity<Void> complete(@PathVariable String meetingId, @PathVariable String actionItemId,
                                  CallerIdentity caller) {
        MeetingView meeting = visible(meetingId, caller);
        String itemId = Ids.normalised(actionItemId);
        boolean owner = meeting.actionItems().stream()
                .anyMatch(item -> item.id().equals(itemId) && caller.is(item.ownerId()));
        if (!owner && !mayChange(caller, meeting)) {
            throw new AccessDeniedException("Only its owner, the MANAGER of the organiser's team or an ADMIN "
                    + "completes an action item");
        }
        commands.sendAndWait(new CompleteActionItemCommand(meeting.id(), itemId, Ids.normalised(caller.subject())));
        return ResponseEntity.noContent().build();
    }

    /**
     * Turns an experience-sharing meeting's minutes into a draft knowledge article, written by the caller; the
     * command side decides whether the meeting may share and derives the article's id from the meeting's, so a
     * meeting is shared once (a second call is a 409).
     */
    @PostMapping("/{meetingId}/knowledge-article")
    ResponseEntity<Created> shareAsArticle(@PathVariable String meetingId,
                                           @Valid @RequestBody(required = false) SharedArticleRequest request,
                                           CallerIdentity caller) {
        MeetingView meeting = visible(meetingId, caller);
        SharedArticleRequest wanted = request == null ? new SharedArticleRequest(null, null, null) : request;
        ShareMinutesAsArticleCommand share = new ShareMinutesAsArticleCommand(meeting.id(),
                Ids.normalised(caller.subject()), wanted.kind(), wanted.title(), wanted.tags());
        try {
            commands.sendAndWait(share);
        } catch (AggregateStreamCreationException shared) {
            // the id follows from the meeting, so the article there is this meeting's: named if the caller may read
            // it (another rep's draft they may not)
            boolean visible = queries.query(new FindArticleQuery(share.articleId()),
                            ResponseTypes.optionalInstanceOf(ArticleView.class)).join()
                    .filter(article -> knowledge.mayRead(caller, article)).isPresent();
            throw new AlreadyExistsException("Article", visible ? share.articleId() : null,
                    "Meeting " + meeting.id() + " has been shared as an article already");
        }
        return Created.at(ARTICLES, share.articleId());
    }

    /** A meeting the caller may see, else 404: ADMIN all, a MANAGER their team's, anyone those they are part of. */
    private MeetingView visible(String meetingId, CallerIdentity caller) {
        return ObjectAccess.visibleOrNotFound(queries.query(new FindMeetingQuery(Ids.normalised(meetingId)),
                        ResponseTypes.optionalInstanceOf(MeetingView.class)).join(),
                meeting -> caller.isAdmin() || meeting.involves(caller.subject())
                        || access.isOfCallersTeam(caller, meeting.organiserId()), "Meeting", meetingId);
    }

    /** Minutes and others' action items: an ADMIN, or a MANAGER whose team the meeting's organiser is of. */
    private boolean mayChange(CallerIdentity caller, MeetingView meeting) {
        return caller.isAdmin() || (caller.has(Role.MANAGER) && access.isOfCallersTeam(caller, meeting.organiserId()));
    }
}
