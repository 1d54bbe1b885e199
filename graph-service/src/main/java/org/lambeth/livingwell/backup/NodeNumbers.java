package org.lambeth.livingwell.backup;

import java.util.Arrays;

/**
 * Neo4j's internal node ids to the backup's node numbers: an open-addressing map of primitives (about 24 bytes a
 * node), so a million nodes cost tens of megabytes rather than the hundreds boxed keys would.
 */
final class NodeNumbers {

    private long[] keys = new long[1 << 12];
    private int[] values = filled(1 << 12);
    private int size;

    private static int[] filled(int capacity) {
        var values = new int[capacity];
        Arrays.fill(values, -1);
        return values;
    }

    void put(long id, int number) {
        if (number < 0) {
            throw new IllegalArgumentException("node numbers are not negative");
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        if (insert(keys, values, id, number)) {
            size++;
        }
    }

    /** The number of this node, or -1 when it was not numbered. */
    int get(long id) {
        int mask = keys.length - 1;
        for (int slot = slot(id, mask); values[slot] >= 0; slot = (slot + 1) & mask) {
            if (keys[slot] == id) {
                return values[slot];
            }
        }
        return -1;
    }

    private static boolean insert(long[] keys, int[] values, long id, int number) {
        int mask = keys.length - 1;
        int slot = slot(id, mask);
        while (values[slot] >= 0) {
            if (keys[slot] == id) {
                values[slot] = number;
                return false;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = id;
        values[slot] = number;
        return true;
    }

    private void grow() {
        var oldKeys = keys;
        var oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = filled(oldKeys.length * 2);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] >= 0) {
                insert(keys, values, oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int slot(long id, int mask) {
        long h = id * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
