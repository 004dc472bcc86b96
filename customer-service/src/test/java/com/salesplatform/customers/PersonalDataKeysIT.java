package com.salesplatform.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesplatform.customers.customer.command.FingerprintRebuildOnStartup;
import com.salesplatform.customers.personaldata.CustomerKeys;
import com.salesplatform.platform.config.InsecureConfigurationException;
import com.salesplatform.platformtest.ServiceIntegrationTest;
import com.salesplatform.platformtest.TestTokens;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The keys protecting personal data, against the real database: data keys are stored wrapped with the
 * key-encryption key from the environment (the test configuration's current {@code test-2}, retired {@code test-1}),
 * rotation and the upgrade of plain keys re-wrap them, and contact fingerprints are HMACs with the fingerprint key,
 * made again from the event store when stale. The expected values are computed here with the JDK alone.
 */
@ServiceIntegrationTest
class PersonalDataKeysIT {

    private static final byte[] CURRENT_KEK = key("DPAfB9ilYHWcV5caS7BfYWSZu7/Y9nwvf9e3hu/L2/0=");
    private static final byte[] RETIRED_KEK = key("jV1Q5yW2XuAXu7Y5zoC95BUe43n5+WxYnTHH12sHaOA=");
    private static final byte[] FINGERPRINT_KEY = key("gjhsm9ujwgpIy4ZxjejEdO/B8I0Xyv4UgSnXNIpfed8=");
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    private int port;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private CustomerKeys keys;
    @Autowired
    private FingerprintRebuildOnStartup fingerprintRebuild;

    private CustomerApi api;
    private String token;
    private String unique;

    @BeforeEach
    void setUp() {
        api = new CustomerApi(port, jdbc);
        CustomerApi.Team team = api.team(1);
        token = TestTokens.rep(team.rep(1), team.id());
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theStoredKeyIsNotTheDataKeyAndOnlyTheKeyEncryptionKeyUnwrapsIt() throws Exception {
        String customer = leadWithContact("周杰" + unique, null, "zhou." + unique + "@example.cn");

        StoredKey stored = storedKey(customer);
        assertThat(stored.kekId()).isEqualTo("test-2");
        assertThat(stored.bytes()).as("nonce, wrapped 32-byte key, tag").hasSize(12 + 32 + 16);
        String sealedName = sealedContactName(customer);
        assertThatThrownBy(() -> open(copyOf(stored.bytes(), 32), sealedName.substring(sealedName.lastIndexOf(':') + 1), customer))
                .as("the stored bytes do not open the personal data").isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> unwrap(RETIRED_KEK, stored.bytes(), customer))
                .as("another KEK does not unwrap it").isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> unwrap(CURRENT_KEK, stored.bytes(), UUID.randomUUID().toString()))
                .as("bound to its customer").isInstanceOf(GeneralSecurityException.class);

        byte[] dataKey = unwrap(CURRENT_KEK, stored.bytes(), customer);
        assertThat(dataKey).hasSize(32);
        assertThat(open(dataKey, sealedName.substring(sealedName.lastIndexOf(':') + 1), customer)).isEqualTo("周杰" + unique);
    }

    @Test
    void rotationAndTheUpgradeOfPlainKeysRewrapEveryKeyWithTheCurrentKek() throws Exception {
        String underRetired = leadWithContact("吴磊" + unique, null, null);
        String plain = leadWithContact("郑爽" + unique, null, null);
        byte[] retiredWrapped = wrap(RETIRED_KEK, unwrap(CURRENT_KEK, storedKey(underRetired).bytes(), underRetired),
                underRetired);
        jdbc.update("UPDATE customer_key SET key_bytes = ?, kek_id = 'test-1' WHERE customer_id = ?", retiredWrapped,
                underRetired);
        byte[] plainKey = unwrap(CURRENT_KEK, storedKey(plain).bytes(), plain);
        jdbc.update("UPDATE customer_key SET key_bytes = ?, kek_id = NULL WHERE customer_id = ?", plainKey, plain);
        assertThat(contactName(underRetired)).as("a retired KEK still unwraps").isEqualTo("吴磊" + unique);
        assertThat(contactName(plain)).as("a key from before wrapping is read as it is").isEqualTo("郑爽" + unique);

        assertThat(keys.rewrapAll(1)).as("one key per batch, both re-wrapped").isGreaterThanOrEqualTo(2);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM customer_key WHERE kek_id IS DISTINCT FROM 'test-2'",
                Integer.class)).isZero();
        StoredKey rotated = storedKey(underRetired);
        assertThat(rotated.bytes()).isNotEqualTo(retiredWrapped);
        assertThat(unwrap(CURRENT_KEK, rotated.bytes(), underRetired))
                .isEqualTo(unwrap(RETIRED_KEK, retiredWrapped, underRetired));
        StoredKey upgraded = storedKey(plain);
        assertThat(upgraded.bytes()).as("the plain key is no longer stored").isNotEqualTo(plainKey).hasSize(60);
        assertThat(unwrap(CURRENT_KEK, upgraded.bytes(), plain)).isEqualTo(plainKey);
        assertThat(contactName(underRetired)).isEqualTo("吴磊" + unique);
        assertThat(contactName(plain)).isEqualTo("郑爽" + unique);
        assertThat(keys.rewrapAll(100)).as("nothing left to re-wrap").isZero();
    }

    @Test
    void aKeyUnderAKekConfiguredNowhereStopsTheRewrapNamingTheKek() throws Exception {
        String customer = leadWithContact("王维" + unique, null, null);
        byte[] original = storedKey(customer).bytes();
        jdbc.update("UPDATE customer_key SET kek_id = 'gone-2025' WHERE customer_id = ?", customer);
        try {
            assertThatThrownBy(() -> keys.rewrapAll(100)).isInstanceOf(InsecureConfigurationException.class)
                    .hasMessageContaining("key-encryption key 'gone-2025', which is configured neither")
                    .extracting(failure -> ((InsecureConfigurationException) failure).getAction()).asString()
                    .contains("Add the key-encryption key 'gone-2025' to SALES_CUSTOMER_KEK_RETIRED");
            assertThat(storedKey(customer).bytes()).as("left as it was").isEqualTo(original);
        } finally {
            jdbc.update("UPDATE customer_key SET kek_id = 'test-2' WHERE customer_id = ?", customer);
        }
        assertThat(contactName(customer)).isEqualTo("王维" + unique);
    }

    @Test
    void fingerprintsAreKeyedHmacsAndStaleOnesAreMadeAgainFromTheEventStore() throws Exception {
        String digits = "8613" + Math.abs(unique.hashCode());
        String email = "li." + unique + "@example.cn";
        String customer = leadWithContact("李白" + unique, "+" + digits, email);
        List<String> expected = List.of(hmac("phone:" + digits), hmac("email:" + email));

        assertThat(fingerprints(customer)).containsExactlyInAnyOrderElementsOf(expected)
                .doesNotContain(sha256("phone:" + digits), sha256("email:" + email));
        assertThat(jdbc.queryForList("SELECT DISTINCT key_id FROM customer_directory_contact WHERE customer_id = ?",
                String.class, customer)).containsExactly("test");
        assertDuplicate("+" + digits.substring(0, 2) + " " + digits.substring(2), null, customer);

        // a database from before keyed fingerprints: plain SHA-256, no key id; and an erased customer's leftover
        jdbc.update("UPDATE customer_directory_contact SET fingerprint = encode(sha256(convert_to(CASE"
                + " WHEN fingerprint = ? THEN ? ELSE ? END, 'UTF8')), 'hex'), key_id = NULL WHERE customer_id = ?",
                expected.get(0), "phone:" + digits, "email:" + email, customer);
        assertThat(fingerprints(customer)).containsExactlyInAnyOrder(sha256("phone:" + digits),
                sha256("email:" + email));
        String erased = leadWithContact("杜甫" + unique, null, "du." + unique + "@example.cn");
        assertThat(api.delete("/api/customers/" + erased + "/personal-data", TestTokens.admin()).status())
                .isEqualTo(204);
        jdbc.update("INSERT INTO customer_directory_contact (customer_id, fingerprint) VALUES (?, ?)", erased,
                sha256("email:du." + unique + "@example.cn"));

        assertThat(fingerprintRebuild.rebuildStale()).isGreaterThanOrEqualTo(2);

        assertThat(fingerprints(customer)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(fingerprints(erased)).as("an erased customer's contacts cannot be fingerprinted again").isEmpty();
        assertDuplicate(null, email.toUpperCase(), customer);
        assertThat(fingerprintRebuild.rebuildStale()).as("nothing stale left").isZero();
    }

    private void assertDuplicate(String phone, String email, String existing) {
        String id = UUID.randomUUID().toString();
        var answer = api.post("/api/customers/leads", """
                {"id":"%s","name":"别名%s","type":"B2B","channel":"PHONE","contact":{"name":"钱","phone":%s,"email":%s}}"""
                .formatted(id, UUID.randomUUID(), quoted(phone), quoted(email)), token);
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().path("existingCustomerId").asText()).isEqualTo(existing);
        assertThat(api.storedEventsOf(id)).isZero();
    }

    private String leadWithContact(String contactName, String phone, String email) {
        var created = api.post("/api/customers/leads", """
                {"name":"公司%s%s","type":"B2B","channel":"REFERRAL","contact":{"name":"%s","phone":%s,"email":%s}}"""
                .formatted(contactName, UUID.randomUUID(), contactName, quoted(phone), quoted(email)), token);
        assertThat(created.status()).as(String.valueOf(created.json())).isEqualTo(201);
        return created.json().path("id").asText();
    }

    private String contactName(String customer) {
        return api.get("/api/customers/" + customer, token).json().path("contacts").get(0).path("name").asText();
    }

    private String sealedContactName(String customer) throws Exception {
        byte[] payload = jdbc.queryForObject("SELECT payload FROM domain_event_entry WHERE aggregate_identifier = ?"
                + " AND sequence_number = 0", byte[].class, customer);
        JsonNode event = JSON.readTree(payload);
        String sealed = event.path("contact").path("name").asText();
        assertThat(sealed).as("sealed with the contact's own key").startsWith("gcm2:"
                + event.path("contact").path("contactId").asText() + ":");
        return sealed;
    }

    private StoredKey storedKey(String customer) {
        return jdbc.queryForObject("SELECT key_bytes, kek_id FROM customer_key WHERE customer_id = ?",
                (row, number) -> new StoredKey(row.getBytes(1), row.getString(2)), customer);
    }

    private List<String> fingerprints(String customer) {
        return jdbc.queryForList("SELECT fingerprint FROM customer_directory_contact WHERE customer_id = ?",
                String.class, customer);
    }

    private record StoredKey(byte[] bytes, String kekId) {
    }

    private static byte[] unwrap(byte[] kek, byte[] wrapped, String customer) throws GeneralSecurityException {
        return gcm(Cipher.DECRYPT_MODE, kek, wrapped, ("customer-key:" + customer).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] wrap(byte[] kek, byte[] dataKey, String customer) throws GeneralSecurityException {
        byte[] nonce = new byte[12];
        new SecureRandom().nextBytes(nonce);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(kek, "AES"), new GCMParameterSpec(128, nonce));
        cipher.updateAAD(("customer-key:" + customer).getBytes(StandardCharsets.UTF_8));
        byte[] sealed = cipher.doFinal(dataKey);
        return ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array();
    }

    private static String open(byte[] dataKey, String base64, String customer) throws GeneralSecurityException {
        return new String(gcm(Cipher.DECRYPT_MODE, dataKey, Base64.getDecoder().decode(base64),
                customer.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    private static byte[] gcm(int mode, byte[] key, byte[] sealed, byte[] associatedData)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, sealed, 0, 12));
        cipher.updateAAD(associatedData);
        return cipher.doFinal(sealed, 12, sealed.length - 12);
    }

    private static String hmac(String value) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(FINGERPRINT_KEY, "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
    }

    private static String sha256(String value) throws GeneralSecurityException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(value.getBytes(StandardCharsets.UTF_8)));
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private static byte[] copyOf(byte[] bytes, int length) {
        return java.util.Arrays.copyOf(bytes, length);
    }

    private static byte[] key(String base64) {
        return Base64.getDecoder().decode(base64);
    }
}
