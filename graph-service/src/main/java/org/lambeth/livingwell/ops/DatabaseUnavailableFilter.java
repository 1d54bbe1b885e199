package org.lambeth.livingwell.ops;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lambeth.livingwell.store.DatabaseUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Any request outside GraphQL (the REST paths, the Open Referral API, an API key looked up by the security chain)
 * that failed because the database could not be reached answers 503 {@code DATABASE_UNAVAILABLE} with
 * {@code Retry-After}, instead of Tomcat's 500. A response already begun (a download half-written) cannot be
 * changed: it is left to fail as it would. GraphQL answers its own ({@code api.DatabaseUnavailableStatus}).
 */
class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!DatabaseUnavailable.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            // neither the path nor the exception's message: either may quote people's data
            log.warn("Database unavailable for a {} request ({})", request.getMethod(), e.getClass().getName());
            OpsErrors.unavailable(response, DatabaseUnavailable.CODE, DatabaseUnavailable.MESSAGE,
                    DatabaseUnavailable.RETRY_AFTER);
        }
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }
}
