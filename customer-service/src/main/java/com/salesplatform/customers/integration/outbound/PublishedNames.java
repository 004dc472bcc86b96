package com.salesplatform.customers.integration.outbound;

import com.salesplatform.customers.customer.api.CustomerType;
import com.salesplatform.customers.personaldata.PersonalDataCipher;

/** The customer name the topic carries: a company's as it is, a person's (B2C) never — their pseudonym instead. */
final class PublishedNames {

    private PublishedNames() {
    }

    static String of(String customerId, CustomerType type, String storedName) {
        return type == CustomerType.B2C ? PersonalDataCipher.pseudonym(customerId) : storedName;
    }
}
