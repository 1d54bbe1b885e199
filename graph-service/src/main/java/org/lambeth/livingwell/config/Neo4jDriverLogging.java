package org.lambeth.livingwell.config;

import org.neo4j.driver.Logging;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Neo4j driver logs through SLF4J. Its default logging formats every Bolt message it sends at DEBUG, parameters
 * included, before the level is checked: measured at about a tenth of a bulk load's CPU and most of its garbage,
 * and work done with people's data for nothing. SLF4J checks the level first (the driver is at WARN).
 */
@Configuration(proxyBeanMethods = false)
class Neo4jDriverLogging {

    @Bean
    ConfigBuilderCustomizer slf4jDriverLogging() {
        return builder -> builder.withLogging(Logging.slf4j());
    }
}
