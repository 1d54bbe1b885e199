package org.lambeth.livingwell.asset;

import java.util.List;

import org.lambeth.livingwell.asset.hours.AccessibilityFeature;
import org.lambeth.livingwell.asset.hours.OpeningHours;
import org.lambeth.livingwell.locality.LocalityView;
import org.lambeth.livingwell.party.OrganisationView;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.MapAccessor;

/** Maps the rows of the asset queries (see queries/cypher/asset; columns in search/_asset_columns) to views. */
final class AssetRows {

    private AssetRows() {
    }

    static AssetView toView(MapAccessor row) {
        var location = row.get("location").asPoint();
        var hours = OpeningHours.decode(longs(row.get("weeklyOpen")), longs(row.get("openExceptions")));
        var visibility = row.get("visibility").asString(null);
        return new AssetView(row.get("id").asString(), row.get("name").asString(),
                row.get("description").asString(null),
                row.get("categories").asList(AssetRows::category),
                new AssetView.GeoPoint(location.y(), location.x()),
                row.get("address").asString(null), row.get("postcode").asString(null),
                row.get("localities").asList(AssetRows::locality).stream().sorted(LocalityView.ORDER).toList(),
                row.get("runBy").asList(v -> OrganisationView.fromMap(v.asMap())),
                row.get("inBorough").asBoolean(false), row.get("source").asString(null),
                new AssetView.Contact(row.get("phone").asString(null), row.get("email").asString(null),
                        row.get("website").asString(null)),
                hours.isEmpty() ? null : hours,
                row.get("accessibility").isNull() ? List.of()
                        : row.get("accessibility").asList(v -> AccessibilityFeature.valueOf(v.asString())),
                row.get("free").isNull() ? null : row.get("free").asBoolean(),
                visibility == null ? Visibility.PUBLIC : Visibility.valueOf(visibility),
                row.get("updatedAt").isNull() ? null : row.get("updatedAt").asZonedDateTime());
    }

    private static List<Long> longs(Value value) {
        return value.isNull() ? null : value.asList(Value::asLong);
    }

    static AssetView.CategoryView category(Value v) {
        return new AssetView.CategoryView(v.get("id").asString(), v.get("name").asString(),
                v.get("parentId").asString(null));
    }

    static LocalityView locality(Value v) {
        return LocalityView.of(v);
    }
}
