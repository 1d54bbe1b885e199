package org.lambeth.livingwell.security;

import java.io.IOException;
import java.util.Map;

import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The error page's path ({@code server.error.path}, {@code /error}) is where the servlet container forwards a failed
 * request; asked for directly it has no error to show, and Spring answered HTTP 500 {@code {"status":999}}. A direct
 * request for it is answered as any unknown path is: 404, in the service's error shape. Forwards (the ERROR
 * dispatch) are not filtered, so real errors still render.
 */
final class ErrorPathFilter extends OncePerRequestFilter {

    private final String errorPath;

    ErrorPathFilter(String errorPath) {
        this.errorPath = errorPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.equals(errorPath) || path.startsWith(errorPath + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        FilterErrors.write(response, HttpServletResponse.SC_NOT_FOUND, "NOT_FOUND", "There is no page at this path",
                Map.of());
    }
}
