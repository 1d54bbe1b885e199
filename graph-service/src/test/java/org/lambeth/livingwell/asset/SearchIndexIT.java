package org.lambeth.livingwell.asset;

import static org.lambeth.livingwell.asset.AssetFill.FULL;
import static org.lambeth.livingwell.asset.AssetFill.HELD;
import static org.lambeth.livingwell.asset.SearchSource.CYPHER;
import static org.lambeth.livingwell.asset.SearchSource.INDEX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.api.InvalidArgumentException;
import org.lambeth.livingwell.asset.SearchViews.AssetCluster;
import org.lambeth.livingwell.asset.SearchViews.AssetClusters;
import org.lambeth.livingwell.asset.edit.AssetEditIT;
import org.lambeth.livingwell.asset.hours.AccessibilityFeature;
import org.lambeth.livingwell.asset.index.SearchIndex;
import org.lambeth.livingwell.support.CypherRoundTrips;
import org.lambeth.livingwell.support.GraphQlServiceTest;
import org.lambeth.livingwell.viewer.Role;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

/**
 * The in-memory cluster index against the Cypher clustering it replaces, over the real seeds: the same cells, counts,
 * bounds, centres, top categories and single assets for every box, zoom and filter it takes; and it follows the
 * database: a change through the feed is in the next answer, a write the feed does not explain makes it rebuild.
 */
class SearchIndexIT extends GraphQlServiceTest {

    private static final AssetFilter.Box LAMBETH = new AssetFilter.Box(51.411, -0.152, 51.511, -0.078);
    private static final AssetFilter.Box BRIXTON = new AssetFilter.Box(51.452, -0.128, 51.470, -0.100);
    private static final AssetFilter.Box LONDON = new AssetFilter.Box(51.28, -0.51, 51.69, 0.33);
    private static final AssetFilter.Near BRIXTON_2KM = new AssetFilter.Near(new PlaceInput(null, 51.4613, -0.1156),
            2000.0);
    private static final String CLUSTERS = """
            query ($box: BoxInput!, $zoom: Int!) {
              assetClusters(box: $box, zoom: $zoom) { totalCount assets { %s } }
            }""";
    private static final Map<String, Object> BRIXTON_AT_16 = Map.of("zoom", 16, "box", Map.of("south", 51.452,
            "west", -0.128, "north", 51.470, "east", -0.100));
    /** How many filters {@link #filters()} gives. */
    private static final int FILTERS = 13;

    @Autowired
    AssetSearchService search;

    @Autowired
    SearchIndex index;

    @Autowired
    Driver driver;

    private final List<String> added = new ArrayList<>();

    @BeforeEach
    void current() {
        assertThat(index.rebuildNow()).isGreaterThanOrEqualTo(414);
    }

    @AfterEach
    void retireWhatWasAdded() {
        for (var id : added) {
            graphql.as(Role.EDITOR).post(AssetEditIT.RETIRE, Map.of("input", Map.of("id", id, "reason", "test")));
        }
    }

    @Test
    void answersExactlyAsTheCypherClusteringDoes() {
        var filters = filters();
        int compared = 0;
        long clustersSeen = 0;
        long singlesSeen = 0;
        for (var box : List.of(LAMBETH, BRIXTON, LONDON)) {
            for (int zoom : new int[] {9, 11, 12, 13, 14, 15, 16, 17}) {
                for (var filter : filters) {
                    var where = box + " zoom " + zoom + " " + filter;
                    var fromMemory = search.clusters(INDEX, box, zoom, filter, FULL);
                    assertThat(fromMemory).as("answered from memory: " + where).isPresent();
                    var fromCypher = search.clusters(CYPHER, box, zoom, filter, FULL).orElseThrow();
                    assertSame(fromMemory.get(), fromCypher, where);
                    // the map's markers take each single asset's id, name and place from the index alone
                    var placesOnly = search.clusters(INDEX, box, zoom, filter, HELD).orElseThrow();
                    assertThat(places(placesOnly)).as(where + " single assets' places")
                            .containsExactlyInAnyOrderElementsOf(places(fromCypher));
                    assertThat(placesOnly.clusters()).as(where + " clusters").isEqualTo(fromMemory.get().clusters());
                    compared++;
                    clustersSeen += fromCypher.clusters().size();
                    singlesSeen += fromCypher.assets().size();
                }
            }
        }
        assertThat(compared).isEqualTo(3 * 8 * FILTERS);
        // the comparison covered real clusters and real single assets, not empty answers
        assertThat(clustersSeen).isGreaterThan(100);
        assertThat(singlesSeen).isGreaterThan(100);
    }

