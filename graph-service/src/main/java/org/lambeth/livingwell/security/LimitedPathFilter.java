package org.lambeth.livingwell.security;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.http.HttpServletRequest;

/** A filter of the paths that reach the database ({@link SecurityPaths#limited}); the map page's files pass by. */
abstract class LimitedPathFilter extends OncePerRequestFilter {

    @Override
    protected final boolean shouldNotFilter(HttpServletRequest request) {
        return !SecurityPaths.limited(request.getRequestURI());
    }
}
