package org.lambeth.livingwell.export;

import java.io.IOException;

import org.lambeth.livingwell.api.Attachment;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /api/exports/localities.geojson}: every locality (borough, halves, thirds, wards, LSOAs) with its
 * boundary, as a GeoJSON FeatureCollection, for everyone.
 */
@RestController
class LocalityExportController {

    private final LocalityExportReader localities;

    LocalityExportController(LocalityExportReader localities) {
        this.localities = localities;
    }

    @GetMapping("/api/exports/localities.geojson")
    void geoJson(HttpServletResponse response) throws IOException {
        Attachment.mark(response, "application/geo+json", "localities.geojson");
        try (var geoJson = new LocalityGeoJsonWriter(response.getOutputStream())) {
            localities.forEach(geoJson::write);
        }
    }
}
