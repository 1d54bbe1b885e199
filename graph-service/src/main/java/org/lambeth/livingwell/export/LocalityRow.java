package org.lambeth.livingwell.export;

import java.util.List;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * One locality as the localities export shows it (a row of {@code export/list_localities}).
 *
 * @param kind BOROUGH, HALF, THIRD, WARD or LSOA
 * @param boundary its GeoJSON geometry as stored (text), or null
 * @param parentIds the localities it is PART_OF
 */
record LocalityRow(String id, String name, String kind, String boundary, List<String> parentIds) {

    static LocalityRow of(Record row) {
        return new LocalityRow(row.get("id").asString(), row.get("name").asString(null),
                row.get("kind").asString(null), row.get("boundary").asString(null),
                row.get("parentIds").asList(Value::asString));
    }
}
