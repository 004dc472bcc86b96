package com.salesplatform.platform.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.salesplatform.platform.rejection.FieldRejectedException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void countsChineseCharactersAndEmojiAsOneEach() {
        assertThat(Text.length("华东大客户")).isEqualTo(5);
        assertThat(Text.length("签约🎉")).isEqualTo(3);
        assertThat(Text.required("title", "  华东大客户 ", 5)).isEqualTo("华东大客户");
        assertThat(Text.required("title", "签约🎉", 3)).isEqualTo("签约🎉");
    }

    @Test
    void refusesTextLongerThanItsLimitNamingTheField() {
        assertThatThrownBy(() -> Text.required("title", "华东大客户", 4))
                .isInstanceOfSatisfying(FieldRejectedException.class, e -> assertThat(e.field()).isEqualTo("title"))
                .hasMessage("must be at most 4 characters");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\u3000", "\t\n"})
    void refusesBlankRequiredTextNamingTheField(String blank) {
        assertThatThrownBy(() -> Text.required("name", blank, 10))
                .isInstanceOfSatisfying(FieldRejectedException.class, e -> assertThat(e.field()).isEqualTo("name"))
                .hasMessage("must not be blank");
        assertThatThrownBy(() -> Text.required("name", blank)).isInstanceOf(FieldRejectedException.class);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  "})
    void answersNullForAbsentOptionalText(String blank) {
        assertThat(Text.optional("notes", blank, 10)).isNull();
    }

    @Test
    void checksPresentOptionalTextLikeRequiredText() {
        assertThat(Text.optional("notes", " 回访 ", 2)).isEqualTo("回访");
        assertThatThrownBy(() -> Text.optional("notes", "回访一次", 2)).isInstanceOf(FieldRejectedException.class);
    }
}
