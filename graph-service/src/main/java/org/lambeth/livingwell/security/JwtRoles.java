package org.lambeth.livingwell.security;

import org.lambeth.livingwell.viewer.Role;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The roles a bearer token carries, from one claim ({@code livingwell.security.jwt.role-claim}, "roles" by default):
 * a string or a list of strings naming our roles (case-insensitive, "ROLE_" optional). Names we do not know are
 * ignored, so a token from a shared identity provider holds only PUBLIC unless it names one of ours.
 */
final class JwtRoles implements Converter<Jwt, Collection<GrantedAuthority>> {

    private final String claim;

    JwtRoles(String claim) {
        this.claim = claim;
    }

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        var value = jwt.getClaims().get(claim);
        List<?> names = value instanceof Collection<?> many ? List.copyOf(many)
                : value == null ? List.of() : List.of(value);
        var authorities = new ArrayList<GrantedAuthority>();
        for (var name : names) {
            Role.parse(String.valueOf(name)).ifPresent(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        }
        return authorities;
    }
}
