package org.lambeth.livingwell.ops;

import java.util.EnumSet;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The shutdown gate first of all filters; the database-unavailable answer outside the security chain. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class OpsConfiguration {

    @Bean
    ShutdownGate shutdownGate() {
        return new ShutdownGate();
    }

    @Bean
    FilterRegistrationBean<ShutdownGate> shutdownGateRegistration(ShutdownGate gate) {
        var registration = new FilterRegistrationBean<>(gate);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Before the security chain (an API key is looked up there) and on async dispatches (where MVC rethrows). */
    @Bean
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter() {
        var registration = new FilterRegistrationBean<>(new DatabaseUnavailableFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC));
        return registration;
    }
}
