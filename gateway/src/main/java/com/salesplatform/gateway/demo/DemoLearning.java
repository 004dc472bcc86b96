package com.salesplatform.gateway.demo;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Training, knowledge and meetings: two courses, a session held last week (both demo reps enrolled, attended and
 * passed) and one next week with enrolments, published knowledge-base articles of several kinds, and the demo
 * team's weekly meeting with minutes and action items.
 */
class DemoLearning {

    private final DemoSteps steps;
    private final DemoCalendar calendar;

    DemoLearning(DemoSteps steps, DemoCalendar calendar) {
        this.steps = steps;
        this.calendar = calendar;
    }

    void seed() {
        courses();
        articles();
        meeting();
    }

    private void courses() {
        String negotiation = DemoIds.of("course", 1);
        String product = DemoIds.of("course", 2);
        steps.create("courses", "admin", "/api/courses", Map.of("id", negotiation, "title", "大客户谈判技巧",
                "category", "NEGOTIATION", "format", "INTERNAL", "durationHours", 6, "passMark", 70,
                "certificationValidMonths", 24));
        steps.create("courses", "admin", "/api/courses", Map.of("id", product, "title", "销售云 CRM 产品知识",
                "category", "PRODUCT_KNOWLEDGE", "format", "INTERNAL", "durationHours", 4, "passMark", 60));
        String held = DemoIds.of("session", 1);
        if (steps.create("sessions", "admin", "/api/courses/" + product + "/sessions", Map.of("id", held,
                "startsAt", calendar.inDays(-7, 9), "trainer", "王经理", "capacity", 20, "location", "上海总部 3 楼培训室"))) {
            enrol(held);
            steps.change("attendances", "admin", "/api/sessions/" + held + "/attendance",
                    Map.of("repIds", List.of(steps.api().subject("rep1"), steps.api().subject("rep2"))));
            steps.change("course completions", "admin", "/api/sessions/" + held + "/completions",
                    Map.of("repId", steps.api().subject("rep1"), "score", 88));
            steps.change("course completions", "admin", "/api/sessions/" + held + "/completions",
                    Map.of("repId", steps.api().subject("rep2"), "score", 76));
        }
        String next = DemoIds.of("session", 2);
        if (steps.create("sessions", "admin", "/api/courses/" + negotiation + "/sessions", Map.of("id", next,
                "startsAt", calendar.inDays(7, 14), "trainer", "外聘讲师 李教授", "capacity", 12, "location", "线上（腾讯会议）"))) {
            enrol(next);
        }
    }

    private void enrol(String session) {
        for (String rep : List.of("rep1", "rep2")) {
            steps.change("enrolments", rep, "/api/sessions/" + session + "/enrollments", null);
        }
    }

    private void articles() {
        article(1, "SUCCESS_CASE", "成功案例：华联贸易 CRM 续约",
                "客户关注门店数据实时汇总。我们先做两家门店试点，用两周数据证明补货效率提升 18%，随后顺利续约专业版。",
                List.of("零售", "续约"));
        article(2, "SALES_SCRIPT", "电话开场话术：制造业客户",
                "您好，我是销售云的顾问。很多制造企业在生产线数据采集上遇到瓶颈，我们帮杭州一家工厂把报工时间缩短了一半……",
                List.of("制造", "话术"));
        article(3, "PLAYBOOK", "报价折扣审批指南",
                "折扣超过 15% 的报价需要经理审批。提交前请准备：客户预算依据、竞品报价、预计签约时间。审批通常在一个工作日内完成。",
                List.of("报价", "折扣", "审批"));
        article(4, "FAILURE_LESSON", "失败教训：仓储扫码试点丢单",
                "客户最终选择了价格低 15% 的竞品。复盘：我们过晚邀请技术团队参与，方案没有覆盖离线扫码场景。",
                List.of("复盘", "竞品"));
        article(5, "PRODUCT_FAQ", "扫码终端常见问题",
                "问：X2 终端支持哪些条码？答：一维码、二维码及 DPM 码。问：质保多久？答：整机两年，电池一年。",
                List.of("硬件", "FAQ"));
    }

    private void article(int n, String kind, String title, String body, List<String> tags) {
        String id = DemoIds.of("article", n);
        if (steps.create("articles", "manager", "/api/knowledge/articles",
                Map.of("id", id, "kind", kind, "title", title, "body", body, "tags", tags))
                && !steps.read("manager", "/api/knowledge/articles/" + id).path("status").asText().equals("PUBLISHED")) {
            steps.change("article publications", "manager", "/api/knowledge/articles/" + id + "/publication", null);
        }
    }

    private void meeting() {
        String id = DemoIds.of("meeting", calendar.month());
        String rep1 = steps.api().subject("rep1");
        String rep2 = steps.api().subject("rep2");
        if (!steps.create("meetings", "manager", "/api/meetings", Map.of("id", id, "kind", "TEAM",
                "scheduledAt", calendar.daysAgo(1, 0), "agenda", "华东销售一组周例会\n1. 本月目标进度\n2. 重点商机\n3. 回款风险",
                "participantRepIds", List.of(rep1, rep2)))) {
            return;
        }
        JsonNode meeting = steps.read("manager", "/api/meetings/" + id);
        if (meeting.path("minutes").isTextual() && !meeting.path("minutes").asText().isBlank()) {
            return;
        }
        steps.change("meeting minutes", "manager", "/api/meetings/" + id + "/minutes", Map.of(
                "minutes", "本月团队目标完成约四成。港城物流全国网点项目进入谈判，需经理支持价格策略；金陵医药订单因信用额度被暂停，需财务评估。",
                "actionItems", List.of(
                        Map.of("description", "准备港城物流阶梯报价方案", "ownerId", rep2, "dueAt", calendar.inDays(2, 18)),
                        Map.of("description", "跟进金陵医药信用额度申请", "ownerId", rep1, "dueAt", calendar.inDays(3, 18)))));
    }
}
