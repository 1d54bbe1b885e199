package org.lambeth.livingwell.ingest;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lambeth.livingwell.geo.WgsCoordinate;
import org.lambeth.livingwell.store.CypherCatalogue;
import org.neo4j.driver.Driver;
import org.springframework.stereotype.Component;

/**
 * What an import reads from the graph before it writes: the reference data rows are checked against, and which
 * rows' assets exist already.
 */
@Component
class ImportStore {

    private static final int IDS_PER_STATEMENT = 20_000;

    private final Driver driver;
    private final CypherCatalogue cypher;

    ImportStore(Driver driver, CypherCatalogue cypher) {
        this.driver = driver;
        this.cypher = cypher;
    }

    RowChecker.Reference reference(ImportArea area) {
        var targets = linkTargets();
        try (var session = driver.session()) {
            var postcodes = new HashMap<String, WgsCoordinate>();
            session.run(cypher.get("ingest/list_postcodes")).forEachRemaining(r -> postcodes.put(
                    r.get("id").asString(), new WgsCoordinate(r.get("latitude").asDouble(),
                            r.get("longitude").asDouble())));
            return new RowChecker.Reference(targets, postcodes, area);
        }
    }

    /** The element ids of the categories and localities imported assets link to, by kind and id. */
    record LinkTargets(Map<String, String> categories, Map<String, String> localities) {
    }

    private LinkTargets linkTargets() {
        var categories = new HashMap<String, String>();
        var localities = new HashMap<String, String>();
        try (var session = driver.session()) {
            session.run(cypher.get("ingest/list_link_targets")).forEachRemaining(r -> (r.get("category").asBoolean()
                    ? categories : localities).put(r.get("id").asString(), r.get("elementId").asString()));
        }
        return new LinkTargets(categories, localities);
    }

    /** The digest each existing asset's last import stored (an empty string for an asset no import made). */
    Map<String, String> existing(List<String> assetIds) {
        var found = new HashMap<String, String>();
        try (var session = driver.session()) {
            for (int from = 0; from < assetIds.size(); from += IDS_PER_STATEMENT) {
                var ids = assetIds.subList(from, Math.min(assetIds.size(), from + IDS_PER_STATEMENT));
                session.run(cypher.get("ingest/find_imported_assets"), Map.of("ids", ids)).forEachRemaining(
                        r -> found.put(r.get("id").asString(), r.get("importHash").asString("")));
            }
        }
        return found;
    }

    /** Which of these ids an editor has retired. */
    Set<String> retired(List<String> assetIds) {
        var found = new HashSet<String>();
        try (var session = driver.session()) {
            session.run(cypher.get("ingest/find_retired_assets"), Map.of("ids", assetIds)).forEachRemaining(
                    r -> found.add(r.get("id").asString()));
        }
        return found;
    }
}
