package org.lambeth.livingwell.api;

import java.math.BigInteger;
import java.util.Map;

/**
 * About how many bytes a completed GraphQL value takes in the JSON answer: strings by their length, whole numbers by
 * their digits, other numbers as ten characters (a coordinate to six places), maps and lists (a GeoJSON value) by
 * their members. An estimate for the response budget, not an exact serialisation: it never formats a number.
 */
final class ResponseBytes {

    private ResponseBytes() {
    }

    static long of(Object value) {
        if (value == null) {
            return 4;
        }
        if (value instanceof CharSequence text) {
            return text.length() + 2L;
        }
        if (value instanceof Boolean) {
            return 5;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return digits(((Number) value).longValue());
        }
        if (value instanceof BigInteger big) {
            return big.bitLength() / 3 + 2;
        }
        if (value instanceof Number) {
            return 10;
        }
        if (value instanceof Map<?, ?> map) {
            long bytes = 2;
            for (var entry : map.entrySet()) {
                bytes += String.valueOf(entry.getKey()).length() + 4 + of(entry.getValue());
            }
            return bytes;
        }
        if (value instanceof Iterable<?> items) {
            long bytes = 2;
            for (var item : items) {
                bytes += of(item) + 1;
            }
            return bytes;
        }
        if (value instanceof Object[] items) {
            long bytes = 2;
            for (var item : items) {
                bytes += of(item) + 1;
            }
            return bytes;
        }
        return String.valueOf(value).length() + 2L;
    }

    private static long digits(long number) {
        if (number == Long.MIN_VALUE) {
            return 20;
        }
        long magnitude = Math.abs(number);
        int digits = 1;
        while (magnitude >= 10) {
            magnitude /= 10;
            digits++;
        }
        return number < 0 ? digits + 1 : digits;
    }
}
