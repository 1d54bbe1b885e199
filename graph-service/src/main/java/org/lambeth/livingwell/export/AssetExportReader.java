package org.lambeth.livingwell.export;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.lambeth.livingwell.api.InvalidArgumentException;
import org.lambeth.livingwell.asset.VisibilityAccess;
import org.lambeth.livingwell.viewer.Viewer;
import org.lambeth.livingwell.store.CypherCatalogue;
import org.lambeth.livingwell.store.Sessions;
import org.neo4j.driver.Driver;
import org.springframework.stereotype.Service;

/**
 * Reads the assets a viewer may see, one row at a time as the Driver fetches them (it pulls records in batches), so
 * an export of any size never sits in memory whole. PUBLIC sees PUBLIC assets; PEER_SUPPORTER and above NETWORK ones
 * too (the rule of {@code asset.VisibilityAccess}).
 */
@Service
class AssetExportReader {

    private final Driver driver;
    private final CypherCatalogue cypher;

    AssetExportReader(Driver driver, CypherCatalogue cypher) {
        this.driver = driver;
        this.cypher = cypher;
    }

    /** Refuses a category parameter that names no category (before any byte of the download is written). */
    void checkCategory(String categoryId) {
        if (categoryId == null) {
            return;
        }
        if (categoryId.isBlank()) {
            throw new InvalidArgumentException("category", "must be a category id, was blank");
        }
        boolean found;
        try (var session = driver.session(Sessions.READ)) {
            found = session.run(cypher.get("export/find_category"), Map.of("id", categoryId)).single()
                    .get("found").asBoolean();
        }
        if (!found) {
            throw new InvalidArgumentException("category",
                    "no category has the id '" + Downloads.shorten(categoryId) + "'");
        }
    }

    /** Hands every asset the viewer may see (in the category, when one is given) to {@code sink} as it is read. */
    void forEach(Viewer viewer, String categoryId, Consumer<AssetRow> sink) {
        var parameters = new HashMap<String, Object>();
        parameters.put("visibility", VisibilityAccess.visibleTo(viewer));
        parameters.put("categoryId", categoryId);
        try (var session = driver.session(Sessions.READ)) {
            session.run(cypher.get("export/list_assets"), parameters, Downloads.TIME_LIMIT)
                    .forEachRemaining(row -> sink.accept(AssetRow.of(row)));
        }
    }
}
