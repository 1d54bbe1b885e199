package org.lambeth.livingwell.security;

import org.lambeth.livingwell.viewer.Viewer;

import org.lambeth.livingwell.viewer.Role;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code me}, {@code apiKeys}, {@code createApiKey}, {@code revokeApiKey}. Access is declared in the schema (@auth). */
@Controller
class ApiKeyController {

    record Me(String actor, Role role) {
    }

    record CreateApiKeyInput(String name, Role role, Integer requestsPerMinute) {
    }

    record RevokeApiKeyInput(String id) {
    }

    record RevokeApiKeyPayload(ApiKey apiKey) {
    }

    private final ApiKeyService keys;

    ApiKeyController(ApiKeyService keys) {
        this.keys = keys;
    }

    @QueryMapping
    Me me(graphql.schema.DataFetchingEnvironment env) {
        var viewer = Viewer.of(env);
        return new Me(viewer.actor(), viewer.role());
    }

    @QueryMapping
    List<ApiKey> apiKeys() {
        return keys.list();
    }

    @MutationMapping
    ApiKeyService.CreatedKey createApiKey(@Argument CreateApiKeyInput input, @ContextValue(Viewer.KEY) Viewer viewer) {
        var perMinute = input.requestsPerMinute() == null ? 600 : input.requestsPerMinute();
        return keys.create(viewer, input.name(), input.role(), perMinute);
    }

    @MutationMapping
    RevokeApiKeyPayload revokeApiKey(@Argument RevokeApiKeyInput input, @ContextValue(Viewer.KEY) Viewer viewer) {
        return new RevokeApiKeyPayload(keys.revoke(viewer, input.id()));
    }
}
