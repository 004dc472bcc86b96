package com.salesplatform.training.course.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.salesplatform.platform.access.OwnerScope;
import com.salesplatform.platform.roster.RosterReplica;
import com.salesplatform.platformtest.TestCallers;
import com.salesplatform.training.course.api.CourseCategory;
import com.salesplatform.training.course.api.CourseFormat;
import com.salesplatform.training.course.api.CreateCourseCommand;
import com.salesplatform.training.shared.Access;
import java.math.BigDecimal;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebMvcTest(CourseController.class)
@Import({Access.class, OwnerScope.class})
class CourseControllerTest {

    private static final String VALID = """
            {"title":"大客户谈判技巧","category":"NEGOTIATION","format":"INTERNAL","durationHours":8.5}""";

    @Autowired
    private MockMvc mvc;
    @MockitoBean
    private CommandGateway commands;
    @MockitoBean
    private QueryGateway queries;
    @MockitoBean
    private RosterReplica roster;

    @Test
    void aManagerAddsACourse() throws Exception {
        submit(VALID, TestCallers.manager("5a1e5000-0000-4000-8000-0000000000b1", "5a1e5000-0000-4000-8000-000000000001"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", Matchers.startsWith("/api/courses/")))
                .andExpect(jsonPath("$.id").isString());
        var sent = ArgumentCaptor.forClass(CreateCourseCommand.class);
        verify(commands).sendAndWait(sent.capture());
        assertThat(sent.getValue())
                .returns("大客户谈判技巧", CreateCourseCommand::title)
                .returns(CourseCategory.NEGOTIATION, CreateCourseCommand::category)
                .returns(CourseFormat.INTERNAL, CreateCourseCommand::format)
                .returns(new BigDecimal("8.5"), CreateCourseCommand::durationHours)
                .returns(null, CreateCourseCommand::passMark);
    }

    @Test
    void namesEachInvalidField() throws Exception {
        submit("{}", TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field").value(
                        Matchers.containsInAnyOrder("title", "category", "format", "durationHours")));
        submit(VALID.replace("8.5", "8.555"), TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("durationHours"));
        submit(VALID.replace("NEGOTIATION", "COOKING"), TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("category"));
        submit(VALID.replace("\"title\"", "\"passMark\":101,\"title\""), TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("passMark"));
        submit(VALID.replace("\"title\"", "\"teacher\":\"陈\",\"title\""), TestCallers.admin())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("teacher"));
        verifyNoInteractions(commands);
    }

    @Test
    void aRepMayNotAddCourses() throws Exception {
        submit(VALID, TestCallers.rep("5a1e5000-0000-4000-8000-0000000000c1", null))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/courses").contentType(MediaType.APPLICATION_JSON).content(VALID))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(commands);
    }

    private ResultActions submit(String body, RequestPostProcessor caller) throws Exception {
        return mvc.perform(post("/api/courses").with(caller).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
