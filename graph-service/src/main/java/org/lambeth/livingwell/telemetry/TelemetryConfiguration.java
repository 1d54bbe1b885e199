package org.lambeth.livingwell.telemetry;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.integration.Slf4jThreadLocalAccessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.graphql.observation.ExecutionRequestObservationConvention;

/**
 * The request id filter (first of all, so even a refused request's log lines and answer carry the id), the
 * {@code graphql.request} tags, and the MDC's request id carried to the threads Spring for GraphQL hands work to (its
 * context propagation restores the registered thread locals around data fetchers and exception resolvers).
 */
@Configuration(proxyBeanMethods = false)
class TelemetryConfiguration {

    static {
        ContextRegistry.getInstance().registerThreadLocalAccessor(new Slf4jThreadLocalAccessor(RequestIds.MDC_KEY));
    }

    @Bean
    @ConditionalOnWebApplication
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        var registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    ExecutionRequestObservationConvention graphQlRequestObservationConvention() {
        return new RootFieldsObservationConvention();
    }
}
