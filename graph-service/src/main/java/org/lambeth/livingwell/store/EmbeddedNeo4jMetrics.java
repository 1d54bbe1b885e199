package org.lambeth.livingwell.store;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.BaseUnits;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.io.pagecache.PageCache;
import org.neo4j.io.pagecache.tracing.PageCacheTracer;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded Neo4j's page cache as meters, read from the database's own counters (no query): hits, faults and
 * evictions since start, the hit ratio, and how much of the cache is in use. With an external Neo4j there are none
 * here: that server publishes its own metrics (Neo4j's Prometheus endpoint, an Enterprise feature).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedNeo4jCondition.class)
class EmbeddedNeo4jMetrics {

    @Bean
    MeterBinder embeddedNeo4jPageCacheMeters(ObjectProvider<DatabaseManagementService> dbms) {
        return registry -> bind(registry, dbms.getObject());
    }

    static void bind(MeterRegistry registry, DatabaseManagementService dbms) {
        var resolver = ((GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME))
                .getDependencyResolver();
        var tracer = resolver.resolveDependency(PageCacheTracer.class);
        var cache = resolver.resolveDependency(PageCache.class);
        FunctionCounter.builder("neo4j.pagecache.hits", tracer, PageCacheTracer::hits)
                .description("Page cache hits since start (a page found in memory)").register(registry);
        FunctionCounter.builder("neo4j.pagecache.faults", tracer, PageCacheTracer::faults)
                .description("Page cache faults since start (a page read from disk)").register(registry);
        FunctionCounter.builder("neo4j.pagecache.evictions", tracer, PageCacheTracer::evictions)
                .description("Pages evicted from the cache since start").register(registry);
        Gauge.builder("neo4j.pagecache.hit.ratio", tracer, PageCacheTracer::hitRatio)
                .description("Hits over hits and faults since start (0 to 1)").register(registry);
        Gauge.builder("neo4j.pagecache.max", cache, c -> (double) c.maxCachedPages() * c.pageSize())
                .baseUnit(BaseUnits.BYTES).description("The page cache's size").register(registry);
        Gauge.builder("neo4j.pagecache.used", cache,
                c -> (double) Math.max(0, c.maxCachedPages() - c.freePages()) * c.pageSize())
                .baseUnit(BaseUnits.BYTES).description("The page cache's pages in use").register(registry);
        Gauge.builder("neo4j.pagecache.usage.ratio", cache,
                c -> c.maxCachedPages() == 0 ? 0 : (double) (c.maxCachedPages() - c.freePages()) / c.maxCachedPages())
                .description("The share of the page cache in use (0 to 1)").register(registry);
    }
}
