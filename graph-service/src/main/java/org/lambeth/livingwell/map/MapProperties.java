package org.lambeth.livingwell.map;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the map page needs to start.
 *
 * @param tileUrl a Leaflet tile URL template ({z}/{x}/{y}); the page stays usable when tiles cannot load
 * @param tileAttribution attribution of the tile provider (HTML, from configuration, not from data)
 * @param dataAttribution the attribution lines the data's licences require
 * @param centreLatitude initial map centre
 * @param centreLongitude initial map centre
 * @param zoom initial zoom
 */
@ConfigurationProperties("livingwell.map")
public record MapProperties(
        @DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png") String tileUrl,
        @DefaultValue("&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a> contributors")
        String tileAttribution,
        List<String> dataAttribution,
        @DefaultValue("51.457") double centreLatitude,
        @DefaultValue("-0.116") double centreLongitude,
        @DefaultValue("13") int zoom) {
}
