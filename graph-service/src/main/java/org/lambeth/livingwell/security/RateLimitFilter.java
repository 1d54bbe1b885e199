package org.lambeth.livingwell.security;

import org.lambeth.livingwell.viewer.Viewer;

import org.lambeth.livingwell.viewer.Role;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A per-client rate limit (Bucket4j token buckets) on the paths that reach the database: each API key, user, bearer
 * subject or anonymous address has its own bucket, so one client's flood never slows another's requests. Over the
 * limit: 429 with Retry-After and an error naming the limit. Buckets live in this instance (several instances each
 * allow the limit); idle buckets are dropped after ten minutes, and at most 100,000 are kept. Each refusal counts in
 * {@code livingwell.ratelimit.refusals}, tagged with the limit that refused it (public, signedIn or apiKey), never
 * with who was refused.
 */
final class RateLimitFilter extends LimitedPathFilter {

    static final String REFUSALS = "livingwell.ratelimit.refusals";

    private final SecurityProperties.RateLimit limits;
    private final MeterRegistry meters;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(10, TimeUnit.MINUTES).maximumSize(100_000).build();

    RateLimitFilter(SecurityProperties.RateLimit limits, MeterRegistry meters) {
        this.limits = limits;
        this.meters = meters;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var viewer = (Viewer) request.getAttribute(Viewer.KEY);
        if (viewer == null) {
            viewer = Viewer.anonymous(request.getRemoteAddr());
        }
        var perMinute = perMinute(viewer);
        var bucket = buckets.get(viewer.clientKey() + "/" + perMinute, key -> bucket(perMinute));
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            response.setHeader("X-RateLimit-Remaining", Long.toString(probe.getRemainingTokens()));
            chain.doFilter(request, response);
            return;
        }
        Counter.builder(REFUSALS).description("Requests refused by the per-client rate limit, by which limit")
                .tag("limit", limitName(viewer)).register(meters).increment();
        var retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()) + 1);
        response.setHeader("Retry-After", Long.toString(retryAfter));
        FilterErrors.write(response, 429, "TOO_MANY_REQUESTS",
                "Too many requests from this client: the limit is " + perMinute + " a minute; retry after "
                        + retryAfter + " s",
                Map.of("limit", "rateLimit", "requestsPerMinute", perMinute, "retryAfterSeconds", retryAfter));
    }

    private int perMinute(Viewer viewer) {
        if (viewer.requestsPerMinute() > 0) {
            return viewer.requestsPerMinute();
        }
        return viewer.role() == Role.PUBLIC ? limits.publicPerMinute() : limits.signedInPerMinute();
    }

    /** Which of the limits applies: a key's own, the signed-in one or the anonymous one. */
    private static String limitName(Viewer viewer) {
        if (viewer.requestsPerMinute() > 0) {
            return "apiKey";
        }
        return viewer.role() == Role.PUBLIC ? "public" : "signedIn";
    }

    private static Bucket bucket(int perMinute) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build())
                .build();
    }
}
