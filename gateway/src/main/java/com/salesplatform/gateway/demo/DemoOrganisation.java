package com.salesplatform.gateway.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The organisation: a second team (华南销售一组) with two reps, the product catalogue, and this quarter's company
 * revenue target decomposed into its months, each month allocated to the two teams, and this month's team targets
 * allocated to their reps. Targets of an ended period cannot be set, but a decomposition creates the quarter's
 * earlier months too.
 */
class DemoOrganisation {

    static final String DEMO_TEAM = "5a1e5000-0000-4000-8000-000000000001";
    static final String SOUTH_TEAM = "5a1e5000-0000-4000-8000-000000000002";
    static final String SOUTH_REP_1 = "5a1e5000-0000-4000-8000-0000000000d1";
    static final String SOUTH_REP_2 = "5a1e5000-0000-4000-8000-0000000000d2";
    static final BigDecimal QUARTER_REVENUE = new BigDecimal("3000000.00");

    private final DemoSteps steps;
    private final DemoCalendar calendar;

    DemoOrganisation(DemoSteps steps, DemoCalendar calendar) {
        this.steps = steps;
        this.calendar = calendar;
    }

    void seed() {
        roster();
        catalogue();
        targets();
    }

    private void roster() {
        steps.create("teams", "admin", "/api/teams", Map.of("id", SOUTH_TEAM, "name", "华南销售一组"));
        steps.createEventually("reps", "admin", "/api/reps", Map.of("id", SOUTH_REP_1, "name", "陈晓明",
                "teamId", SOUTH_TEAM, "grade", 3, "hiredOn", "2023-09-01"));
        steps.createEventually("reps", "admin", "/api/reps", Map.of("id", SOUTH_REP_2, "name", "林佳怡",
                "teamId", SOUTH_TEAM, "grade", 2, "hiredOn", "2025-02-17"));
    }

    private void catalogue() {
        product("CRM-PRO", "销售云 CRM 专业版（年订阅）", "软件", "39800.00");
        product("CRM-ENT", "销售云 CRM 企业版（年订阅）", "软件", "128000.00");
        product("SCAN-X2", "X2 工业扫码终端", "硬件", "3900.00");
        product("IMPL-STD", "标准实施服务（人天）", "服务", "2800.00");
        product("TRAIN-ONS", "现场培训（天）", "服务", "6000.00");
    }

    private void product(String sku, String name, String category, String price) {
        steps.create("products", "admin", "/api/products", Map.of("sku", sku, "name", name, "category", category,
                "listPrice", new BigDecimal(price)));
    }

    private void targets() {
        String company = DemoIds.of("company-target", calendar.quarter());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", company);
        body.put("scope", "COMPANY");
        body.put("period", calendar.quarter());
        body.put("metric", "REVENUE");
        body.put("amount", QUARTER_REVENUE);
        body.put("specific", "本季度全公司新签合同额 300 万元");
        body.put("achievable", "上季度实际 265 万元，两个团队各新增重点行业客户");
        body.put("relevant", "支撑年度营收增长 15% 的公司战略");
        if (!steps.create("targets", "admin", "/api/targets", body)) {
            return;
        }
        steps.change("target decompositions", "admin", "/api/targets/" + company + "/decomposition",
                Map.of("granularity", "MONTH"));
        steps.change("target activations", "admin", "/api/targets/" + company + "/activation", null);
        // this month first: its allocation waits for the new team in the roster replica, the others need not
        List<JsonNode> months = new ArrayList<>();
        steps.read("admin", "/api/targets/" + company).path("children").forEach(months::add);
        months.sort(java.util.Comparator.comparing(m -> !m.path("period").asText().equals(calendar.month())));
        for (JsonNode month : months) {
            String monthId = month.path("id").asText();
            boolean thisMonth = month.path("period").asText().equals(calendar.month());
            if (allocate(monthId, "TEAM", List.of(DEMO_TEAM, SOUTH_TEAM), List.of("0.6", "0.4")) && thisMonth) {
                teamToReps(monthId, DEMO_TEAM, List.of(steps.api().subject("rep1"), steps.api().subject("rep2")));
                teamToReps(monthId, SOUTH_TEAM, List.of(SOUTH_REP_1, SOUTH_REP_2));
            }
        }
    }

    private void teamToReps(String monthId, String team, List<String> reps) {
        teamTarget(monthId, team).ifPresent(teamTarget -> allocate(teamTarget, "REP", reps, List.of("0.55", "0.45")));
    }

    /** The team's share of the month, a target the allocation creates a moment later (a processor). */
    private Optional<String> teamTarget(String monthId, String team) {
        long until = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < until) {
            for (JsonNode child : steps.read("admin", "/api/targets/" + monthId).path("children")) {
                if (child.path("scope").asText().equals("TEAM") && child.path("ownerId").asText().equals(team)) {
                    return Optional.of(child.path("id").asText());
                }
            }
            DemoApi.sleep(java.time.Duration.ofSeconds(1));
        }
        throw new DemoDataException("the team target of " + team + " under " + monthId + " did not appear");
    }

    /** Splits the target by the shares (the last owner takes the remainder), unless it is allocated already. */
    private boolean allocate(String targetId, String scope, List<String> owners, List<String> shares) {
        JsonNode target = steps.read("admin", "/api/targets/" + targetId);
        if (!target.path("allocations").isEmpty()) {
            return true;
        }
        BigDecimal amount = target.path("amount").decimalValue();
        List<Map<String, Object>> allocations = new ArrayList<>();
        BigDecimal rest = amount;
        for (int i = 0; i < owners.size(); i++) {
            BigDecimal share = i == owners.size() - 1 ? rest
                    : amount.multiply(new BigDecimal(shares.get(i))).setScale(2, RoundingMode.DOWN);
            rest = rest.subtract(share);
            allocations.add(Map.of("scope", scope, "ownerId", owners.get(i), "amount", share));
        }
        return steps.createEventually("target allocations", "admin", "/api/targets/" + targetId + "/allocations",
                Map.of("allocations", allocations));
    }
}
