package com.salesplatform.gateway.requestid;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "abc-123", "A.b_C-9", "0123456789012345678901234567890123456789012345678901234567890123"})
    void keepsUpTo64LettersDigitsDotsUnderscoresAndDashes(String id) {
        assertThat(RequestIds.acceptOrGenerate(id)).isEqualTo(id);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"01234567890123456789012345678901234567890123456789012345678901234", "with space",
            "new\nline", "semi;colon", "ünïcode", "slash/", "<script>"})
    void replacesAnythingElseWithANewUuid(String id) {
        String accepted = RequestIds.acceptOrGenerate(id);

        assertThat(accepted).isNotEqualTo(id);
        assertThat(UUID.fromString(accepted).toString()).isEqualTo(accepted);
    }

    @Test
    void generatesADifferentIdEachTime() {
        assertThat(RequestIds.acceptOrGenerate(null)).isNotEqualTo(RequestIds.acceptOrGenerate(null));
    }
}
