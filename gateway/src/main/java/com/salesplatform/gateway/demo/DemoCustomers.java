package com.salesplatform.gateway.demo;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Customers in several industries and regions with their contacts, a communication log of the last weeks, open
 * follow-ups (due later today, due in a minute — overdue right after seeding — and next week), satisfaction scores,
 * complaints (one open, one resolved) and credit limits. Follow-ups cannot be scheduled in the past, so "overdue"
 * ones are those that fall due a minute after the seeding.
 */
class DemoCustomers {

    private final DemoSteps steps;
    private final DemoCalendar calendar;

    DemoCustomers(DemoSteps steps, DemoCalendar calendar) {
        this.steps = steps;
        this.calendar = calendar;
    }

    void seed(List<DemoCustomer> customers) {
        for (DemoCustomer customer : customers) {
            if (register(customer) && customer.active()) {
                activate(customer);
                history(customer);
            }
        }
        credit(customers.get(3), "50000.00");
        credit(customers.get(4), "300000.00");
        complaints(customers.get(0), "实施进度延误", "第二期实施比计划晚了两周，客户要求给出补救方案。", false);
        complaints(customers.get(4), "终端扫码失败率偏高", "仓库 3 号线扫码终端失败率约 5%，已更换固件。", true);
        complaints(customers.get(8), "发票信息有误", "发票抬头写错，已重开。", true);
    }

    private boolean register(DemoCustomer customer) {
        Map<String, Object> lead = new LinkedHashMap<>();
        lead.put("id", customer.id());
        lead.put("name", customer.name());
        lead.put("type", "B2B");
        lead.put("industry", customer.industry());
        lead.put("region", customer.region());
        lead.put("channel", customer.channel());
        lead.put("contact", Map.of("name", customer.contact(), "phone", customer.phone(), "role", customer.role()));
        if (customer.actor().equals("admin")) {
            lead.put("ownerRepId", customer.ownerRepId());
        }
        // force: a customer somebody registered by hand under the same name does not stop the demo's own
        return steps.createEventually("customers", customer.actor(), "/api/customers/leads?force=true", lead);
    }

    private void activate(DemoCustomer customer) {
        String path = "/api/customers/" + customer.id();
        JsonNode profile = steps.read(customer.actor(), path);
        if (!profile.path("status").asText().equals("ACTIVE")) {
            steps.change("customer qualifications", customer.actor(), path + "/qualification", null);
            steps.change("customer conversions", customer.actor(), path + "/conversion", null);
        }
        if (profile.path("contacts").size() < 2) {
            steps.create("contacts", customer.actor(), path + "/contacts", Map.of("name", "财务部 刘会计",
                    "phone", "400-820-" + (1000 + customer.number()), "role", "财务"));
        }
        if (profile.path("satisfaction").path("count").asLong() == 0) {
            steps.create("satisfaction scores", customer.actor(), path + "/satisfaction",
                    Map.of("score", 3 + customer.number() % 3, "comment", "对响应速度满意，希望加强培训"));
        }
    }

    private void history(DemoCustomer customer) {
        String path = "/api/customers/" + customer.id();
        int n = customer.number();
        steps.fillIfEmpty("communications", customer.actor(), path + "/communications", () -> {
            communication(customer, "VISIT", calendar.daysAgo(20 + n, n), "首次拜访，了解" + customer.industry() + "业务现状",
                    "对方有数字化升级计划", "发送方案介绍");
            communication(customer, "CALL", calendar.daysAgo(9 + n % 5, n + 2), "电话沟通需求细节与预算",
                    "预算约在下季度确定", "安排技术交流");
            communication(customer, n % 2 == 0 ? "MEETING" : "EMAIL", calendar.daysAgo(2 + n % 3, n + 4),
                    "技术交流会，演示产品与实施方案", "客户认可方案", "准备报价");
        });
        steps.fillIfEmpty("follow-ups", customer.actor(), path + "/follow-ups", () -> {
            steps.create("follow-ups", customer.actor(), path + "/follow-ups",
                    Map.of("dueAt", calendar.laterToday(1 + n % 4), "purpose", "回访" + customer.contact() + "：确认方案反馈"));
            if (n % 2 == 1) {
                steps.create("follow-ups", customer.actor(), path + "/follow-ups",
                        Map.of("dueAt", calendar.inSeconds(60 + n * 5), "purpose", "催收报价回执（" + customer.contact() + "）"));
            }
            steps.create("follow-ups", customer.actor(), path + "/follow-ups",
                    Map.of("dueAt", calendar.inDays(3 + n % 4, 10), "purpose", "约见" + customer.role() + "，推进合同"));
        });
    }

    private void communication(DemoCustomer customer, String type, String at, String summary, String outcome,
                               String nextStep) {
        steps.create("communications", customer.actor(), "/api/customers/" + customer.id() + "/communications",
                Map.of("type", type, "occurredAt", at, "summary", summary, "outcome", outcome, "nextStep", nextStep));
    }

    private void credit(DemoCustomer customer, String limit) {
        JsonNode now = steps.read("admin", "/api/customers/" + customer.id()).path("creditLimit").path("amount");
        if (now.isNumber() && now.decimalValue().compareTo(new BigDecimal(limit)) == 0) {
            return;
        }
        steps.put("credit limits", "admin", "/api/customers/" + customer.id() + "/credit-limit",
                Map.of("amount", new BigDecimal(limit)));
    }

    private void complaints(DemoCustomer customer, String subject, String description, boolean resolved) {
        String path = "/api/customers/" + customer.id() + "/complaints";
        for (JsonNode complaint : steps.read(customer.actor(), path + "?size=50").path("items")) {
            if (complaint.path("subject").asText().equals(subject)) {
                return;
            }
        }
        String id = steps.createAndGetId("complaints", customer.actor(), path,
                Map.of("subject", subject, "description", description));
        if (id != null && resolved) {
            steps.change("complaint resolutions", customer.actor(), path + "/" + id + "/resolution",
                    Map.of("resolution", "已与客户确认处理结果，客户表示满意"));
        }
    }
}
