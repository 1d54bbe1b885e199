package org.lambeth.livingwell.asset;

import org.lambeth.livingwell.locality.LocalityView;
import org.lambeth.livingwell.party.OrganisationView;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Maps the rows of the asset queries (see queries/cypher/asset) to views. */
final class AssetRows {

    private AssetRows() {
    }

    static AssetView toView(Record row) {
        var location = row.get("location").asPoint();
        return new AssetView(row.get("id").asString(), row.get("name").asString(),
                row.get("description").asString(null),
                row.get("categories").asList(AssetRows::category),
                new AssetView.GeoPoint(location.y(), location.x()),
                row.get("address").asString(null), row.get("postcode").asString(null),
                row.get("localities").asList(AssetRows::locality).stream().sorted(LocalityView.ORDER).toList(),
                row.get("runBy").asList(v -> OrganisationView.fromMap(v.asMap())),
                row.get("inBorough").asBoolean(false), row.get("source").asString(null));
    }

    private static AssetView.CategoryView category(Value v) {
        return new AssetView.CategoryView(v.get("id").asString(), v.get("name").asString(),
                v.get("parentId").asString(null));
    }

    private static LocalityView locality(Value v) {
        return new LocalityView(v.get("id").asString(), v.get("name").asString(), v.get("kind").asString(),
                v.get("half").asString(null));
    }
}
