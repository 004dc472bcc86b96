package com.salesplatform.systemtests.deployment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

import io.fabric8.kubernetes.api.model.Quantity;

/** Resource quantities in plain numbers: memory in MiB, CPU in millicores. */
final class Quantities {

    private static final BigDecimal MIB = BigDecimal.valueOf(1024L * 1024L);

    private Quantities() {
    }

    static long mebibytes(Map<String, Quantity> resources, String where) {
        Quantity quantity = resources.get("memory");
        if (quantity == null) {
            throw new AssertionError(where + " has no memory");
        }
        return Quantity.getAmountInBytes(quantity).divide(MIB, RoundingMode.DOWN).longValueExact();
    }

    static long millicores(Map<String, Quantity> resources, String where) {
        Quantity quantity = resources.get("cpu");
        if (quantity == null) {
            throw new AssertionError(where + " has no cpu");
        }
        return Quantity.getAmountInBytes(quantity).multiply(BigDecimal.valueOf(1000))
                .setScale(0, RoundingMode.DOWN).longValueExact();
    }
}
