package com.salesplatform.customers.personaldata;

/**
 * A contact person as read back: name, phone and e-mail in clear, or {@link PersonalDataCipher#ERASED} once the
 * customer's personal data was erased ({@code erased}).
 */
public record RevealedContact(String id, String name, String phone, String email, String role,
                              boolean erased) {
}
