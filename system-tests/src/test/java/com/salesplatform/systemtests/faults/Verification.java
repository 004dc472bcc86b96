package com.salesplatform.systemtests.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.salesplatform.systemtests.Gateway;
import com.salesplatform.systemtests.Gateway.Response;
import com.salesplatform.systemtests.faults.Ledger.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares what the writers were told with what the platform holds: every acknowledged write in its owning service
 * and exactly once in the read models that should have it, nothing stored of a write the gateway refused.
 * Read models: reporting-service's target-attainment report (one row per target) and its sales trend filtered by
 * the run's product (orders, booked revenue and collected payments of this run only).
 */
final class Verification {

    private static final ZoneId ZONE = ZoneId.of(System.getenv().getOrDefault("SALES_TIME_ZONE", "Asia/Shanghai"));

    /** What was found; clean when nothing is lost, doubled or stored against a refusal. */
    record Verdict(long acknowledged, long lost, long duplicated, long storedRefused, List<String> problems) {
        boolean clean() {
            return problems.isEmpty();
        }

        @Override
        public String toString() {
            return "acknowledged " + acknowledged + ", lost " + lost + ", duplicated " + duplicated
                    + ", stored although refused " + storedRefused + (problems.isEmpty() ? "" : ": " + problems);
        }
    }

    private final Gateway gateway;
    private final FaultRun run;
    private final Ledger ledger;

    Verification(Gateway gateway, FaultRun run, Ledger ledger) {
        this.gateway = gateway;
        this.run = run;
        this.ledger = ledger;
    }

    Verdict check() {
        String token = gateway.token("admin", "admin");
        List<String> problems = new ArrayList<>();
        long lost = 0;
        long duplicated = 0;
        long storedRefused = 0;

        Set<String> targets = ledger.acknowledged(Kind.TARGET);
        Map<String, Integer> owned = count(items("/api/targets?period=" + run.period, token), "id");
        Map<String, Integer> reported = count(items("/api/reports/target-attainment?period=" + run.period, token),
                "targetId");
        for (String target : targets) {
            lost += missing(problems, "target in targets-service", target, owned);
            lost += missing(problems, "target in the attainment report", target, reported);
        }
        duplicated += extra(problems, "targets-service", targets, owned);
        duplicated += extra(problems, "attainment report", targets, reported);

        Map<String, BigDecimal> paid = new HashMap<>();
        for (JsonNode order : items("/api/orders?customerId=" + run.customer(), token)) {
            if (paid.put(order.path("id").asText(), order.path("paid").decimalValue()) != null) {
                duplicated++;
                problems.add("order listed twice: " + order.path("id").asText());
            }
        }
        Set<String> orders = ledger.acknowledged(Kind.ORDER);
        Map<String, BigDecimal> payments = ledger.paymentsByOrder();
        BigDecimal acknowledgedPayments = BigDecimal.ZERO;
        for (String order : orders) {
            BigDecimal expected = payments.getOrDefault(order, BigDecimal.ZERO);
            acknowledgedPayments = acknowledgedPayments.add(expected);
            if (!paid.containsKey(order)) {
                lost++;
                problems.add("order not in orders-service: " + order);
            } else if (paid.get(order).compareTo(expected) != 0) {
                problems.add("order " + order + " paid " + paid.get(order) + ", acknowledged " + expected);
                if (paid.get(order).compareTo(expected) > 0) {
                    duplicated++;
                } else {
                    lost++;
                }
            }
        }
        if (paid.size() > orders.size()) {
            problems.add((paid.size() - orders.size()) + " orders in orders-service that were never acknowledged");
        }
        JsonNode trend = trend(token);
        long trendOrders = 0;
        BigDecimal booked = BigDecimal.ZERO;
        BigDecimal collected = BigDecimal.ZERO;
        for (JsonNode bucket : trend.path("items")) {
            trendOrders += bucket.path("orders").asLong();
            booked = booked.add(bucket.path("bookedRevenue").decimalValue());
            collected = collected.add(bucket.path("collected").decimalValue());
        }
        if (trendOrders != orders.size()) {
            problems.add("sales trend counts " + trendOrders + " orders, acknowledged " + orders.size());
            lost += Math.max(0, orders.size() - trendOrders);
            duplicated += Math.max(0, trendOrders - orders.size());
        }
        BigDecimal expectedBooked = MixedLoad.ORDER_TOTAL.multiply(BigDecimal.valueOf(orders.size()));
        if (booked.compareTo(expectedBooked) != 0) {
            problems.add("sales trend books " + booked + ", acknowledged " + expectedBooked);
        }
        if (collected.compareTo(acknowledgedPayments) != 0) {
            problems.add("sales trend collected " + collected + ", acknowledged payments " + acknowledgedPayments);
            long difference = collected.subtract(acknowledgedPayments).divide(MixedLoad.PAYMENT).longValue();
            if (difference > 0) {
                duplicated += difference;
            } else {
                lost -= difference;
            }
        }

        Set<String> leads = ledger.acknowledged(Kind.LEAD);
        for (String lead : leads) {
            int status = gateway.get("/api/customers/" + lead, token).status();
            if (status != 200) {
                lost++;
                problems.add("lead " + lead + " answers " + status);
            }
        }

        storedRefused += stored(problems, "/api/targets/", ledger.refused(Kind.TARGET), token);
        storedRefused += stored(problems, "/api/customers/", ledger.refused(Kind.LEAD), token);
        storedRefused += stored(problems, "/api/orders/", ledger.refused(Kind.ORDER), token);

        long acknowledged = targets.size() + orders.size() + leads.size()
                + payments.values().stream().mapToLong(p -> p.divide(MixedLoad.PAYMENT).longValue()).sum();
        return new Verdict(acknowledged, lost, duplicated, storedRefused, problems.size() > 20
                ? List.copyOf(problems.subList(0, 20)) : List.copyOf(problems));
    }

