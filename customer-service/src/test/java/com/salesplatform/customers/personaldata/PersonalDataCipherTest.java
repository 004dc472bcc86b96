package com.salesplatform.customers.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import com.salesplatform.customers.customer.api.ContactInput;
import com.salesplatform.customers.customer.api.SealedContact;
import java.util.Optional;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PersonalDataCipherTest {

    private static final String CUSTOMER = "9c1d3b52-6f0a-4a7e-8d2b-3e5f7a9b1c01";
    private static final ContactInput WANG = new ContactInput("王芳", "+86 138 0000 0000", "wang@example.cn", "采购");

    private CustomerKeys keys;
    private PersonalDataCipher cipher;
    private SecretKey key;

    @BeforeEach
    void setUp() throws Exception {
        KeyGenerator generator = KeyGenerator.getInstance("AES");
        generator.init(256);
        key = generator.generateKey();
        keys = mock(CustomerKeys.class);
        given(keys.obtain(CUSTOMER)).willReturn(key);
        given(keys.find(CUSTOMER)).willReturn(Optional.of(key));
        cipher = new PersonalDataCipher(keys);
    }

    @Test
    void sealsEachPersonalFieldSoThatNothingOfItIsReadableAndOpensItAgain() {
        SealedContact sealed = cipher.seal(CUSTOMER, "c1", WANG);
        assertThat(sealed.role()).isEqualTo("采购");
        assertThat(sealed.toString()).doesNotContain("王芳", "+86 138 0000 0000", "13800000000", "wang@example.cn");
        assertThat(sealed.name()).startsWith("gcm1:");
        assertThat(cipher.seal(CUSTOMER, "c1", WANG).name()).as("a fresh nonce each time").isNotEqualTo(sealed.name());
        assertThat(cipher.reveal(CUSTOMER, sealed))
                .isEqualTo(new RevealedContact("c1", "王芳", "+86 138 0000 0000", "wang@example.cn", "采购", false));
    }

    @Test
    void keepsAbsentFieldsAbsent() {
        SealedContact sealed = cipher.seal(CUSTOMER, "c1", new ContactInput("王芳", null, null, null));
        assertThat(sealed.phone()).isNull();
        assertThat(cipher.reveal(CUSTOMER, sealed).email()).isNull();
    }

    @Test
    void readsErasedOnceTheKeyIsGone() {
        SealedContact sealed = cipher.seal(CUSTOMER, "c1", WANG);
        given(keys.find(CUSTOMER)).willReturn(Optional.empty());
        assertThat(cipher.reveal(CUSTOMER, sealed)).isEqualTo(new RevealedContact("c1", PersonalDataCipher.ERASED,
                PersonalDataCipher.ERASED, PersonalDataCipher.ERASED, "采购", true));
    }

    @Test
    void aValueSealedForOneCustomerCannotBeOpenedAsAnothers() {
        SealedContact sealed = cipher.seal(CUSTOMER, "c1", WANG);
        String other = "0c1d3b52-6f0a-4a7e-8d2b-3e5f7a9b1c02";
        given(keys.find(other)).willReturn(Optional.of(key));
        assertThatThrownBy(() -> cipher.reveal(other, sealed)).isInstanceOf(IllegalStateException.class);
    }
}
