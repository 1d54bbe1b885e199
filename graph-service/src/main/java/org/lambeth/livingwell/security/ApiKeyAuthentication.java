package org.lambeth.livingwell.security;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A request authenticated by an API key: the key is the principal, its role the one authority. */
final class ApiKeyAuthentication extends AbstractAuthenticationToken {

    private final ApiKey key;

    ApiKeyAuthentication(ApiKey key) {
        super(List.of(new SimpleGrantedAuthority(key.role().authority())));
        this.key = key;
        setAuthenticated(true);
    }

    ApiKey key() {
        return key;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return key.id();
    }

    @Override
    public String getName() {
        return "api-key:" + key.name();
    }
}
