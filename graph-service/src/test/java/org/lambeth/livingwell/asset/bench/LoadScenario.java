package org.lambeth.livingwell.asset.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * What one request of a search benchmark scenario sends: a GraphQL query and, per request, its variables drawn
 * from a per-client {@link Random} (fixed seeds, so two runs send the same sequence).
 */
enum LoadScenario {

    /** "Within 1 km of a postcode, nearest 50" through the search API ({@code assets(filter: {near: …})}). */
    NEAR("near", """
            query($p: String!) { assets(filter: {near: {place: {postcode: $p}, radiusMetres: 1000}}, first: 50) \
            { totalCount edges { distanceMetres node { id name categories { id name } } } } }"""),

    /** The same work through the older {@code assetsNear} field (plumbing checks before {@code assets} exists). */
    NEAR_LEGACY("near-legacy", """
            query($p: String!) { assetsNear(near: {postcode: $p}, radiusMetres: 1000, first: 50) \
            { totalCount edges { distanceMetres node { id name categories { id name } } } } }"""),

    /** Ranked text search, 20 results. */
    TEXT("text", """
            query($t: String!) { assets(filter: {text: $t}, first: 20) \
            { totalCount edges { relevance node { id name } } } }"""),

    /** Server-side clusters over Lambeth's box at zoom 12 (the same request every time). */
    CLUSTERS("clusters", """
            { assetClusters(box: {south: 51.411, west: -0.152, north: 51.511, east: -0.078}, zoom: 12) \
            { totalCount clusters { count centre { latitude longitude } topCategories { category { id } count } } \
            assets { id } } }"""),

    /**
     * The near query served by the Neo4j GraphQL Library peer ({@code bench/neo4j-graphql-peer/server.js}): the
     * count and the 50 nearest with distance and categories, in one request, as the service's near query.
     */
    PEER_NEAR("peer-near", """
            query($k: String!) { total: nearbyAssetCount(postcodeKey: $k, radiusMetres: 1000) \
            nearbyAssets(postcodeKey: $k, radiusMetres: 1000, first: 50) \
            { distanceMetres(postcodeKey: $k) id name categories { id name } } }""");

    /** Common words for the text scenario. */
    static final List<String> WORDS = List.of("garden", "support", "peer", "coffee", "walk", "music", "library",
            "community", "employment", "art", "youth", "health", "food", "advice", "sport", "church", "dance",
            "allotment", "carers", "recycling");

    /** Base of the per-client random seeds. */
    static final long SEED = 20141211L;

    private static final String POSTCODES = "seeds/lambeth/lambeth_postcodes.csv";
    private static volatile List<String> postcodes;

    private final String cliName;
    private final String query;

    LoadScenario(String cliName, String query) {
        this.cliName = cliName;
        this.query = query;
    }

    String cliName() {
        return cliName;
    }

    static LoadScenario parse(String name) {
        for (var scenario : values()) {
            if (scenario.cliName.equals(name)) {
                return scenario;
            }
        }
        throw new IllegalArgumentException("unknown scenario '" + name + "' (near, near-legacy, text, clusters, "
                + "peer-near)");
    }

    /** The JSON request body of the next request, variables drawn from {@code random}. */
    String nextBody(Random random) {
        var variables = switch (this) {
            case NEAR, NEAR_LEGACY -> "{\"p\":" + json(pick(postcodes(), random)) + "}";
            case PEER_NEAR -> "{\"k\":" + json(pick(postcodes(), random).replace(" ", "")) + "}";
            case TEXT -> "{\"t\":" + json(pick(WORDS, random)) + "}";
            case CLUSTERS -> "{}";
        };
        return "{\"query\":" + json(query) + ",\"variables\":" + variables + "}";
    }

    /** Loads the postcode list once (before the clock starts). */
    static List<String> postcodes() {
        var list = postcodes;
        if (list == null) {
            synchronized (LoadScenario.class) {
                list = postcodes;
                if (list == null) {
                    list = readPostcodes();
                    postcodes = list;
                }
            }
        }
        return list;
    }

    private static List<String> readPostcodes() {
        var stream = LoadScenario.class.getClassLoader().getResourceAsStream(POSTCODES);
        if (stream == null) {
            throw new IllegalStateException(POSTCODES + " is not on the class path (the seeds module)");
        }
        var list = new ArrayList<String>();
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.readLine(); // header
            for (var line = reader.readLine(); line != null; line = reader.readLine()) {
                var comma = line.indexOf(',');
                if (comma > 0) {
                    list.add(line.substring(0, comma).strip().toUpperCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (list.isEmpty()) {
            throw new IllegalStateException(POSTCODES + " holds no postcodes");
        }
        return List.copyOf(list);
    }

    private static String pick(List<String> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    /** A JSON string literal. */
    static String json(String text) {
        var out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
