package com.salesplatform.platform.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class PostgresDuplicateKeyResolverTest {

    private final PostgresDuplicateKeyResolver resolver = new PostgresDuplicateKeyResolver();

    @Test
    void recognisesAUniqueViolationBehindABatchFailure() {
        var batch = new BatchUpdateException("Batch entry 0 was aborted", "00000", 0, new int[0]);
        batch.setNextException(new SQLException("duplicate key value", "23505"));

        assertThat(resolver.isDuplicateKeyViolation(new RuntimeException("append failed", batch))).isTrue();
    }

    @Test
    void otherFailuresAreNotDuplicates() {
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("connection refused", "08001"))).isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("boom"))).isFalse();
    }
}
