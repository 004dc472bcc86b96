package com.salesplatform.customers.customer.api;

/** Which customers a caller may see: all, those owned by reps of {@code teamId}, and those owned by {@code repId}. */
public record CustomerVisibility(boolean all, String teamId, String repId) {

    public static CustomerVisibility everyCustomer() {
        return new CustomerVisibility(true, null, null);
    }

    public static CustomerVisibility teamAndOwn(String teamId, String repId) {
        return new CustomerVisibility(false, teamId, repId);
    }

    public static CustomerVisibility onlyOwn(String repId) {
        return new CustomerVisibility(false, null, repId);
    }
}
