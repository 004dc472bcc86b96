package com.salesplatform.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The console's message bundles (docs/console.md): both have the same keys with the same placeholders, every key the
 * modules name exists, no English is left in zh-CN and no Chinese in en.
 */
class ConsoleMessagesTest {

    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]");
    /** Latin words allowed in Chinese text: names of formats and classes of customer the Chinese use as they are. */
    private static final Set<String> LATIN_IN_CHINESE = Set.of("CSV");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    /** A key as the modules write it: t('group.key'), or a ternary's 'group.key' literal (see the groups below). */
    private static final Pattern KEY_LITERAL = Pattern.compile("'([a-z][a-zA-Z]*(?:\\.[a-zA-Z0-9_]+)+)'");

    private final Map<String, String> zh = bundle("zh-CN");
    private final Map<String, String> en = bundle("en");

    @Test
    void bothBundlesHaveTheSameKeysAndPlaceholders() {
        assertThat(zh.keySet()).isEqualTo(en.keySet());
        for (String key : zh.keySet()) {
            assertThat(placeholders(zh.get(key))).as(key).isEqualTo(placeholders(en.get(key)));
            assertThat(zh.get(key)).as(key).isNotBlank();
            assertThat(en.get(key)).as(key).isNotBlank();
        }
    }

    @Test
    void noEnglishIsLeftInChinese() {
        for (Map.Entry<String, String> message : zh.entrySet()) {
            String text = PLACEHOLDER.matcher(message.getValue()).replaceAll("");
            Matcher words = Pattern.compile("[A-Za-z]{2,}").matcher(text);
            while (words.find()) {
                assertThat(LATIN_IN_CHINESE).as("English in zh-CN %s: %s", message.getKey(), message.getValue())
                        .contains(words.group());
            }
            assertThat(CJK.matcher(text).find()).as("zh-CN %s is Chinese", message.getKey()).isTrue();
        }
    }

    @Test
    void noChineseIsLeftInEnglish() {
        for (Map.Entry<String, String> message : en.entrySet()) {
            assertThat(CJK.matcher(message.getValue()).find())
                    .as("Chinese in en %s: %s", message.getKey(), message.getValue()).isFalse();
        }
    }

    @Test
    void everyKeyTheModulesNameIsInTheBundles() throws IOException {
        Set<String> named = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        // a literal is a message key when it starts with a group of the bundle ('day.', 'enum.'…); field paths of
        // the API such as 'contact.email' are not
        Set<String> groups = new TreeSet<>();
        zh.keySet().forEach(k -> groups.add(k.substring(0, k.indexOf('.'))));
        Resource[] modules = new PathMatchingResourcePatternResolver().getResources("classpath:static/console/**/*.js");
        assertThat(modules).isNotEmpty();
        for (Resource module : modules) {
            String source = module.getContentAsString(StandardCharsets.UTF_8);
            Matcher literals = KEY_LITERAL.matcher(source);
            while (literals.find()) {
                String key = literals.group(1);
                // file names ('./api.js') and storage keys are not message keys
                if (key.matches(".*\\.(js|json|csv|png|svg)")) continue;
                if (!groups.contains(key.substring(0, key.indexOf('.')))) continue;
                named.add(key);
            }
            // t('group.' + value): a whole family of keys, checked by the enum groups below
            Matcher families = Pattern.compile("t\\('([a-zA-Z.]+\\.)' \\+").matcher(source);
            while (families.find()) prefixes.add(families.group(1));
        }
        assertThat(named).isNotEmpty();
        for (String key : named) {
            assertThat(zh).as("key named in the console").containsKey(key);
        }
        for (String prefix : prefixes) {
            assertThat(zh.keySet().stream().anyMatch(k -> k.startsWith(prefix))).as(prefix).isTrue();
        }
        // every status the quote and order screens and the approvals inbox show, and every step of an order's timeline
        for (String status : Set.of("PENDING_APPROVAL", "OPEN", "ORDERED", "REJECTED", "EXPIRED")) {
            assertThat(zh).containsKey("enum.quoteStatus." + status);
        }
        for (String status : Set.of("PLACED", "CREDIT_HOLD", "CONFIRMED", "SHIPPED", "DELIVERED", "PAID", "CANCELLED")) {
            assertThat(zh).containsKey("enum.orderStatus." + status);
        }
        for (String status : Set.of("REPORTED", "RECEIVED", "REJECTED")) assertThat(zh).containsKey("enum.paymentStatus." + status);
        for (String event : Set.of("PLACED", "CREDIT_HOLD", "CREDIT_RELEASED", "CONFIRMED", "SHIPPED", "DELIVERED",
                "PAYMENT_REPORTED", "PAYMENT_REPORT_REJECTED", "PAYMENT_RECEIVED", "PAID", "PAYMENT_OVERDUE", "CANCELLED")) {
            assertThat(zh).containsKey("enum.orderEvent." + event);
        }
        for (String reason : Set.of("OVERDUE_PAYMENT", "CREDIT_LIMIT_EXCEEDED")) assertThat(zh).containsKey("enum.holdReason." + reason);
        // every appraisal status, KPI and KPI input, payout line and enrolment the rep's screens show
        for (String status : Set.of("OPEN", "REVIEWED", "ACKNOWLEDGED", "APPEALED", "FINALIZED")) {
            assertThat(zh).containsKey("enum.appraisalStatus." + status);
        }
        for (String kpi : Set.of("attainment", "activity", "satisfaction", "behaviour")) assertThat(zh).containsKey("enum.kpi." + kpi);
        for (String input : Set.of("bookedRevenue", "revenueTarget", "communications", "followUpsOnTime",
                "followUpsOverdue", "activityPlan", "newLeads", "prospectingPlan", "scores", "averageScore",
                "processAdherence", "teamwork", "learning")) {
            assertThat(zh).containsKey("enum.kpiInput." + input);
        }
        for (String kind : Set.of("COMMISSION", "TARGET_BONUS", "TEAM_BONUS", "ADJUSTMENT")) {
            assertThat(zh).containsKey("enum.payoutLine." + kind);
        }
        for (String status : Set.of("ENROLLED", "WAITLISTED")) assertThat(zh).containsKey("enum.enrolment." + status);
        // every role and every open stage the screens show
        for (String role : Set.of("ADMIN", "MANAGER", "REP")) assertThat(zh).containsKey("role." + role);
        for (String stage : Set.of("PROSPECTING", "NEEDS_ANALYSIS", "PROPOSAL", "NEGOTIATION", "WON", "LOST")) {
            assertThat(zh).containsKey("enum.stage." + stage);
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) names.add(m.group(1));
        return names;
    }

    private static Map<String, String> bundle(String locale) {
        try {
            Resource resource = new PathMatchingResourcePatternResolver()
                    .getResource("classpath:static/console/i18n/" + locale + ".json");
            return new TreeMap<>(new ObjectMapper().readValue(resource.getInputStream(), new TypeReference<Map<String, String>>() { }));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
