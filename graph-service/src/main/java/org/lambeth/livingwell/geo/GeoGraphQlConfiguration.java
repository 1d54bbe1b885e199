package org.lambeth.livingwell.geo;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Registers the geometry scalar with GraphQL. */
@Configuration(proxyBeanMethods = false)
class GeoGraphQlConfiguration {

    @Bean
    RuntimeWiringConfigurer geoJsonScalar() {
        return wiring -> wiring.scalar(GeoJsonScalar.INSTANCE);
    }
}
