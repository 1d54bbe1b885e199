package org.lambeth.livingwell.export;

import java.util.List;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * One asset as the asset exports show it (a row of {@code export/list_assets}).
 *
 * @param categories the categories it is in, each with its id and name
 * @param runBy the organisations that RUN it
 * @param updatedAt ISO-8601, or null when never edited
 */
record AssetRow(String id, String name, String description, double latitude, double longitude, String address,
        String postcode, String phone, String email, String website, Boolean free, List<String> accessibility,
        String visibility, String updatedAt, List<Named> categories, List<Named> runBy, List<String> localityIds) {

    /** Something with an id and a name: a category or an organisation. */
    record Named(String id, String name) {
    }

    static AssetRow of(Record row) {
        return new AssetRow(row.get("id").asString(), row.get("name").asString(null),
                row.get("description").asString(null), row.get("latitude").asDouble(),
                row.get("longitude").asDouble(), row.get("address").asString(null), row.get("postcode").asString(null),
                row.get("phone").asString(null), row.get("email").asString(null), row.get("website").asString(null),
                row.get("free").isNull() ? null : row.get("free").asBoolean(),
                row.get("accessibility").isNull() ? List.of() : row.get("accessibility").asList(Value::asString),
                row.get("visibility").asString(null), row.get("updatedAt").asString(null),
                named(row.get("categories")), named(row.get("runBy")),
                row.get("localityIds").asList(Value::asString));
    }

    private static List<Named> named(Value list) {
        return list.asList(v -> new Named(v.get("id").asString(), v.get("name").asString(null)));
    }
}
