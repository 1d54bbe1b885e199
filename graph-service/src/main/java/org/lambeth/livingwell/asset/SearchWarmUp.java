package org.lambeth.livingwell.asset;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Plans the common shapes of the search once the service is up, on a background thread, so that the first person to
 * search does not wait for Neo4j to plan the statement (a second or more for each new combination of filter parts;
 * plans are then cached). Switched off with {@code livingwell.search.warm-up=false}.
 */
@Component
@ConditionalOnProperty(name = "livingwell.search.warm-up", havingValue = "true", matchIfMissing = true)
class SearchWarmUp {

    private static final Logger log = LoggerFactory.getLogger(SearchWarmUp.class);
    private static final PlaceInput BRIXTON = new PlaceInput(null, 51.4613, -0.1156);
    private static final AssetFilter.Box LAMBETH = new AssetFilter.Box(51.411, -0.152, 51.511, -0.078);

    private final AssetSearchService search;

    SearchWarmUp(AssetSearchService search) {
        this.search = search;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread.ofPlatform().name("search-warm-up").daemon().start(this::run);
    }

    private void run() {
        long start = System.nanoTime();
        var near = AssetFilter.NONE.withNear(new AssetFilter.Near(BRIXTON, 1000d));
        var text = new AssetFilter(null, null, null, "library", null, null, null, null, null);
        var locality = new AssetFilter(null, new AssetFilter.Within(null, "half-south"), null, null, null, null, null,
                null, null);
        List<Runnable> shapes = List.of(
                () -> search.search(near, null, PageRequest.of(50, null)),
                () -> search.search(near, null, PageRequest.of(50, null).uncounted()),
                () -> search.search(near.withCategories(List.of("library")), null, PageRequest.of(20, null)),
                () -> search.search(text, null, PageRequest.of(20, null)),
                () -> search.search(text, null, PageRequest.of(20, null).uncounted()),
                () -> search.search(locality, null, PageRequest.of(20, null)),
                () -> search.facets(locality),
                () -> search.clusters(LAMBETH, 12, null, AssetFill.FULL),
                () -> search.nearest(BRIXTON, "library", 3));
        int failed = 0;
        for (var shape : shapes) {
            try {
                shape.run();
            } catch (RuntimeException e) {
                failed++;
                log.warn("Search warm-up step failed ({})", e.getClass().getSimpleName());
            }
        }
        log.info("Search warm-up: {} query shapes planned in {} ms{}", shapes.size() - failed,
                (System.nanoTime() - start) / 1_000_000, failed == 0 ? "" : ", " + failed + " failed");
    }
}
