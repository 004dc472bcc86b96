package com.salesplatform.reporting.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class Rfc4180Test {

    @Test
    void readsQuotedCommasQuotesAndLineBreaksAndEmptyFields() {
        Rfc4180.Table table = Rfc4180.parse("name,amount,note\r\n"
                + "\"王\"\"大锤\"\", 华北\",1000.50,\"第一行\r\n第二行\"\r\n"
                + "李雷,,\r\n"
                + "\"\",-3.5,\"a\nb\"\r\n");
        assertThat(table.header()).containsExactly("name", "amount", "note");
        assertThat(table.rows()).containsExactly(
                List.of("王\"大锤\", 华北", "1000.50", "第一行\r\n第二行"),
                List.of("李雷", "", ""),
                List.of("", "-3.5", "a\nb"));
        assertThat(table.cell(1, "name")).isEqualTo("李雷");
    }

    @Test
    void aLastRecordWithoutLineBreakAndBareLineFeedsAreRead() {
        assertThat(Rfc4180.parse("a,b\nx,y").rows()).containsExactly(List.of("x", "y"));
    }

    @Test
    void brokenCsvIsRejected() {
        assertThatThrownBy(() -> Rfc4180.parse("a,b\r\n\"open,1\r\n")).hasMessageContaining("Unterminated");
        assertThatThrownBy(() -> Rfc4180.parse("a,b\r\nx\"y,1\r\n")).hasMessageContaining("unquoted");
        assertThatThrownBy(() -> Rfc4180.parse("a,b\r\n\"x\"y,1\r\n")).hasMessageContaining("closing quote");
        assertThatThrownBy(() -> Rfc4180.parse("a,b\r\n1,2,3\r\n")).hasMessageContaining("3 fields");
    }
}
