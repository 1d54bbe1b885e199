package org.lambeth.livingwell.security;

import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Installs {@link SlowClientValve} in Tomcat's engine, and makes Tomcat time each read of a request body out after
 * {@code body-read-timeout} too ({@code disableUploadTimeout=false}, {@code connectionUploadTimeout}): the valve bounds
 * the body's total time, checked as each read returns; Tomcat's timeout bounds a read that waits for bytes that never
 * come. A body is thus cut off within the bound plus at most one read's wait (typically the client's gap between
 * bytes).
 */
@Configuration
@ConditionalOnWebApplication
@ConditionalOnClass(TomcatServletWebServerFactory.class)
class SlowClientConfiguration {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> slowClientLimits(SecurityProperties properties) {
        var bodyMillis = properties.bodyReadTimeout().toMillis();
        if (bodyMillis < 1 || bodyMillis > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("livingwell.security.body-read-timeout must be between 1 ms and "
                    + "24 days (was " + properties.bodyReadTimeout() + ")");
        }
        return factory -> {
            factory.addEngineValves(new SlowClientValve(properties.maxConcurrentRequestsPerAddress(), bodyMillis));
            factory.addConnectorCustomizers(connector -> {
                if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
                    http.setDisableUploadTimeout(false);
                    http.setConnectionUploadTimeout((int) bodyMillis);
                }
            });
        };
    }
}
