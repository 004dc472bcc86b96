package com.salesplatform.customers.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import com.salesplatform.customers.customer.api.ContactInput;
import com.salesplatform.customers.customer.api.CustomerType;
import com.salesplatform.customers.customer.api.SealedContact;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    private static final String CUSTOMER = "9c1d3b52-6f0a-4a7e-8d2b-3e5f7a9b1c01";
    private static final ContactInput WANG = new ContactInput("王芳", "+86 138 0000 0000", "wang@example.cn", "采购");

    /** The keys of CUSTOMER by key ref, as customer_key holds them. */
    private final Map<String, SecretKey> stored = new HashMap<>();
    private CustomerKeys keys;
    private PersonalDataCipher cipher;

    @BeforeEach
    void setUp() {
        keys = mock(CustomerKeys.class);
        given(keys.obtain(anyString(), anyString())).willAnswer(call ->
                stored.computeIfAbsent(call.getArgument(1), ref -> newKey()));
        given(keys.find(anyString(), anyString())).willAnswer(call -> CUSTOMER.equals(call.getArgument(0))
                ? Optional.ofNullable(stored.get(call.<String>getArgument(1))) : Optional.of(newKey()));
        cipher = new PersonalDataCipher(keys);
    }

    @Test
    void sealsEachPersonalFieldOfAContactWithTheContactsOwnKeyAndOpensItAgain() {
        SealedContact sealed = cipher.seal(CUSTOMER, "c1", WANG);
        assertThat(sealed.role()).isEqualTo("采购");
        assertThat(sealed.toString()).doesNotContain("王芳", "+86 138 0000 0000", "13800000000", "wang@example.cn");
        assertThat(sealed.name()).startsWith("gcm2:c1:");
        assertThat(stored).containsOnlyKeys("c1");
        assertThat(cipher.seal(CUSTOMER, "c1", WANG).name()).as("a fresh nonce each time").isNotEqualTo(sealed.name());
        assertThat(cipher.reveal(CUSTOMER, sealed))
                .isEqualTo(new RevealedContact("c1", "王芳", "+86 138 0000 0000", "wang@example.cn", "采购", false));
    }

    @Test
    void keepsAbsentFieldsAbsent() {
        SealedContact sealed = cipher.seal(CUSTOMER, "c1", new ContactInput("王芳", null, null, null));
        assertThat(sealed.phone()).isNull();
        assertThat(cipher.reveal(CUSTOMER, sealed).email()).isNull();
        assertThat(cipher.sealText(CUSTOMER, "", null)).isNull();
    }

    @Test
    void aContactReadsErasedOnceTheirKeyIsGoneWhileAnotherContactStaysReadable() {
        SealedContact wang = cipher.seal(CUSTOMER, "c1", WANG);
        SealedContact li = cipher.seal(CUSTOMER, "c2", new ContactInput("李雷", null, "li@example.cn", null));
        stored.remove("c1");
        assertThat(cipher.reveal(CUSTOMER, wang)).isEqualTo(new RevealedContact("c1", PersonalDataCipher.ERASED,
                PersonalDataCipher.ERASED, PersonalDataCipher.ERASED, "采购", true));
        assertThat(cipher.reveal(CUSTOMER, li).name()).isEqualTo("李雷");
    }

    @Test
    void aPersonsNameIsSealedWithTheCustomerKeyAndReadsAsThePseudonymOnceErasedACompanysStaysAsItIs() {
        String sealed = cipher.sealName(CUSTOMER, PersonalDataCipher.customerKeyRef(0), CustomerType.B2C, "欧阳娜娜");
        assertThat(sealed).startsWith("gcm1:").doesNotContain("欧阳娜娜");
        assertThat(cipher.nameOf(CUSTOMER, CustomerType.B2C, sealed)).isEqualTo("欧阳娜娜");
        assertThat(cipher.sealName(CUSTOMER, "", CustomerType.B2B, "华联贸易")).isEqualTo("华联贸易");
        assertThat(cipher.nameOf(CUSTOMER, CustomerType.B2B, "华联贸易")).isEqualTo("华联贸易");
        stored.clear();
        assertThat(cipher.nameOf(CUSTOMER, CustomerType.B2C, sealed)).isEqualTo("客户 9c1d3b52")
                .isEqualTo(PersonalDataCipher.pseudonym(CUSTOMER));
    }

    @Test
    void valuesSealedAfterAnErasureUseTheNextGenerationOfTheCustomerKey() {
        String before = cipher.sealText(CUSTOMER, PersonalDataCipher.customerKeyRef(0), "老客户回访");
        stored.clear();
        String after = cipher.sealText(CUSTOMER, PersonalDataCipher.customerKeyRef(1), "新的沟通");
        assertThat(after).startsWith("gcm2:g1:");
        assertThat(cipher.open(CUSTOMER, after)).isEqualTo("新的沟通");
        assertThat(cipher.open(CUSTOMER, before)).isEqualTo(PersonalDataCipher.ERASED);
    }

    @Test
    void aValueOfAnEarlierRevisionStoredInClearReadsAsItIs() {
        assertThat(cipher.open(CUSTOMER, "电话沟通了报价")).isEqualTo("电话沟通了报价");
    }

    @Test
    void aValueSealedForOneCustomerCannotBeOpenedAsAnothers() {
        SealedContact sealed = cipher.seal(CUSTOMER, "c1", WANG);
        String other = "0c1d3b52-6f0a-4a7e-8d2b-3e5f7a9b1c02";
        assertThatThrownBy(() -> cipher.reveal(other, sealed)).isInstanceOf(IllegalStateException.class);
    }

    private static SecretKey newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256);
            return generator.generateKey();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
