package org.lambeth.livingwell.api;

import org.lambeth.livingwell.store.DatabaseUnavailable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * A GraphQL request over HTTP that failed because the database could not be reached answers HTTP 503 with a
 * {@code Retry-After}, not 200: a load balancer or client then sees the outage for what it is and retries (elsewhere),
 * as it would for the REST paths. The body is GraphQL's as usual, its errors classified {@code DATABASE_UNAVAILABLE}
 * ({@link GraphQlErrors}); a partial answer with such an error is 503 too, since what is missing is missing for now.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class DatabaseUnavailableStatus {

    /** In place of Spring Boot's handler (it backs off when one is defined): the same, with the status above. */
    @Bean
    GraphQlHttpHandler graphQlHttpHandler(WebGraphQlHandler handler) {
        return new StatusHttpHandler(handler);
    }

    /**
     * Spring's handler with the 503. Its logger is named after this class, so {@code config.PayloadLogFilter} lists
     * this class by name beside Spring's own: the handler's DEBUG lines hold documents and variables (people's ids).
     */
    static final class StatusHttpHandler extends GraphQlHttpHandler {

        StatusHttpHandler(WebGraphQlHandler handler) {
            super(handler);
        }

        @Override
        protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType mediaType) {
            return unavailable(response) ? HttpStatus.SERVICE_UNAVAILABLE
                    : super.selectResponseStatus(response, mediaType);
        }
    }

    /** The Retry-After header, on the answers the handler above turns into 503. */
    @Bean
    WebGraphQlInterceptor databaseUnavailableRetryAfter() {
        return (request, chain) -> chain.next(request).doOnNext(response -> {
            if (unavailable(response)) {
                response.getResponseHeaders().set(HttpHeaders.RETRY_AFTER,
                        Long.toString(DatabaseUnavailable.RETRY_AFTER.toSeconds()));
            }
        });
    }

    static boolean unavailable(WebGraphQlResponse response) {
        return response.getErrors().stream()
                .anyMatch(error -> DatabaseUnavailable.CODE.equals(String.valueOf(error.getErrorType())));
    }
}
