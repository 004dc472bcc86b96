package com.salesplatform.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.salesplatform.platform.axon.AxonProblemDetailsAdvice;
import com.salesplatform.platform.config.PlatformProperties;
import com.salesplatform.platform.security.CallerIdentityArgumentResolver;
import com.salesplatform.platform.web.input.AcceptedInputModule;
import com.salesplatform.platform.web.input.AcceptedParameters;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.eventsourcing.IncompatibleAggregateException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@AutoConfiguration(before = WebMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(PlatformProperties.class)
public class PlatformWebAutoConfiguration implements WebMvcConfigurer {

    @Bean
    public FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        var registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    public ProblemDetailsExceptionHandler problemDetailsExceptionHandler() {
        return new ProblemDetailsExceptionHandler();
    }

    /**
     * JSON bodies are read with {@link AcceptedInputModule} (on a copy of the application's mapper, so that stored
     * events are still read as they are), and CSV is written from the same JSON serialization.
     */
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        ObjectMapper json = null;
        for (HttpMessageConverter<?> converter : converters) {
            if (converter instanceof MappingJackson2HttpMessageConverter jackson) {
                jackson.setObjectMapper(jackson.getObjectMapper().copy().registerModule(new AcceptedInputModule()));
                json = json == null ? jackson.getObjectMapper() : json;
            }
        }
        converters.add(new CsvHttpMessageConverter(json == null ? new ObjectMapper().findAndRegisterModules() : json));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AcceptedParameters());
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, LocalDate.class, AcceptedParameters.dates());
        registry.addConverter(String.class, Instant.class, AcceptedParameters.instants());
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CallerIdentityArgumentResolver());
        resolvers.add(new PageQueryArgumentResolver());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({AggregateNotFoundException.class, IncompatibleAggregateException.class})
    static class AxonErrors {
        @Bean
        AxonProblemDetailsAdvice axonProblemDetailsAdvice() {
            return new AxonProblemDetailsAdvice();
        }
    }
}
