package org.lambeth.livingwell.security;

import org.lambeth.livingwell.viewer.Viewer;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Puts the request's {@link Viewer} in a request attribute, where GraphQL and the rate limit read it. */
final class ViewerFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        request.setAttribute(Viewer.KEY, Viewers.of(authentication, request.getRemoteAddr()));
        chain.doFilter(request, response);
    }
}
