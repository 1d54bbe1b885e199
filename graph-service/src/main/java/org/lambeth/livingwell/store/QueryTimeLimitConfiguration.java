package org.lambeth.livingwell.store;

import java.time.Duration;

import org.neo4j.driver.Driver;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Wraps the Driver bean so every statement has a time limit ({@link QueryTimeLimit}). */
@Configuration(proxyBeanMethods = false)
class QueryTimeLimitConfiguration {

    @Bean
    static BeanPostProcessor queryTimeLimit(Environment environment) {
        var limit = environment.getProperty("livingwell.neo4j.query-time-limit", Duration.class, Duration.ofSeconds(30));
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof Driver driver ? QueryTimeLimit.wrap(driver, limit) : bean;
            }
        };
    }
}
