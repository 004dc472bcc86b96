package com.salesplatform.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
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
        new CsvHttpMessageConverter().write(List.of(
                        new Report("王\"大锤\", 华北", new Figures(new BigDecimal("1000.50"), 2), new Review("好\n继续")),
                        new Report("李雷", new Figures(BigDecimal.ZERO, 0), null)),
                CsvHttpMessageConverter.TEXT_CSV, output);

        assertThat(output.getBodyAsString(StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "name,figures.revenue,figures.orders,review.comments\r\n"
                + "\"王\"\"大锤\"\", 华北\",1000.50,2,\"好\n继续\"\r\n"
                + "李雷,0,0,\r\n");
    }
}
