package org.lambeth.livingwell.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

import org.lambeth.livingwell.api.Attachment;
import org.lambeth.livingwell.api.PlainTextErrors;
import org.lambeth.livingwell.viewer.Viewer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The assets as downloads for partners, streamed from the Driver to the response a row at a time:
 * {@code GET /api/exports/assets.geojson} (a GeoJSON FeatureCollection of points) and
 * {@code GET /api/exports/assets.csv} (RFC 4180 CSV). Both take {@code category} (an id: that category and its
 * narrower ones). Everyone may download; what they get depends on their role (NETWORK assets from PEER_SUPPORTER).
 */
@RestController
@PlainTextErrors
class AssetExportController {

    private final AssetExportReader assets;

    AssetExportController(AssetExportReader assets) {
        this.assets = assets;
    }

    @GetMapping("/api/exports/assets.geojson")
    void geoJson(@RequestParam(required = false) String category,
            @RequestAttribute(name = Viewer.KEY, required = false) Viewer viewer, HttpServletResponse response)
            throws IOException {
        assets.checkCategory(category);
        Attachment.mark(response, "application/geo+json", "assets.geojson");
        try (var geoJson = new AssetGeoJsonWriter(response.getOutputStream())) {
            assets.forEach(Downloads.viewer(viewer), category, geoJson::write);
        }
    }

    @GetMapping("/api/exports/assets.csv")
    void csv(@RequestParam(required = false) String category,
            @RequestAttribute(name = Viewer.KEY, required = false) Viewer viewer, HttpServletResponse response)
            throws IOException {
        assets.checkCategory(category);
        Attachment.mark(response, "text/csv;charset=UTF-8", "assets.csv");
        var out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        try (var csv = new AssetCsvWriter(out)) {
            assets.forEach(Downloads.viewer(viewer), category, csv::write);
        }
    }
}
