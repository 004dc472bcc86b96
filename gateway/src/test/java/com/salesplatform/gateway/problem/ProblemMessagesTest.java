package com.salesplatform.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The gateway's problem texts exist in both languages, key for key. */
class ProblemMessagesTest {

    @Test
    void everyTextHasItsChineseAndEveryChineseItsEnglish() throws IOException {
        Properties english = load("i18n/problems.properties");
        Properties chinese = load("i18n/problems_zh_CN.properties");
        assertThat(english).isNotEmpty();
        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        chinese.stringPropertyNames().forEach(key -> assertThat(chinese.getProperty(key))
                .as(key).isNotEqualTo(english.getProperty(key)));
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProblemMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
