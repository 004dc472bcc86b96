package com.salesplatform.gateway.demo;

import java.util.List;

/**
 * A customer of the demo: who acts for its owner ({@code actor}: the owner's demo user, or admin for the second
 * team's reps, who cannot sign in), where it is, whom to call. {@code active}: qualified and converted, with a
 * history; otherwise a fresh lead.
 */
record DemoCustomer(int number, String actor, String ownerRepId, String name, String industry, String region,
                    String channel, String contact, String phone, String role, boolean active) {

    String id() {
        return DemoIds.of("customer", number);
    }

    static List<DemoCustomer> all(DemoApi api) {
        String rep1 = api.subject("rep1");
        String rep2 = api.subject("rep2");
        String south1 = DemoOrganisation.SOUTH_REP_1;
        String south2 = DemoOrganisation.SOUTH_REP_2;
        return List.of(
                new DemoCustomer(1, "rep1", rep1, "上海华联贸易有限公司", "零售", "华东", "EXHIBITION", "王芳",
                        "+86 138 0013 1111", "采购经理", true),
                new DemoCustomer(2, "rep1", rep1, "杭州西湖智能制造有限公司", "制造", "华东", "REFERRAL", "赵磊",
                        "0571-8765-4321", "生产总监", true),
                new DemoCustomer(3, "rep1", rep1, "苏州恒信电子科技有限公司", "电子", "华东", "WEBSITE", "孙丽",
                        "+86 139 1234 5678", "信息部主管", true),
                new DemoCustomer(4, "rep1", rep1, "南京金陵医药连锁有限公司", "医药", "华东", "PHONE", "周强",
                        "025-8420-1188", "运营副总", true),
                new DemoCustomer(5, "rep2", rep2, "宁波港城物流有限公司", "物流", "华东", "EXHIBITION", "吴敏",
                        "+86 135 7412 3698", "总经理助理", true),
                new DemoCustomer(6, "rep2", rep2, "合肥讯通信息技术有限公司", "信息技术", "华东", "SOCIAL_MEDIA", "郑浩",
                        "0551-6528-9900", "技术总监", true),
                new DemoCustomer(7, "rep2", rep2, "无锡太湖新能源科技有限公司", "新能源", "华东", "EMAIL", "钱静",
                        "+86 186 5100 2233", "采购专员", true),
                new DemoCustomer(8, "rep1", rep1, "温州瓯江服饰有限公司", "服装", "华东", "PHONE", "黄小燕",
                        "+86 177 5888 0101", "店长", false),
                new DemoCustomer(9, "admin", south1, "广州珠江餐饮管理有限公司", "餐饮", "华南", "REFERRAL", "何志强",
                        "020-3888-6677", "财务经理", true),
                new DemoCustomer(10, "admin", south1, "深圳南山云创软件有限公司", "软件", "华南", "WEBSITE", "罗婷",
                        "+86 136 0255 7788", "CTO", true),
                new DemoCustomer(11, "admin", south2, "成都天府农业发展有限公司", "农业", "西南", "EXHIBITION", "邓建国",
                        "028-8555-1234", "副总经理", true),
                new DemoCustomer(12, "admin", south2, "北京中关村教育科技有限公司", "教育", "华北", "SOCIAL_MEDIA", "冯雪",
                        "+86 132 1100 4455", "市场总监", false));
    }
}
