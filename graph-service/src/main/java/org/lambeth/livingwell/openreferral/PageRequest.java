package org.lambeth.livingwell.openreferral;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code page} (from 1) and {@code per_page} parameters of a list, checked, and the Open Referral paging envelope
 * around a page of results.
 */
record PageRequest(int page, int perPage) {

    static final int DEFAULT_PER_PAGE = 50;
    static final int MAX_PER_PAGE = 500;
    /** No list is paged this deep (a guard against arithmetic overflow, far past any real list). */
    static final long MAX_SKIP = 10_000_000;

    /** The page asked for; absent parameters take the defaults (page 1, 50 a page). */
    static PageRequest of(String page, String perPage) {
        int number = page == null ? 1 : whole("page", page);
        int size = perPage == null ? DEFAULT_PER_PAGE : whole("per_page", perPage);
        if (number < 1) {
            throw new BadParameterException("page", page, "must be 1 or more");
        }
        if (size < 1 || size > MAX_PER_PAGE) {
            throw new BadParameterException("per_page", perPage, "must be between 1 and " + MAX_PER_PAGE);
        }
        if ((long) (number - 1) * size > MAX_SKIP) {
            throw new BadParameterException("page", page, "is past the end of any list");
        }
        return new PageRequest(number, size);
    }

    int skip() {
        return (page - 1) * perPage;
    }

    /** The envelope: total_items, total_pages, page_number, size, first_page, last_page, empty, contents. */
    Map<String, Object> envelope(long totalItems, List<?> contents) {
        long totalPages = Math.max(1, (totalItems + perPage - 1) / perPage);
        var body = new LinkedHashMap<String, Object>();
        body.put("total_items", totalItems);
        body.put("total_pages", totalPages);
        body.put("page_number", page);
        body.put("size", contents.size());
        body.put("first_page", page == 1);
        body.put("last_page", page >= totalPages);
        body.put("empty", contents.isEmpty());
        body.put("contents", contents);
        return body;
    }

    /** This page of a list held whole (the taxonomy terms), in the envelope. */
    Map<String, Object> slice(List<?> all) {
        int from = (int) Math.min(all.size(), (long) skip());
        int to = (int) Math.min(all.size(), (long) from + perPage);
        return envelope(all.size(), new ArrayList<>(all.subList(from, to)));
    }

    private static int whole(String parameter, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new BadParameterException(parameter, text, "must be a whole number");
        }
    }
}
