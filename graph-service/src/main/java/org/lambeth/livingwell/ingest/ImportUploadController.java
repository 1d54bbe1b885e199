package org.lambeth.livingwell.ingest;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.lambeth.livingwell.viewer.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletRequest;

/**
 * {@code POST /api/imports/uploads}: an editor uploads a file to import (the body is the file, any content type);
 * the answer names the upload, which {@code importAssets} then imports (or dry-runs). EDITOR and above only (the
 * security chain guards the path). A body over the limit is refused with 413 while it streams in, and nothing of it
 * is kept.
 */
@RestController
class ImportUploadController {

    private final ImportUploads uploads;
    private final IngestProperties properties;

    ImportUploadController(ImportUploads uploads, IngestProperties properties) {
        this.uploads = uploads;
        this.properties = properties;
    }

    @PostMapping("/api/imports/uploads")
    ResponseEntity<Map<String, Object>> upload(HttpServletRequest request) throws IOException {
        var viewer = (Viewer) request.getAttribute(Viewer.KEY);
        var limit = properties.maxUploadSize().toBytes();
        if (request.getContentLengthLong() > limit) {
            return tooLarge(limit);
        }
        ImportUploads.Upload upload;
        try {
            upload = uploads.store(request.getInputStream(), viewer.actor());
        } catch (ImportUploads.TooLarge e) {
            return tooLarge(limit);
        }
        var body = new LinkedHashMap<String, Object>();
        body.put("upload", upload.id());
        body.put("bytes", upload.bytes());
        body.put("sha256", upload.sha256());
        body.put("expiresAt", upload.expiresAt().toString());
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
    }

    private static ResponseEntity<Map<String, Object>> tooLarge(long limit) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).header("Connection", "close")
                .body(Map.of("errors", java.util.List.of(Map.of(
                        "message", "The file is larger than the upload limit of " + limit + " bytes",
                        "extensions", Map.of("classification", "PAYLOAD_TOO_LARGE", "limit", "maxUploadSize",
                                "maxUploadSize", limit)))));
    }
}