    @Test
    void countsFacetsExactlyAsTheCypherFacetsDo() {
        int compared = 0;
        for (var filter : filters()) {
            for (var box : new AssetFilter.Box[] {null, LAMBETH, BRIXTON}) {
                var boxed = box == null ? filter : filter.withBox(box);
                var where = boxed.toString();
                var fromMemory = search.facets(INDEX, boxed);
                assertThat(fromMemory).as("answered from memory: " + where).isPresent();
                var fromCypher = search.facets(CYPHER, boxed).orElseThrow();
                assertThat(fromMemory.get().totalCount()).as(where + " total").isEqualTo(fromCypher.totalCount());
                assertThat(fromMemory.get().categories()).as(where + " categories").isEqualTo(fromCypher.categories());
                assertThat(fromMemory.get().localities()).as(where + " localities").isEqualTo(fromCypher.localities());
                assertThat(fromMemory.get().accessibility()).as(where + " accessibility")
                        .isEqualTo(fromCypher.accessibility());
                compared++;
            }
        }
        assertThat(compared).isEqualTo(FILTERS * 3);
        // real counts were compared: every seeded asset is in the borough, under a category and in some localities
        var all = search.facets(CYPHER, AssetFilter.NONE).orElseThrow();
        assertThat(all.totalCount()).isGreaterThanOrEqualTo(414);
        assertThat(all.categories()).hasSizeGreaterThan(5);
        assertThat(all.localities()).hasSizeGreaterThan(25);
        assertThat(all.accessibility()).isNotEmpty();
        // a locality as the area is left to Cypher (the index holds no boundaries' membership check of its own)
        assertThat(search.facets(INDEX, new AssetFilter(null, new AssetFilter.Within(null, "half-south"), null, null,
                null, null, null, null, null))).isEmpty();
    }

    @Test
    void listsPagesByNameExactlyAsTheCypherSearchDoes() {
        int compared = 0;
        for (var filter : filters()) {
            for (var box : new AssetFilter.Box[] {null, LAMBETH, BRIXTON}) {
                var boxed = box == null ? filter : filter.withBox(box);
                // the first three pages of 20, following each answer's own cursor
                compared += comparePages(boxed, AssetSort.NAME, 20, 3).size();
            }
        }
        assertThat(compared).isGreaterThan(30);
        // the most recently updated first is Cypher's
        assertThat(search.search(INDEX, AssetFilter.NONE, AssetSort.RECENTLY_UPDATED, PageRequest.of(20, null)))
                .isEmpty();
    }

    @Test
    void listsPagesByRelevanceAsTheCypherSearchDoes() {
        int compared = 0;
        long edgesSeen = 0;
        var filters = new ArrayList<>(filters().stream().filter(filter -> filter.text() != null).toList());
        // common words: many matches, with many different scores (the same scores as the store's index gives)
        filters.addAll(List.of(text("the"), text("support and advice")));
        for (var filter : filters) {
            for (var box : new AssetFilter.Box[] {null, LAMBETH, BRIXTON}) {
                var boxed = box == null || filter.near() != null ? filter : filter.withBox(box);
                for (var pair : comparePages(boxed, AssetSort.RELEVANCE, 10, 3)) {
                    compared++;
                    edgesSeen += pair.cypher().edges().size();
                }
            }
        }
        assertThat(compared).isGreaterThan(12);
        assertThat(edgesSeen).isGreaterThan(100);
    }

