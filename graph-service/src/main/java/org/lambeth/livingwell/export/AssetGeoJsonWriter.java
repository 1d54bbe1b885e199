package org.lambeth.livingwell.export;

import java.io.OutputStream;
import java.util.List;

/**
 * Writes assets as a GeoJSON FeatureCollection (RFC 7946): one Point feature ([longitude, latitude], WGS-84) an
 * asset, written as each row arrives through Jackson's streaming generator, so nothing but the current row is held.
 */
final class AssetGeoJsonWriter extends FeatureCollectionWriter {

    AssetGeoJsonWriter(OutputStream out) {
        super(out);
    }

    void write(AssetRow asset) {
        startFeature(asset.id());
        json.writeObjectPropertyStart("geometry");
        json.writeStringProperty("type", "Point");
        json.writeArrayPropertyStart("coordinates");
        json.writeNumber(asset.longitude());
        json.writeNumber(asset.latitude());
        json.writeEndArray();
        json.writeEndObject();
        json.writeObjectPropertyStart("properties");
        json.writeStringProperty("id", asset.id());
        json.writeStringProperty("name", asset.name());
        json.writeStringProperty("description", asset.description());
        named("categories", asset.categories());
        json.writeStringProperty("address", asset.address());
        json.writeStringProperty("postcode", asset.postcode());
        json.writeStringProperty("phone", asset.phone());
        json.writeStringProperty("email", asset.email());
        json.writeStringProperty("website", asset.website());
        if (asset.free() == null) {
            json.writeNullProperty("free");
        } else {
            json.writeBooleanProperty("free", asset.free());
        }
        strings("accessibility", asset.accessibility());
        json.writeStringProperty("visibility", asset.visibility());
        named("runBy", asset.runBy());
        strings("localityIds", asset.localityIds());
        json.writeStringProperty("updatedAt", asset.updatedAt());
        json.writeEndObject();
        json.writeEndObject();
    }

    private void named(String property, List<AssetRow.Named> items) {
        json.writeArrayPropertyStart(property);
        for (var item : items) {
            json.writeStartObject();
            json.writeStringProperty("id", item.id());
            json.writeStringProperty("name", item.name());
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
