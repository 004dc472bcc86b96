package com.salesplatform.gateway.demo;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The sales process: deals in every stage (a negotiation round on those in NEGOTIATION, won and lost ones with
 * their reasons), quotes (one more than 15 % below list price awaiting the manager's approval, one approved and
 * ordered), and orders in every state — placed, on credit hold, confirmed with a deposit, shipped, delivered and
 * unpaid (payment terms of 0 days: overdue from tomorrow), paid, and one whose payment the rep reported and the
 * manager has still to confirm. Orders are booked today: the API dates nothing in the past.
 */
class DemoSales {

    private static final List<String> OPEN_STAGES = List.of("NEEDS_ANALYSIS", "PROPOSAL", "NEGOTIATION");

    private final DemoSteps steps;
    private final DemoCalendar calendar;

    DemoSales(DemoSteps steps, DemoCalendar calendar) {
        this.steps = steps;
        this.calendar = calendar;
    }

    void seed(List<DemoCustomer> c) {
        deal(1, c.get(0), "华联门店 CRM 升级", "260000.00", "PROSPECTING");
        deal(2, c.get(1), "西湖智造生产线数据采集", "185000.00", "NEEDS_ANALYSIS");
        deal(3, c.get(2), "恒信电子销售云部署", "320000.00", "PROPOSAL");
        deal(4, c.get(3), "金陵医药门店扫码终端", "156000.00", "NEGOTIATION");
        deal(5, c.get(0), "华联总部 CRM 专业版续约", "119400.00", "WON");
        deal(6, c.get(1), "西湖智造仓储扫码试点", "78000.00", "LOST");
        deal(7, c.get(4), "港城物流全国网点 CRM", "420000.00", "NEGOTIATION");
        deal(8, c.get(5), "讯通信息培训服务包", "36000.00", "PROPOSAL");
        deal(9, c.get(6), "太湖新能源经销商管理", "210000.00", "PROSPECTING");
        deal(10, c.get(4), "港城物流扫码终端二期", "97500.00", "WON");
        deal(11, c.get(8), "珠江餐饮会员系统", "150000.00", "NEEDS_ANALYSIS");
        deal(12, c.get(9), "南山云创 CRM 企业版", "256000.00", "WON");
        deal(13, c.get(10), "天府农业渠道管理", "88000.00", "LOST");

        quote(1, c.get(2), "CRM-ENT", 2, "20.00", false);
        quote(2, c.get(5), "TRAIN-ONS", 3, "10.00", false);
        String ordered = quote(3, c.get(6), "CRM-PRO", 4, "18.00", true);

        order(1, c.get(0), List.of(line("CRM-PRO", 3, "0"), line("IMPL-STD", 5, "0")), 30, "PAID");
        order(2, c.get(1), List.of(line("SCAN-X2", 20, "5.00")), 30, "SHIPPED");
        order(3, c.get(4), List.of(line("CRM-ENT", 1, "0")), 0, "DELIVERED");
        order(4, c.get(5), List.of(line("TRAIN-ONS", 2, "0")), 15, "REPORTED");
        order(5, c.get(3), List.of(line("CRM-ENT", 1, "0")), 30, "HELD");
        order(6, c.get(2), List.of(line("IMPL-STD", 10, "10.00")), 30, "PLACED");
        order(7, c.get(9), List.of(line("CRM-ENT", 2, "0")), 30, "PAID");
        order(8, c.get(8), List.of(line("SCAN-X2", 40, "8.00"), line("IMPL-STD", 4, "0")), 45, "CONFIRMED");
        if (ordered != null) {
            fromQuote(9, c.get(6), ordered);
        }
    }

