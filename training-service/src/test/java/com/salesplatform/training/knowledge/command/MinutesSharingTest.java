package com.salesplatform.training.knowledge.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesplatform.platform.value.Text;
import org.junit.jupiter.api.Test;

class MinutesSharingTest {

    @Test
    void titlesTheArticleWithTheAgendasFirstLine() {
        assertThat(MinutesSharing.titleFrom("  大客户招标经验分享\n第二项")).isEqualTo("经验分享：大客户招标经验分享");
    }

    @Test
    void cutsALongAgendaToATitlesLengthInCharactersNotHalfACharacter() {
        String title = MinutesSharing.titleFrom("🎉".repeat(300));
        assertThat(Text.length(title)).isEqualTo(ArticleContentRules.MAX_TITLE);
        assertThat(title).startsWith("经验分享：").endsWith("🎉");
    }
}
