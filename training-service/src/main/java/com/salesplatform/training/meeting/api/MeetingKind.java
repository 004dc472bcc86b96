package com.salesplatform.training.meeting.api;

/** 团队沟通 (TEAM), 经验分享 (EXPERIENCE_SHARING), 跨部门沟通 (CROSS_DEPARTMENT). */
public enum MeetingKind {
    TEAM, EXPERIENCE_SHARING, CROSS_DEPARTMENT
}