    private void deal(int n, DemoCustomer customer, String title, String amount, String stage) {
        String id = DemoIds.of("opportunity", n);
        String path = "/api/opportunities/" + id;
        Map<String, Object> body = Map.of("id", id, "customerId", customer.id(), "title", title,
                "expectedAmount", new BigDecimal(amount), "expectedCloseDate", calendar.today().plusDays(20 + 7L * n).toString());
        if (!steps.createEventually("deals", customer.actor(), "/api/opportunities", body)) {
            return;
        }
        String reached = stage.equals("WON") ? "NEGOTIATION" : stage.equals("LOST") ? "PROPOSAL" : stage;
        for (String next : OPEN_STAGES.subList(0, OPEN_STAGES.indexOf(reached) + 1)) {
            steps.change("deal stage changes", customer.actor(), path + "/stage", Map.of("stage", next));
        }
        if (reached.equals("NEGOTIATION")
                && steps.read(customer.actor(), path).path("negotiationRounds").isEmpty()) {
            BigDecimal offer = new BigDecimal(amount);
            steps.create("negotiation rounds", customer.actor(), path + "/negotiation-rounds",
                    Map.of("ourOffer", offer, "counterOffer", offer.multiply(new BigDecimal("0.88")).setScale(2),
                            "notes", "客户要求 12% 折扣，我方坚持按量阶梯优惠"));
        }
        if (stage.equals("WON")) {
            steps.change("deals won", customer.actor(), path + "/won",
                    Map.of("amount", new BigDecimal(amount), "reason", "方案契合度高，实施周期短"));
        } else if (stage.equals("LOST")) {
            steps.change("deals lost", customer.actor(), path + "/lost",
                    Map.of("reason", "价格高于竞品 15%", "competitor", "某国际 CRM 厂商"));
        }
    }

    private String quote(int n, DemoCustomer customer, String sku, int quantity, String discount, boolean approve) {
        String id = DemoIds.of("quote", n);
        Map<String, Object> body = Map.of("id", id, "customerId", customer.id(),
                "lines", List.of(line(sku, quantity, discount)), "validUntil", calendar.today().plusDays(30).toString());
        if (!steps.createEventually("quotes", customer.actor(), "/api/quotes", body)) {
            return null;
        }
        if (approve) {
            steps.change("quote approvals", "manager", "/api/quotes/" + id + "/approval", null);
        }
        return id;
    }

    private void fromQuote(int n, DemoCustomer customer, String quoteId) {
        String id = DemoIds.of("order", n);
        if (steps.create("orders", customer.actor(), "/api/orders",
                Map.of("id", id, "customerId", customer.id(), "quoteId", quoteId, "paymentTermsDays", 30))) {
            steps.change("order confirmations", customer.actor(), "/api/orders/" + id + "/confirmation", null);
        }
    }

    /**
     * Takes an order as far as {@code state}: PLACED, HELD (over the customer's credit limit), CONFIRMED (a 30 %
     * deposit), SHIPPED, DELIVERED, PAID, or REPORTED (the rep reported the customer's payment).
     */
    private void order(int n, DemoCustomer customer, List<Map<String, Object>> lines, int termsDays, String state) {
        String id = DemoIds.of("order", n);
        String path = "/api/orders/" + id;
        String overseer = customer.actor().equals("admin") ? "admin" : "manager";
        if (!steps.createEventually("orders", customer.actor(), "/api/orders",
                Map.of("id", id, "customerId", customer.id(), "lines", lines, "paymentTermsDays", termsDays))
                || state.equals("PLACED") || state.equals("HELD")) {
            return;
        }
        steps.change("order confirmations", customer.actor(), path + "/confirmation", null);
        JsonNode order = steps.read(overseer, path);
        BigDecimal total = order.path("total").decimalValue();
        if (state.equals("REPORTED")) {
            payUpTo(customer.actor(), path, total, total);
            return;
        }
        payUpTo(overseer, path, total, total.multiply(new BigDecimal("0.30")).setScale(2, java.math.RoundingMode.DOWN));
        if (state.equals("CONFIRMED")) {
            return;
        }
        steps.change("order shipments", overseer, path + "/shipment",
                Map.of("carrier", "顺丰速运", "trackingNumber", "SF" + (1_000_000_000L + n * 7_919L)));
        if (state.equals("SHIPPED")) {
            return;
        }
        steps.change("order deliveries", overseer, path + "/delivery", null);
        if (state.equals("PAID")) {
            payUpTo(overseer, path, total, total);
        }
    }

    /** Pays (or, as the owner, reports) what is missing up to {@code upTo}; nothing if a payment is there already. */
    private void payUpTo(String user, String path, BigDecimal total, BigDecimal upTo) {
        JsonNode payments = steps.read(user, path + "/payments?size=50").path("items");
        BigDecimal recorded = BigDecimal.ZERO;
        for (JsonNode payment : payments) {
            recorded = recorded.add(payment.path("amount").decimalValue());
        }
        BigDecimal missing = upTo.min(total).subtract(recorded);
        if (missing.signum() > 0) {
            steps.create("payments", user, path + "/payments", Map.of("amount", missing));
        }
    }

    private static Map<String, Object> line(String sku, int quantity, String discount) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("sku", sku);
        line.put("quantity", quantity);
        line.put("discountPercent", new BigDecimal(discount));
        return line;
    }
}
