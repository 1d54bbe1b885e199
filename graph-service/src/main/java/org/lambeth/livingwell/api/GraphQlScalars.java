package org.lambeth.livingwell.api;

import graphql.scalars.ExtendedScalars;
import org.lambeth.livingwell.geo.GeoJsonScalar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/** Registers the custom scalars: GeoJSON (JTS geometries) Date (ISO-8601, java.time.LocalDate) and DateTime. */
@Configuration(proxyBeanMethods = false)
class GraphQlScalars {

    @Bean
    RuntimeWiringConfigurer customScalars() {
        return wiring -> wiring.scalar(GeoJsonScalar.INSTANCE).scalar(ExtendedScalars.Date)
                .scalar(ExtendedScalars.DateTime);
    }
}
