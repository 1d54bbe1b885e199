package org.lambeth.livingwell.api;

/** Relay page information. */
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {

    /** For a page of {@code size} items starting at {@code offset} out of {@code total}. */
    public static PageInfo of(int offset, int size, long total) {
        return new PageInfo(offset + size < total, offset > 0,
                size == 0 ? null : OffsetCursor.encode(offset),
                size == 0 ? null : OffsetCursor.encode(offset + size - 1));
    }
}
