package com.salesplatform.training.course.web;

import com.salesplatform.platform.rejection.NotFoundException;
import com.salesplatform.platform.security.CallerIdentity;
import com.salesplatform.platform.web.Created;
import com.salesplatform.platform.web.PageQuery;
import com.salesplatform.platform.web.PageResponse;
import com.salesplatform.training.course.api.CourseCategory;
import com.salesplatform.training.course.api.CreateCourseCommand;
import com.salesplatform.training.course.api.FindCourseQuery;
import com.salesplatform.training.course.api.FindCoursesQuery;
import com.salesplatform.training.course.query.CourseList;
import com.salesplatform.training.course.query.CourseView;
import com.salesplatform.training.shared.Access;
import com.salesplatform.training.shared.Ids;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The course catalogue: MANAGER and ADMIN add courses, everyone signed in reads it. */
@RestController
@RequestMapping(CourseController.PATH)
class CourseController {

    static final String PATH = "/api/courses";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Access access;

    CourseController(CommandGateway commands, QueryGateway queries, Access access) {
        this.commands = commands;
        this.queries = queries;
        this.access = access;
    }

    @PostMapping
    ResponseEntity<Created> create(@Valid @RequestBody CreateCourseRequest request, CallerIdentity caller) {
        access.requireManagerOrAdmin(caller, "add courses");
        String courseId = Ids.chosenOrNew(request.id());
        commands.sendAndWait(new CreateCourseCommand(courseId, request.title(), request.category(), request.format(),
                request.durationHours(), request.passMark(), request.certificationValidMonths()));
        return Created.at(PATH, courseId);
    }

    @GetMapping
    PageResponse<CourseView> courses(@RequestParam(required = false) CourseCategory category, PageQuery page) {
        CourseList courses = queries.query(new FindCoursesQuery(category, page),
                ResponseTypes.instanceOf(CourseList.class)).join();
        return PageResponse.of(courses.items(), page, courses.totalItems());
    }

    @GetMapping("/{courseId}")
    CourseView course(@PathVariable String courseId) {
        return queries.query(new FindCourseQuery(Ids.normalised(courseId)),
                        ResponseTypes.optionalInstanceOf(CourseView.class)).join()
                .orElseThrow(() -> new NotFoundException("Course", courseId));
    }
}
