package com.salesplatform.orders.pricing;

import com.salesplatform.orders.order.api.OrderLine;
import com.salesplatform.orders.order.api.RequestedLine;
import com.salesplatform.orders.product.command.ProductCatalogue;
import com.salesplatform.platform.rejection.FieldRejectedException;
import com.salesplatform.platform.value.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Prices requested lines against the catalogue, for orders and quotes alike:
 * {@code lineTotal = quantity × unitPrice × (1 − discountPercent / 100)}, rounded half up to the cent per line.
 * A line whose net unit price is more than {@value #LARGE_DISCOUNT_PERCENT} % below its list price (by discount,
 * a lower unit price, or both) needs a MANAGER's approval.
 */
public final class LinePricing {

    static final int MAX_LINES = 200;
    static final int MAX_QUANTITY = 1_000_000;
    public static final BigDecimal LARGE_DISCOUNT_PERCENT = new BigDecimal("15");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private LinePricing() {
    }

    public static List<OrderLine> price(List<RequestedLine> requested, ProductCatalogue catalogue) {
        if (requested == null || requested.isEmpty()) {
            throw new FieldRejectedException("lines", "must hold at least one line");
        }
        if (requested.size() > MAX_LINES) {
            throw new FieldRejectedException("lines", "must hold at most " + MAX_LINES + " lines");
        }
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            lines.add(priceLine("lines[" + i + "].", requested.get(i), catalogue));
        }
        return List.copyOf(lines);
    }

    public static BigDecimal total(List<OrderLine> lines) {
        return lines.stream().map(OrderLine::lineTotal).reduce(Money.ZERO, BigDecimal::add);
    }

    /** The first line priced more than 15 % below its list price, if any. */
    public static java.util.Optional<OrderLine> lineNeedingApproval(List<OrderLine> lines) {
        return lines.stream().filter(LinePricing::needsApproval).findFirst();
    }

    private static boolean needsApproval(OrderLine line) {
        BigDecimal netUnitPrice = line.unitPrice().multiply(HUNDRED.subtract(line.discountPercent()));
        return netUnitPrice.compareTo(line.listPrice().multiply(HUNDRED.subtract(LARGE_DISCOUNT_PERCENT))) < 0;
    }

    private static OrderLine priceLine(String field, RequestedLine line, ProductCatalogue catalogue) {
        if (line == null || line.sku() == null || line.sku().isBlank()) {
            throw new FieldRejectedException(field + "sku", "must not be blank");
        }
        BigDecimal listPrice = catalogue.listPriceOf(line.sku())
                .orElseThrow(() -> new FieldRejectedException(field + "sku", "is not in the product catalogue"));
        if (line.quantity() < 1 || line.quantity() > MAX_QUANTITY) {
            throw new FieldRejectedException(field + "quantity", "must be between 1 and " + MAX_QUANTITY);
        }
        BigDecimal unitPrice = line.unitPrice() == null ? listPrice
                : Money.requirePositiveCents(field + "unitPrice", line.unitPrice());
        BigDecimal discount = line.discountPercent() == null ? BigDecimal.ZERO : line.discountPercent();
        if (discount.signum() < 0 || discount.compareTo(HUNDRED) >= 0 || discount.stripTrailingZeros().scale() > 2) {
            throw new FieldRejectedException(field + "discountPercent",
                    "must be from 0 to below 100 with at most 2 decimals");
        }
        BigDecimal lineTotal = Money.cents(unitPrice.multiply(HUNDRED.subtract(discount))
                .multiply(BigDecimal.valueOf(line.quantity())).divide(HUNDRED));
        return new OrderLine(line.sku(), line.quantity(), listPrice, unitPrice, discount.setScale(2), lineTotal);
    }
}
