package com.salesplatform.platform.idempotency;

import com.salesplatform.platform.config.PlatformProperties;
import com.salesplatform.platform.database.SchemaMigration;
import java.time.Clock;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * {@code Idempotency-Key} on every POST of a service with a database. Not part of the {@code @WebMvcTest} slice:
 * a slice has no database, and its requests pass through unchanged.
 */
@AutoConfiguration(after = {JdbcTemplateAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean({JdbcTemplate.class, PlatformTransactionManager.class})
@EnableConfigurationProperties(PlatformProperties.class)
public class IdempotencyAutoConfiguration {

    @Bean
    public SchemaMigration idempotencySchemaMigration() {
        return new SchemaMigration("classpath:db/idempotency", "idempotency_schema_history", 2);
    }

    @Bean
    IdempotencyStore idempotencyStore(JdbcTemplate jdbc, Clock clock, PlatformProperties properties) {
        return new IdempotencyStore(jdbc, clock, properties.idempotency().retention());
    }

    @Bean
    IdempotencyPurge idempotencyPurge(IdempotencyStore store, PlatformProperties properties) {
        return new IdempotencyPurge(store, properties.idempotency().purgeInterval());
    }

    /** Right after Spring Security's filter chain: the caller is known, nothing of the request has run yet. */
    @Bean
    public FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(IdempotencyStore store,
                                                                       PlatformTransactionManager transactionManager,
                                                                       BeanFactory beans) {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        var registration = new FilterRegistrationBean<>(new IdempotencyFilter(store, transaction,
                () -> beans.getBean("handlerExceptionResolver", HandlerExceptionResolver.class)));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    @Bean
    IdempotencyProblemAdvice idempotencyProblemAdvice() {
        return new IdempotencyProblemAdvice();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(OperationCustomizer.class)
    static class OpenApi {
        @Bean
        OperationCustomizer idempotencyKeyOperationCustomizer() {
            return new IdempotencyKeyOperationCustomizer();
        }
    }
}
