package org.lambeth.livingwell.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * An external Neo4j server or cluster: {@code NEO4J_URI} ({@code neo4j://}, {@code bolt://}, with {@code +s}
 * variants), {@code NEO4J_USERNAME}, and {@code NEO4J_PASSWORD} or {@code NEO4J_PASSWORD_FILE} (a file holding it,
 * such as a running service's embedded store's {@code neo4j-password}, so it appears in no environment or command
 * line). No embedded database starts.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(EmbeddedNeo4jCondition.URI_PROPERTY)
class ExternalNeo4jConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ExternalNeo4jConfiguration.class);

    @Bean
    Neo4jConnectionDetails neo4jConnectionDetails(Environment environment) {
        var uri = URI.create(environment.getRequiredProperty(EmbeddedNeo4jCondition.URI_PROPERTY).trim());
        var username = environment.getProperty("NEO4J_USERNAME");
        var password = password(environment);
        AuthToken auth = StringUtils.hasText(username) ? AuthTokens.basic(username, password) : AuthTokens.none();
        log.info("Using external Neo4j at {}", uri.getScheme() + "://" + uri.getAuthority());
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return uri;
            }

            @Override
            public AuthToken getAuthToken() {
                return auth;
            }
        };
    }

    private static String password(Environment environment) {
        var password = environment.getProperty("NEO4J_PASSWORD");
        var file = environment.getProperty("NEO4J_PASSWORD_FILE");
        if (!StringUtils.hasText(file)) {
            return password == null ? "" : password;
        }
        if (password != null) {
            throw new IllegalStateException("Give NEO4J_PASSWORD or NEO4J_PASSWORD_FILE, not both");
        }
        try {
            return Files.readString(Path.of(file.strip()), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NEO4J_PASSWORD_FILE " + file.strip(), e);
        }
    }

    /** An external server's commits cannot be seen from here: readers ask the database each time. */
    @Bean
    CommitMarks commitMarks() {
        return () -> CommitMarks.NONE;
    }
}
