package org.lambeth.livingwell.map;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/map-config}: tile source, attributions and the initial view for the map page. */
@RestController
@EnableConfigurationProperties(MapProperties.class)
class MapConfigController {

    private final MapProperties properties;

    MapConfigController(MapProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/api/map-config")
    Map<String, Object> mapConfig() {
        return Map.of(
                "tileUrl", properties.tileUrl(),
                "tileAttribution", properties.tileAttribution(),
                "dataAttribution", properties.dataAttribution() == null ? List.of() : properties.dataAttribution(),
                "centre", Map.of("latitude", properties.centreLatitude(), "longitude", properties.centreLongitude()),
                "zoom", properties.zoom());
    }
}
