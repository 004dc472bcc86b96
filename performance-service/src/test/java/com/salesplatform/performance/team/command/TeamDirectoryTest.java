package com.salesplatform.performance.team.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TeamDirectoryTest {

    @Test
    void namesAreComparedIgnoringCaseAndBlanks() {
        assertThat(TeamDirectory.key(" East  Team\t1 ")).isEqualTo(TeamDirectory.key("east team 1"));
        assertThat(TeamDirectory.key("华东销售一组")).isEqualTo(TeamDirectory.key(" 华东销售一组"));
        assertThat(TeamDirectory.key("华东销售一组")).isNotEqualTo(TeamDirectory.key("华东销售二组"));
    }
}
