package org.lambeth.livingwell.api;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * How many expensive operations each client has running, with a bound: one over it is refused at once rather than
 * queued, so a client's heavy requests take at most that many request threads and their memory, and everyone
 * else's requests are served meanwhile. A client with nothing running holds no entry.
 */
final class ExpensiveRequests {

    private final int maxPerClient;
    private final ConcurrentHashMap<String, Integer> running = new ConcurrentHashMap<>();

    ExpensiveRequests(int maxPerClient) {
        this.maxPerClient = maxPerClient;
    }

    int maxPerClient() {
        return maxPerClient;
    }

    /** Counts one more for the client, unless it already has the most; the release must be called exactly once. */
    boolean tryStart(String client) {
        var started = new AtomicBoolean();
        running.compute(client, (key, count) -> {
            int now = count == null ? 0 : count;
            if (now >= maxPerClient) {
                return count;
            }
            started.set(true);
            return now + 1;
        });
        return started.get();
    }

    void finish(String client) {
        running.computeIfPresent(client, (key, count) -> count <= 1 ? null : count - 1);
    }

    int running(String client) {
        return running.getOrDefault(client, 0);
    }
}
