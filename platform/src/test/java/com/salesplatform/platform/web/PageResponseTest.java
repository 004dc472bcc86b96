package com.salesplatform.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PageResponseTest {

    private static final List<Integer> SEVEN = IntStream.rangeClosed(1, 7).boxed().toList();

    @Test
    void aPageOfAWholeListHoldsItsSliceAndCountsTheWhole() {
        PageResponse<Integer> second = PageResponse.pageOf(SEVEN, new PageQuery(1, 3));

        assertThat(second.items()).containsExactly(4, 5, 6);
        assertThat(second.totalItems()).isEqualTo(7);
        assertThat(second.totalPages()).isEqualTo(3);
        assertThat(PageResponse.pageOf(SEVEN, new PageQuery(2, 3)).items()).containsExactly(7);
    }

    @Test
    void aPageBeyondTheEndIsEmptyButStillCountsTheWhole() {
        PageResponse<Integer> beyond = PageResponse.pageOf(SEVEN, new PageQuery(Integer.MAX_VALUE, 200));

        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.totalItems()).isEqualTo(7);
        assertThat(beyond.page()).isEqualTo(Integer.MAX_VALUE);
    }
}