    private JsonNode trend(String token) {
        LocalDate today = LocalDate.now(ZONE);
        Response response = gateway.get("/api/reports/sales-trend?granularity=DAY&sku=" + run.sku + "&from="
                + today.minusDays(2) + "&to=" + today.plusDays(1) + "&size=200", token);
        ok(response);
        return response.json();
    }

    /** Every item of every page of a paged list. */
    private List<JsonNode> items(String query, String token) {
        String separator = query.contains("?") ? "&" : "?";
        Response first = gateway.get(query + separator + "size=200", token);
        ok(first);
        List<JsonNode> items = new ArrayList<>();
        first.json().path("items").forEach(items::add);
        int firstPage = first.json().path("page").asInt(0);
        int totalPages = first.json().path("totalPages").asInt(1);
        for (int page = firstPage + 1; page < firstPage + totalPages; page++) {
            Response next = gateway.get(query + separator + "size=200&page=" + page, token);
            ok(next);
            next.json().path("items").forEach(items::add);
        }
        return items;
    }

    private static void ok(Response response) {
        if (response.status() != 200) {
            throw new AssertionError(response.describe());
        }
    }

    private static Map<String, Integer> count(List<JsonNode> items, String field) {
        Map<String, Integer> counts = new HashMap<>();
        items.forEach(item -> counts.merge(item.path(field).asText(), 1, Integer::sum));
        return counts;
    }

    private static int missing(List<String> problems, String what, String id, Map<String, Integer> found) {
        if (found.containsKey(id)) {
            return 0;
        }
        problems.add(what + " missing: " + id);
        return 1;
    }

    private static long extra(List<String> problems, String where, Set<String> acknowledged,
                              Map<String, Integer> found) {
        long extra = 0;
        for (Map.Entry<String, Integer> entry : found.entrySet()) {
            if (entry.getValue() > 1) {
                extra += entry.getValue() - 1;
                problems.add(entry.getKey() + " " + entry.getValue() + " times in the " + where);
            }
            if (!acknowledged.contains(entry.getKey())) {
                problems.add(entry.getKey() + " in the " + where + " but never acknowledged");
            }
        }
        return extra;
    }

    private long stored(List<String> problems, String path, Set<String> refused, String token) {
        long stored = 0;
        for (String id : refused) {
            int status = gateway.get(path + id, token).status();
            if (status != 404) {
                stored++;
                problems.add(path + id + " was refused (503) but answers " + status);
            }
        }
        return stored;
    }
}
