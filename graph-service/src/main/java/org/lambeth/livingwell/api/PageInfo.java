package org.lambeth.livingwell.api;

/** Relay page information. */
public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {

    /** For a page of {@code size} items starting at {@code offset} out of {@code total}. */
    public static PageInfo of(int offset, int size, long total) {
        return new PageInfo(offset + size < total, offset > 0,
                size == 0 ? null : OffsetCursor.encode(offset),
                size == 0 ? null : OffsetCursor.encode(offset + size - 1));
    }

    /** For a page of {@code size} items starting at {@code offset}, cursors scoped to one search. */
    public static PageInfo of(String scope, int offset, int size, boolean hasNextPage) {
        return new PageInfo(hasNextPage, offset > 0,
                size == 0 ? null : OffsetCursor.encode(scope, offset),
                size == 0 ? null : OffsetCursor.encode(scope, offset + size - 1));
    }
}
