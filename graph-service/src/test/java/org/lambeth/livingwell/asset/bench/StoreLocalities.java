package org.lambeth.livingwell.asset.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.lambeth.livingwell.geo.BoundaryIndex;
import org.lambeth.livingwell.geo.Geometries;
import org.lambeth.livingwell.geo.WgsCoordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.neo4j.driver.Driver;

/**
 * The localities a point lies in, by the same rule as the seeds ({@code seed.AssetPlan}): point-in-polygon over every
 * locality's true boundary with {@link BoundaryIndex}, at most one locality of each kind (the first id, ids sorted),
 * and none at all outside the borough. The boundaries are the ones the seeds stored on the {@code :Locality} nodes
 * (GeoJSON, 6 decimals), read back from the store: what the search will see.
 */
final class StoreLocalities {

    static final String BOROUGH_ID = "E09000022";

    static final String READ_LOCALITIES = """
            MATCH (l:Locality)
            RETURN l.id AS id, l.kind AS kind, l.boundary AS boundary ORDER BY id""";

    static final String READ_SEEDED_ASSETS = """
            MATCH (a:Asset) WHERE a.bench IS NULL AND a.location IS NOT NULL
            RETURN a.id AS id, a.location.latitude AS lat, a.location.longitude AS lon,
                   COLLECT { MATCH (a)-[:LOCATED_IN]->(l:Locality) RETURN l.id ORDER BY l.id } AS localities""";

    /** Where a point is: inside the borough or not, and the localities that hold it (empty outside). */
    record Place(boolean inBorough, List<String> localities) {
    }

    private static final Place OUTSIDE = new Place(false, List.of());

    private final BoundaryIndex index;
    private final Map<String, String> kinds;
    private final Envelope boroughEnvelope;

    private StoreLocalities(Map<String, Geometry> boundaries, Map<String, String> kinds) {
        this.index = new BoundaryIndex(boundaries);
        this.kinds = kinds;
        var borough = boundaries.get(BOROUGH_ID);
        if (borough == null) {
            throw new IllegalStateException("no borough locality " + BOROUGH_ID + ": are the real seeds loaded?");
        }
        this.boroughEnvelope = borough.getEnvelopeInternal();
    }

    static StoreLocalities read(Driver driver) {
        var boundaries = new TreeMap<String, Geometry>();
        var kinds = new HashMap<String, String>();
        try (var session = driver.session()) {
            session.executeRead(tx -> tx.run(READ_LOCALITIES).list()).forEach(r -> {
                var id = r.get("id").asString();
                boundaries.put(id, Geometries.readRepairing(r.get("boundary").asString()));
                kinds.put(id, r.get("kind").asString());
            });
        }
        return new StoreLocalities(boundaries, kinds);
    }

    int count() {
        return kinds.size();
    }

    Place place(double latitude, double longitude) {
        if (!boroughEnvelope.contains(longitude, latitude)) {
            return OUTSIDE; // cheap reject: most of Greater London
        }
        var containing = index.containing(new WgsCoordinate(latitude, longitude));
        if (!containing.contains(BOROUGH_ID)) {
            // LSOA outlines are not river-clipped: outside the borough boundary means in none of its localities
            return OUTSIDE;
        }
        var seen = new HashSet<String>();
        var onePerKind = new ArrayList<String>(containing.size());
        for (var id : containing) {
            if (seen.add(kinds.get(id))) {
                onePerKind.add(id);
            }
        }
        return new Place(true, List.copyOf(onePerKind));
    }

    /**
     * Checks the rule against the seeded (real) assets: how many of them get exactly the localities the seeds gave
     * them. The seeds placed them with the unrounded boundaries, so a point within centimetres of a border could
     * differ.
     */
    String agreementWithSeeds(Driver driver) {
        try (var session = driver.session()) {
            var rows = session.executeRead(tx -> tx.run(READ_SEEDED_ASSETS).list());
            int same = 0;
            var differing = new ArrayList<String>();
            for (var r : rows) {
                var expected = r.get("localities").asList(v -> v.asString());
                var actual = new ArrayList<>(place(r.get("lat").asDouble(), r.get("lon").asDouble()).localities());
                actual.sort(null);
                if (actual.equals(expected)) {
                    same++;
                } else if (differing.size() < 5) {
                    differing.add(r.get("id").asString() + " seeds " + expected + " here " + actual);
                }
            }
            return String.format(java.util.Locale.ROOT, "%d of %d seeded assets get the same localities%s", same,
                    rows.size(), differing.isEmpty() ? "" : "; differing: " + differing);
        }
    }
}
