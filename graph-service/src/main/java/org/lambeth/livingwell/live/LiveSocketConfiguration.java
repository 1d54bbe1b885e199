package org.lambeth.livingwell.live;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.graphql.autoconfigure.GraphQlCorsProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlProperties;
import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.webmvc.GraphQlWebSocketHandler;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;

/**
 * The GraphQL WebSocket handler at {@code spring.graphql.websocket.path}: Boot's own (which backs off when one is
 * defined), made as Boot makes it (the same JSON converter, timeouts and CORS), as a {@link LiveSocketHandler}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnProperty(prefix = "spring.graphql.websocket", name = "path")
class LiveSocketConfiguration {

    @Bean
    GraphQlWebSocketHandler graphQlWebSocketHandler(WebGraphQlHandler graphQlHandler, GraphQlProperties properties,
            ObjectProvider<GraphQlCorsProperties> cors,
            ObjectProvider<ServerHttpMessageConvertersCustomizer> customizers, LiveSockets sockets) {
        var corsProperties = cors.getIfAvailable();
        var websocket = properties.getWebsocket();
        return new LiveSocketHandler(graphQlHandler, jsonConverter(customizers), websocket.getConnectionInitTimeout(),
                websocket.getKeepAlive(), corsProperties == null ? null : corsProperties.toCorsConfiguration(),
                sockets);
    }

    /** The first server converter that reads a JSON map, as Boot picks it for its handler. */
    @SuppressWarnings("unchecked")
    private static HttpMessageConverter<Object> jsonConverter(
            ObjectProvider<ServerHttpMessageConvertersCustomizer> customizers) {
        var builder = (HttpMessageConverters.ServerBuilder) HttpMessageConverters.forServer().registerDefaults();
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        for (var converter : builder.build()) {
            if (converter.canRead(Map.class, MediaType.APPLICATION_JSON)) {
                return (HttpMessageConverter<Object>) converter;
            }
        }
        throw new IllegalStateException("No JSON converter for the GraphQL WebSocket handler");
    }
}