    @Test
    void listsPagesByDistanceExactlyAsTheCypherSearchDoes() {
        int compared = 0;
        long edgesSeen = 0;
        var places = List.of(new PlaceInput(null, 51.4613, -0.1156), new PlaceInput("SE11 5QY", null, null),
                new PlaceInput("SW2 1RW", null, null), new PlaceInput(null, 51.4300, -0.1300));
        for (var place : places) {
            for (double radius : new double[] {400, 1500, 5000}) {
                for (var filter : filters()) {
                    var near = filter.withNear(new AssetFilter.Near(place, radius));
                    // the same assets, in the same order, at exactly the same distances, from the same place
                    for (var pair : comparePages(near, AssetSort.DISTANCE, 25, 2)) {
                        assertThat(pair.memory().near()).as(near + " place").isEqualTo(pair.cypher().near());
                        compared++;
                        edgesSeen += pair.cypher().edges().size();
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(4 * 3 * FILTERS);
        // real pages were compared, with distances on every edge
        assertThat(edgesSeen).isGreaterThan(1000);
        var nearest = search.search(INDEX, AssetFilter.NONE.withNear(BRIXTON_2KM), null, PageRequest.of(5, null))
                .orElseThrow();
        assertThat(nearest.edges()).hasSize(5).allSatisfy(edge -> assertThat(edge.distanceMetres()).isBetween(0.0,
                2000.0));
    }

    @Test
    void aPageAskingOnlyForHeldFieldsIsAnsweredFromMemoryAsCypherAnswersIt() {
        int compared = 0;
        long assetsSeen = 0;
        for (var filter : filters()) {
            for (var sort : new AssetSort[] {null, AssetSort.NAME}) {
                var where = filter + " " + sort;
                var fromMemory = search.search(INDEX, filter, sort, PageRequest.of(30, null).held());
                assertThat(fromMemory).as("answered from memory: " + where).isPresent();
                var fromCypher = search.search(CYPHER, filter, sort, PageRequest.of(30, null)).orElseThrow();
                assertThat(fromMemory.get().totalCount()).as(where + " total").isEqualTo(fromCypher.totalCount());
                assertThat(fromMemory.get().pageInfo()).as(where + " page info").isEqualTo(fromCypher.pageInfo());
                assertThat(fromMemory.get().edges()).as(where + " edges").hasSameSizeAs(fromCypher.edges());
                for (int i = 0; i < fromCypher.edges().size(); i++) {
                    var memory = fromMemory.get().edges().get(i);
                    var cypher = fromCypher.edges().get(i);
                    assertThat(memory.cursor()).isEqualTo(cypher.cursor());
                    assertThat(memory.distanceMetres()).as(where + " distance").isEqualTo(cypher.distanceMetres());
                    assertThat(memory.relevance()).as(where + " relevance").isEqualTo(cypher.relevance());
                    assertThat(memory.node()).as(where + " asset " + i).isEqualTo(held(cypher.node()));
                }
                compared++;
                assetsSeen += fromCypher.edges().size();
            }
        }
        assertThat(compared).isEqualTo(2 * FILTERS);
        assertThat(assetsSeen).isGreaterThan(300);
    }

    /** What {@link AssetSearchService#heldView} fills in, taken from a view read in full. */
    private static AssetView held(AssetView full) {
        return new AssetView(full.id(), full.name(), null, full.categories(), full.location(), null, null,
                full.localities(), List.of(), false, null, null, null, List.of(), full.free(), full.visibility(), null);
    }

    @Test
    void aListOfHeldFieldsOnlyReadsNoAssetRowsAndAnswersAsAFullOne() {
        var query = """
                query { assets(filter: {near: {place: {latitude: 51.4613, longitude: -0.1156}, radiusMetres: 1500}},
                    first: 40) { totalCount edges { distanceMetres node { %s } } } }""";
        var heldFields = "id name location { latitude longitude } categories { id name parentId } "
                + "localities { id name kind half } free visibility";
        graphql.data(query.formatted(heldFields)); // the index is brought up to date
        CypherRoundTrips.reset();
        var held = graphql.data(query.formatted(heldFields)).path("assets");
        int heldTrips = CypherRoundTrips.count();
        CypherRoundTrips.reset();
        var full = graphql.data(query.formatted(heldFields + " address")).path("assets");
        int fullTrips = CypherRoundTrips.count();
        assertThat(held.path("totalCount")).isEqualTo(full.path("totalCount"));
        assertThat(held.path("edges").size()).isEqualTo(40).isEqualTo(full.path("edges").size());
        for (int i = 0; i < 40; i++) {
            var fullEdge = (ObjectNode) full.path("edges").get(i).deepCopy();
            ((ObjectNode) fullEdge.get("node")).remove("address");
            assertThat(held.path("edges").get(i)).as("edge " + i).isEqualTo(fullEdge);
        }
        // nothing was committed since: the held fields come from memory alone, the full ones read the page's rows
        assertThat(heldTrips).as("round trips of the held fields").isZero();
        assertThat(fullTrips).as("round trips with the address").isEqualTo(1);
    }

    @Test
    void readsNothingFromTheDatabaseWhileNothingIsCommitted() {
        var near = AssetFilter.NONE.withNear(BRIXTON_2KM);
        assertThat(search.search(INDEX, near, null, PageRequest.of(10, null).held())).isPresent();
        CypherRoundTrips.reset();
        var again = search.search(INDEX, near, null, PageRequest.of(10, null).held());
        assertThat(again).isPresent();
        assertThat(CypherRoundTrips.count()).as("round trips with nothing committed since").isZero();
        try (var session = driver.session()) {
            // two commits (one transaction that creates and deletes the same node would commit nothing)
            session.run("CREATE (:CommitMarksTest)").consume();
            session.run("MATCH (t:CommitMarksTest) DELETE t").consume();
        }
        CypherRoundTrips.reset();
        assertThat(search.search(INDEX, near, null, PageRequest.of(10, null).held())).contains(again.get());
        // a commit anywhere: the index reads the feed's position and the counts again (and finds nothing to do)
        assertThat(CypherRoundTrips.count()).as("round trips after a commit").isEqualTo(1);
    }

    @Test
    void aMarkerOnlySelectionGetsTheSameSingleAssetsAsAFullOne() {
        var markers = graphql.data(CLUSTERS.formatted("id name location { latitude longitude }"), BRIXTON_AT_16)
                .path("assetClusters").path("assets");
        var full = graphql.data(CLUSTERS.formatted("id name location { latitude longitude } categories { id } "
                + "address"), BRIXTON_AT_16).path("assetClusters").path("assets");
        assertThat(markers.size()).isGreaterThan(20).isEqualTo(full.size());
        for (int i = 0; i < full.size(); i++) {
            assertThat(markers.get(i).path("id")).isEqualTo(full.get(i).path("id"));
            assertThat(markers.get(i).path("name")).isEqualTo(full.get(i).path("name"));
            assertThat(markers.get(i).path("location")).isEqualTo(full.get(i).path("location"));
        }
        // a field the index does not hold is still read from the store
        assertThat(full.findValues("categories")).allSatisfy(categories -> assertThat(categories.size()).isPositive());
    }

    @Test
    void hoursAreLeftToCypher() {
        // a fixed moment (Wednesday noon), not openNow: at night nothing is open, and the count must be positive
        var wednesdayNoon = new AssetFilter(null, null, null, null,
                new AssetFilter.OpenAt(java.time.DayOfWeek.WEDNESDAY, "12:00", null), null, null, null, null);
        assertThat(search.clusters(INDEX, LAMBETH, 12, wednesdayNoon, FULL)).isEmpty();
        assertThat(search.search(INDEX, wednesdayNoon.withNear(BRIXTON_2KM), AssetSort.DISTANCE,
                PageRequest.of(20, null))).isEmpty();
        assertThat(search.search(INDEX, AssetFilter.NONE.withNear(BRIXTON_2KM), AssetSort.RECENTLY_UPDATED,
                PageRequest.of(20, null))).isEmpty();
        assertThat(search.clusters(LAMBETH, 12, wednesdayNoon, FULL).totalCount())
                .isEqualTo(search.clusters(CYPHER, LAMBETH, 12, wednesdayNoon, FULL).orElseThrow().totalCount())
                .isPositive();
    }

    @Test
    void anUnknownCategoryIsRefusedAsTheSearchRefusesIt() {
        assertThatThrownBy(() -> search.clusters(LAMBETH, 12, AssetFilter.NONE.withCategories(List.of("no-such")),
                FULL))
                .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("unknown category ids [no-such]");
    }

    @Test
    void anEditThroughTheFeedIsInTheNextAnswerWithoutARebuild() {
        var point = Map.<String, Object>of("latitude", 51.4630, "longitude", -0.1130);
        var asset = graphql.as(Role.EDITOR).data(AssetEditIT.ADD, Map.of("input",
                AssetEditIT.newAsset("Cluster index test garden", point))).path("addAsset").path("asset");
        var id = asset.path("id").asString();
        added.add(id);
        var here = new AssetFilter.Box(51.4625, -0.1135, 51.4635, -0.1125);
        assertThat(singleIds(search.clusters(INDEX, here, 18, AssetFilter.NONE, FULL).orElseThrow())).contains(id);
        assertThat(places(search.clusters(INDEX, here, 18, AssetFilter.NONE, HELD).orElseThrow()))
                .anyMatch(place -> place.startsWith(id + " | Cluster index test garden | "));
        // its words are in the index's text search too
        assertThat(textIds("cluster index test gard")).containsExactly(id);

        graphql.as(Role.EDITOR).data(AssetEditIT.UPDATE, Map.of("input", Map.of("id", id,
                "location", Map.of("latitude", 51.4400, "longitude", -0.1300))));
        assertThat(singleIds(search.clusters(INDEX, here, 18, AssetFilter.NONE, FULL).orElseThrow()))
                .doesNotContain(id);
        var there = new AssetFilter.Box(51.4395, -0.1305, 51.4405, -0.1295);
        assertThat(singleIds(search.clusters(INDEX, there, 18, AssetFilter.NONE, FULL).orElseThrow()))
                .contains(id);

        graphql.as(Role.EDITOR).data(AssetEditIT.UPDATE, Map.of("input", Map.of("id", id,
                "name", "Cluster index renamed orchard")));
        assertThat(textIds("cluster index test gard")).isEmpty();
        assertThat(textIds("cluster index renamed orchard")).containsExactly(id);

        graphql.as(Role.EDITOR).data(AssetEditIT.RETIRE, Map.of("input", Map.of("id", id, "reason", "test")));
        added.remove(id);
        assertThat(singleIds(search.clusters(INDEX, there, 18, AssetFilter.NONE, FULL).orElseThrow()))
                .doesNotContain(id);
        assertThat(textIds("cluster index renamed orchard")).isEmpty();
    }

    /** The ids the index's text search finds for {@code words}, best first (answered from memory). */
    private List<String> textIds(String words) {
        return search.search(INDEX, text(words), null, PageRequest.of(10, null)).orElseThrow().edges().stream()
                .map(edge -> edge.node().id()).toList();
    }

    @Test
    void aWriteTheFeedDoesNotExplainMakesItRebuildAndCypherAnswersMeanwhile() throws Exception {
        var here = new AssetFilter.Box(51.4700, -0.1210, 51.4710, -0.1200);
        try (var session = driver.session()) {
            session.run("""
                    CREATE (:Asset {id: 'cluster-index-bulk-test', name: 'Bulk written', visibility: 'PUBLIC',
                                    location: point({latitude: 51.4705, longitude: -0.1205})})""").consume();
        }
        try {
            // the count no longer matches: this answer comes from Cypher, and is right
            assertThat(search.clusters(INDEX, here, 18, AssetFilter.NONE, FULL)).isEmpty();
            assertThat(singleIds(search.clusters(here, 18, AssetFilter.NONE, FULL)))
                    .contains("cluster-index-bulk-test");
            // the rebuild started in the background lands soon after
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            var rebuilt = search.clusters(INDEX, here, 18, AssetFilter.NONE, FULL);
            while (rebuilt.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(50);
                rebuilt = search.clusters(INDEX, here, 18, AssetFilter.NONE, FULL);
            }
            assertThat(rebuilt).isPresent();
            assertThat(singleIds(rebuilt.get())).contains("cluster-index-bulk-test");
        } finally {
            try (var session = driver.session()) {
                session.run("MATCH (a:Asset {id: 'cluster-index-bulk-test'}) DETACH DELETE a").consume();
            }
        }
    }

    /**
     * An asset's categories come by id, and the first (its primary category, the one clusters count it under) is the
     * smallest id, in Cypher's answer and in the index's, whatever order the relationships were written in: the
     * store's order of an asset's relationships follows how they were written, so it can differ after a restore.
     */
    @Test
    void anAssetsCategoriesAndPrimaryCategoryDoNotDependOnTheOrderTheyWereWritten() throws Exception {
        var point = Map.<String, Object>of("latitude", 51.4641, "longitude", -0.1171);
        var id = graphql.as(Role.EDITOR).data(AssetEditIT.ADD, Map.of("input",
                AssetEditIT.newAsset("Category order test garden", point))).path("addAsset").path("asset")
                .path("id").asString();
        added.add(id);
        var here = new AssetFilter.Box(51.4636, -0.1176, 51.4646, -0.1166);
        List<String> twoCategories;
        try (var session = driver.session()) {
            twoCategories = session.run("MATCH (c:Category) WHERE NOT (c)<-[:BROADER]-() RETURN c.id AS id "
                    + "ORDER BY id LIMIT 2").list(row -> row.get("id").asString());
        }
        for (var written : List.of(twoCategories, twoCategories.reversed())) {
            try (var session = driver.session()) {
                session.run("MATCH (a:Asset {id: $id})-[r:IN_CATEGORY]->() DELETE r", Map.of("id", id)).consume();
                for (var category : written) {
                    session.run("MATCH (a:Asset {id: $id}), (c:Category {id: $category}) "
                            + "CREATE (a)-[:IN_CATEGORY]->(c)", Map.of("id", id, "category", category)).consume();
                }
            }
            index.rebuildNow();
            var where = "written in the order " + written;
            var cypher = search.clusters(CYPHER, here, 18, AssetFilter.NONE, FULL).orElseThrow();
            var memory = search.clusters(INDEX, here, 18, AssetFilter.NONE, HELD).orElseThrow();
            for (var answer : List.of(cypher, memory)) {
                var asset = answer.assets().stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
                assertThat(asset.categories()).as(where).extracting(AssetView.CategoryView::id)
                        .containsExactlyElementsOf(twoCategories);
            }
        }
    }

    /** A page from the index and the same page from Cypher. */
    private record ComparedPage(AssetConnection memory, AssetConnection cypher) {
    }

    /**
     * Up to {@code pages} pages of {@code size} in {@code sort} order, following each answer's own cursor: each
     * answered from memory, with the same total, edges and page info as Cypher's.
     */
    private List<ComparedPage> comparePages(AssetFilter filter, AssetSort sort, int size, int pages) {
        var compared = new ArrayList<ComparedPage>();
        String after = null;
        for (int page = 0; page < pages; page++) {
            var where = filter + " page " + page;
            var fromMemory = search.search(INDEX, filter, sort, PageRequest.of(size, after));
            assertThat(fromMemory).as("answered from memory: " + where).isPresent();
            var fromCypher = search.search(CYPHER, filter, sort, PageRequest.of(size, after)).orElseThrow();
            assertThat(fromMemory.get().totalCount()).as(where + " total").isEqualTo(fromCypher.totalCount());
            assertThat(fromMemory.get().edges()).as(where + " edges").isEqualTo(fromCypher.edges());
            assertThat(fromMemory.get().pageInfo()).as(where + " page info").isEqualTo(fromCypher.pageInfo());
            compared.add(new ComparedPage(fromMemory.get(), fromCypher));
            if (!fromCypher.pageInfo().hasNextPage()) {
                break;
            }
            after = fromCypher.edges().getLast().cursor();
        }
        return compared;
    }

    private List<AssetFilter> filters() {
        return List.of(
                AssetFilter.NONE,
                AssetFilter.NONE.withCategories(List.of("library")),
                AssetFilter.NONE.withCategories(List.of(parentCategory())),
                new AssetFilter(null, null, null, null, null, false, null, true, null),
                new AssetFilter(null, null, null, null, null, null, List.of(AccessibilityFeature.STEP_FREE_ACCESS),
                        null, null),
                new AssetFilter(null, null, null, null, null, null, null, null,
                        List.of(Visibility.PUBLIC, Visibility.NETWORK)),
                new AssetFilter(null, null, null, null, null, null, null, null, List.of(Visibility.NETWORK)),
                AssetFilter.NONE.withNear(BRIXTON_2KM),
                AssetFilter.NONE.withNear(new AssetFilter.Near(new PlaceInput("SE11 5QY", null, null), 1500.0))
                        .withCategories(List.of(parentCategory())),
                text("library"),
                text("community centre"),
                // the last word also as a prefix; a word that is index syntax elsewhere is a plain word here
                text("youth cl"),
                text("garden AND").withNear(BRIXTON_2KM));
    }

    private static AssetFilter text(String words) {
        return new AssetFilter(null, null, null, words, null, null, null, null, null);
    }

    private String parentCategory() {
        try (var session = driver.session()) {
            return session.run("MATCH (c:Category)<-[:BROADER]-(:Category) RETURN c.id AS id ORDER BY id LIMIT 1")
                    .single().get("id").asString();
        }
    }

    private static List<String> places(AssetClusters clusters) {
        return clusters.assets().stream().map(asset -> asset.id() + " | " + asset.name() + " | " + asset.location())
                .toList();
    }

    private static List<String> singleIds(AssetClusters clusters) {
        return clusters.assets().stream().map(AssetView::id).toList();
    }

    private static void assertSame(AssetClusters memory, AssetClusters cypher, String where) {
        assertThat(memory.zoom()).as(where).isEqualTo(cypher.zoom());
        assertThat(memory.totalCount()).as(where + " total").isEqualTo(cypher.totalCount());
        assertThat(singleIds(memory)).as(where + " single assets")
                .containsExactlyInAnyOrderElementsOf(singleIds(cypher));
        assertThat(memory.clusters()).as(where + " clusters").hasSameSizeAs(cypher.clusters());
        for (int i = 0; i < cypher.clusters().size(); i++) {
            AssetCluster m = memory.clusters().get(i);
            AssetCluster c = cypher.clusters().get(i);
            var at = where + " cluster " + i;
            assertThat(m.count()).as(at).isEqualTo(c.count());
            assertThat(m.bounds()).as(at).isEqualTo(c.bounds());
            assertThat(m.centre().latitude()).as(at).isCloseTo(c.centre().latitude(), within(1e-9));
            assertThat(m.centre().longitude()).as(at).isCloseTo(c.centre().longitude(), within(1e-9));
            assertThat(m.topCategories()).as(at + " top categories").isEqualTo(c.topCategories());
        }
    }
}
