package org.lambeth.livingwell.api;

import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;

/**
 * Parsed and validated operations kept by their text (graphql-java's {@link PreparsedDocumentProvider}): the map,
 * the Explore list and partner tools send the same few operations with new variables, and parsing and validating each
 * again was a tenth of a search's CPU. The cache is bounded by the operations' total length, so odd or hostile
 * operations cannot grow it; validation errors are kept with the text that caused them, as they do not depend on the
 * variables. The depth, complexity and root-field limits still run on every request.
 */
@Configuration(proxyBeanMethods = false)
class ParsedDocuments {

    /** At most this many characters of operation text are kept (a search operation is about 300). */
    static final long MAX_CACHED_CHARACTERS = 4_000_000;
    /** Longer operations are parsed every time rather than kept. */
    static final int MAX_CACHED_OPERATION = 20_000;

    /** An operation's text and the locale its errors are written in. */
    private record Key(String query, Locale locale) {
    }

    static final class Provider implements PreparsedDocumentProvider {

        private final Cache<Key, PreparsedDocumentEntry> documents = Caffeine.newBuilder()
                .maximumWeight(MAX_CACHED_CHARACTERS)
                .weigher((Key key, PreparsedDocumentEntry entry) -> key.query().length())
                .build();

        @Override
        public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
                Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
            var query = input.getQuery();
            if (query == null || query.length() > MAX_CACHED_OPERATION) {
                return CompletableFuture.completedFuture(parseAndValidate.apply(input));
            }
            return CompletableFuture.completedFuture(documents.get(new Key(query, input.getLocale()),
                    key -> parseAndValidate.apply(input)));
        }

        long size() {
            return documents.estimatedSize();
        }
    }

    @Bean
    Provider parsedDocumentProvider() {
        return new Provider();
    }

    @Bean
    GraphQlSourceBuilderCustomizer parsedDocumentCache(Provider provider) {
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(provider));
    }
}
