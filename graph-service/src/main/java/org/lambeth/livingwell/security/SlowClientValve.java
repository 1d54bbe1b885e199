package org.lambeth.livingwell.security;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * The first thing every request meets, as soon as its headers have arrived and before anything reads its body (a
 * Tomcat engine valve): it keeps slow or numerous clients from holding the request threads.
 * <ul>
 * <li>Each client address may have {@code max-concurrent-requests-per-address} requests on request threads at once;
 * one more is refused at once with 429 naming the limit, and its connection is closed without reading its body.</li>
 * <li>A request body must have arrived within {@code body-read-timeout} in all ({@link DeadlineBody}; Tomcat's own
 * timeouts are per read, so a byte every few seconds never trips them): past it, 408 naming the limit, the connection
 * closed. Uploads to import are exempt (they may be large; EDITOR only, and they count towards the address's
 * limit).</li>
 * <li>A body the application left unread (a request refused before it was read: 401, 429) is drained after the
 * answer within the same deadline, up to {@link #MAX_DRAIN} bytes, so a client whose body has arrived keeps its
 * connection (an HTTP client reuses it for the next request); past the deadline or the size, the connection is
 * closed instead of drained (Tomcat's own swallowing would read at the client's pace, with no total bound).</li>
 * </ul>
 */
final class SlowClientValve extends ValveBase {

    /** The most of an unread body that is drained to keep its connection (Tomcat's max-swallow-size, 1 MB). */
    static final long MAX_DRAIN = 1 << 20;

    private final InFlightPerAddress inFlight;
    private final long bodyReadTimeoutMillis;

    SlowClientValve(int maxPerAddress, long bodyReadTimeoutMillis) {
        super(true);
        this.inFlight = new InFlightPerAddress(maxPerAddress);
        this.bodyReadTimeoutMillis = bodyReadTimeoutMillis;
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        var started = System.nanoTime();
        var address = request.getRemoteAddr();
        if (!inFlight.tryEnter(address)) {
            refuseTooMany(request, response);
            return;
        }
        DeadlineBody body = null;
        try {
            if (request.getDispatcherType() == DispatcherType.REQUEST && hasBody(request)
                    && !SecurityPaths.ownSizeLimit(request.getRequestURI())) {
                body = new DeadlineBody(request.getRequest(), started, bodyReadTimeoutMillis,
                        () -> answerTimedOut(request, response));
                request.setRequest(body);
            }
            getNext().invoke(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (body == null || !body.timedOut()) {
                throw e;
            }
            // answered already (408), whatever the application made of the failed read
        } finally {
            inFlight.leave(address);
            if (body != null && !request.isAsync()) {
                finishBody(request, body);
            }
        }
    }

    private static boolean hasBody(Request request) {
        return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    }

    private void refuseTooMany(Request request, Response response) throws IOException {
        dropConnection(request);
        response.setHeader("Retry-After", "1");
        FilterErrors.write(response, 429, "TOO_MANY_REQUESTS",
                "Too many requests at once from this address: the limit is " + inFlight.max()
                        + " in progress at a time",
                Map.of("limit", "maxConcurrentRequestsPerAddress", "maxConcurrentRequestsPerAddress", inFlight.max()));
    }

    /** Called by the body's reader once the deadline has passed: answers 408 now, and ignores later output. */
    private void answerTimedOut(Request request, Response response) {
        dropConnection(request);
        if (response.isCommitted()) {
            return;
        }
        try {
            response.reset();
            FilterErrors.write(response, 408, "REQUEST_TIMEOUT",
                    "The request body took longer than " + bodyReadTimeoutMillis + " ms to arrive",
                    Map.of("limit", "bodyReadTimeout", "bodyReadTimeoutMillis", bodyReadTimeoutMillis));
            response.flushBuffer();
        } catch (IOException e) {
            // the client has gone: nothing to tell it
        }
        response.setSuspended(true);
    }

    private static void finishBody(Request request, DeadlineBody body) {
        var fullyRead = new AtomicBoolean(true);
        request.getCoyoteRequest().action(ActionCode.REQUEST_BODY_FULLY_READ, fullyRead);
        if (!fullyRead.get() && !body.drain(MAX_DRAIN)) {
            dropConnection(request);
        }
    }

    /** Close the connection after this answer, without reading what is left of the body. */
    private static void dropConnection(Request request) {
        request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
    }
}
