package org.lambeth.livingwell.security;

import java.util.concurrent.ConcurrentHashMap;

/**
 * How many requests each client address has on request threads now, with a ceiling: {@link #tryEnter} refuses one
 * more than {@code max}. An address's entry is removed when its last request leaves, so the map holds only the
 * addresses with a request in progress (at most the number of request threads).
 */
final class InFlightPerAddress {

    private final int max;
    private final ConcurrentHashMap<String, Integer> counts = new ConcurrentHashMap<>();

    InFlightPerAddress(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("livingwell.security.max-concurrent-requests-per-address must be "
                    + "at least 1 (was " + max + ")");
        }
        this.max = max;
    }

    int max() {
        return max;
    }

    /** Counts one more request from this address, unless it already has {@code max}: then false, nothing counted. */
    boolean tryEnter(String address) {
        var admitted = new boolean[1];
        counts.compute(address, (key, count) -> {
            var now = count == null ? 0 : count;
            admitted[0] = now < max;
            return admitted[0] ? now + 1 : now;
        });
        return admitted[0];
    }

    /** One request admitted by {@link #tryEnter} has left its request thread. */
    void leave(String address) {
        counts.computeIfPresent(address, (key, count) -> count > 1 ? count - 1 : null);
    }

    /** Requests from this address in progress now. */
    int inFlight(String address) {
        return counts.getOrDefault(address, 0);
    }
}
