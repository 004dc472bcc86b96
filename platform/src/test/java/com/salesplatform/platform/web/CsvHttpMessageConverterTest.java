package com.salesplatform.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.ResolvableType;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.mock.http.MockHttpOutputMessage;

class CsvHttpMessageConverterTest {

    record Figures(BigDecimal revenue, long orders) {
    }

    record Review(String comments) {
    }

    record Report(String name, Figures figures, Review review) {
    }

    @Test
    void nestedRecordsBecomeColumnsOfTheirOwnAndTextIsQuotedWhereNeeded() throws Exception {
        MockHttpOutputMessage output = new MockHttpOutputMessage();
        csv().write(List.of(
                        new Report("王\"大锤\", 华北", new Figures(new BigDecimal("1000.50"), 2), new Review("好\n继续")),
                        new Report("李雷", new Figures(BigDecimal.ZERO, 0), null)),
                CsvHttpMessageConverter.TEXT_CSV, output);

        assertThat(output.getBodyAsString(StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "name,figures.revenue,figures.orders,review.comments\r\n"
                + "\"王\"\"大锤\"\", 华北\",1000.50,2,\"好\n继续\"\r\n"
                + "李雷,0,0,\r\n");
    }

    record Funnel(List<Figures> stages) implements CsvRows<Figures> {

        @Override
        public List<Figures> csvRows() {
            return stages;
        }
    }

    @Test
    void anEmptyAnswerStillNamesItsColumns() throws Exception {
        MockHttpOutputMessage page = new MockHttpOutputMessage();
        Type pageOfReports = ResolvableType.forClassWithGenerics(PageResponse.class, Report.class).getType();
        csv().write(new PageResponse<Report>(List.of(), 0, 20, 0, 0), pageOfReports,
                CsvHttpMessageConverter.TEXT_CSV, page);
        assertThat(page.getBodyAsString(StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFname,figures.revenue,figures.orders,review.comments\r\n");

        MockHttpOutputMessage funnel = new MockHttpOutputMessage();
        csv().write(new Funnel(List.of()), Funnel.class, CsvHttpMessageConverter.TEXT_CSV,
                funnel);
        assertThat(funnel.getBodyAsString(StandardCharsets.UTF_8)).isEqualTo("\uFEFFrevenue,orders\r\n");
    }

    record Contact(String name, @JsonIgnore String ownerTeamId, BigDecimal balance, String note) {
    }

    @Test
    void theColumnsAreTheJsonFieldsAndFormulasAreDefusedButNegativeNumbersStayNumbers() throws Exception {
        MockHttpOutputMessage output = new MockHttpOutputMessage();
        csv().write(List.of(new Contact("=HYPERLINK(\"http://evil\")", "team-1", new BigDecimal("-5.00"), "+1"),
                        new Contact("@SUM(A1)", "team-1", BigDecimal.ONE, "-2"),
                        new Contact("\tx", "team-1", BigDecimal.ONE, "\rx"),
                        new Contact("王 - 华北", "team-1", BigDecimal.ONE, "a=b")),
                CsvHttpMessageConverter.TEXT_CSV, output);

        assertThat(output.getBodyAsString(StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "name,balance,note\r\n"
                + "\"'=HYPERLINK(\"\"http://evil\"\")\",-5.00,'+1\r\n"
                + "'@SUM(A1),1,'-2\r\n"
                + "'\tx,1,\"'\rx\"\r\n"
                + "王 - 华北,1,a=b\r\n");
    }

    private static CsvHttpMessageConverter csv() {
        return new CsvHttpMessageConverter(Jackson2ObjectMapperBuilder.json()
                .postConfigurer(mapper -> mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false))
                .build());
    }

    @Test
    void anEmptyListOfUnknownRowsIsOnlyTheByteOrderMark() throws Exception {
        MockHttpOutputMessage output = new MockHttpOutputMessage();
        csv().write(List.of(), CsvHttpMessageConverter.TEXT_CSV, output);

        assertThat(output.getBodyAsString(StandardCharsets.UTF_8)).isEqualTo("\uFEFF");
    }
}
