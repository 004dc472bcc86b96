package com.salesplatform.training.knowledge.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesplatform.training.knowledge.query.Snippet.Highlight;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void aLiteralMatchIsPlainTextWithItsOffsets() {
        String body = "客户最看重售后响应，<b>不是</b>价格。".repeat(5);

        Snippet snippet = Snippets.around(body, "售后响应").orElseThrow();

        assertThat(snippet.highlights()).hasSize(1);
        Highlight highlight = snippet.highlights().get(0);
        assertThat(snippet.text().substring(highlight.start(), highlight.start() + highlight.length()))
                .isEqualTo("售后响应");
        assertThat(snippet.text()).as("the body's own text, markup included, is text").contains("<b>不是</b>")
                .endsWith("…");
        assertThat(Snippets.around(body, "折扣")).isEmpty();
    }

    @Test
    void headlineMarkersBecomeOffsetsAndAreRemoved() {
        Snippet snippet = Snippets.headline("we " + Snippets.START + "negotiated" + Snippets.STOP + " a phased "
                + Snippets.START + "delivery" + Snippets.STOP + " plan");

        assertThat(snippet.text()).isEqualTo("we negotiated a phased delivery plan");
        assertThat(snippet.highlights()).containsExactly(new Highlight(3, 10), new Highlight(23, 8));
    }

    @Test
    void anOpeningHasNoHighlights() {
        assertThat(Snippets.opening("电话开场白").highlights()).isEmpty();
        assertThat(Snippets.opening("电话开场白").text()).isEqualTo("电话开场白");
    }
}
