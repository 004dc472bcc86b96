package com.salesplatform.training.course.command;

import static com.salesplatform.platformtest.Rejections.rejectedOn;

import com.salesplatform.training.course.api.CourseCategory;
import com.salesplatform.training.course.api.CourseCreatedEvent;
import com.salesplatform.training.course.api.CourseFormat;
import com.salesplatform.training.course.api.CreateCourseCommand;
import java.math.BigDecimal;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CourseTest {

    private static final String COURSE = "6d2b3f21-4c5e-4f60-9b7c-8d9e0f1a2b3c";

    private FixtureConfiguration<Course> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Course.class);
    }

    @Test
    void createsACourseWithItsTerms() {
        fixture.givenNoPriorActivity()
                .when(new CreateCourseCommand(COURSE, " 大客户谈判技巧 ", CourseCategory.NEGOTIATION,
                        CourseFormat.INTERNAL, new BigDecimal("8"), 70, 12))
                .expectEvents(new CourseCreatedEvent(COURSE, "大客户谈判技巧", CourseCategory.NEGOTIATION,
                        CourseFormat.INTERNAL, new BigDecimal("8.00"), 70, 12));
    }

    @Test
    void passMarkAndValidityHaveDefaults() {
        fixture.givenNoPriorActivity()
                .when(new CreateCourseCommand(COURSE, "CRM basics", CourseCategory.CRM_TOOLS, CourseFormat.EXTERNAL,
                        new BigDecimal("1.5"), null, null))
                .expectEvents(new CourseCreatedEvent(COURSE, "CRM basics", CourseCategory.CRM_TOOLS,
                        CourseFormat.EXTERNAL, new BigDecimal("1.50"), 60, 24));
    }

    @Test
    void rejectsABlankOrOverlongTitle() {
        expectRejected(command("  ", CourseCategory.COMPLIANCE, "2", 60, 12), "title");
        expectRejected(command("课".repeat(201), CourseCategory.COMPLIANCE, "2", 60, 12), "title");
    }

    @Test
    void rejectsAMissingCategoryOrFormat() {
        expectRejected(command("合规", null, "2", 60, 12), "category");
        expectRejected(new CreateCourseCommand(COURSE, "合规", CourseCategory.COMPLIANCE, null,
                new BigDecimal("2"), 60, 12), "format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "1000.01", "1.005"})
    void rejectsDurationsOutOfRangeOrTooPrecise(String hours) {
        expectRejected(command("合规", CourseCategory.COMPLIANCE, hours, 60, 12), "durationHours");
    }

    @Test
    void rejectsAPassMarkOrValidityOutOfRange() {
        expectRejected(command("合规", CourseCategory.COMPLIANCE, "2", 101, 12), "passMark");
        expectRejected(command("合规", CourseCategory.COMPLIANCE, "2", -1, 12), "passMark");
        expectRejected(command("合规", CourseCategory.COMPLIANCE, "2", 60, 0), "certificationValidMonths");
        expectRejected(command("合规", CourseCategory.COMPLIANCE, "2", 60, 121), "certificationValidMonths");
    }

    private static CreateCourseCommand command(String title, CourseCategory category, String hours, Integer passMark,
                                               Integer months) {
        return new CreateCourseCommand(COURSE, title, category, CourseFormat.INTERNAL, new BigDecimal(hours),
                passMark, months);
    }

    private void expectRejected(CreateCourseCommand command, String field) {
        fixture.givenNoPriorActivity().when(command).expectNoEvents().expectException(rejectedOn(field));
    }
}
