package org.lambeth.livingwell.api;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import jakarta.servlet.http.HttpServletResponse;

/** Downloads: the headers that make a response a file to save. */
public final class Attachment {

    private Attachment() {
    }

    /** Marks the response as a file to save, with its media type, never cached; the body is written after this. */
    public static void mark(HttpServletResponse response, String contentType, String filename) {
        response.setContentType(contentType);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
