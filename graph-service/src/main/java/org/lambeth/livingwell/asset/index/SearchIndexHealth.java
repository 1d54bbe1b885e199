package org.lambeth.livingwell.asset.index;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The search index's part in readiness ({@code searchIndex} in the readiness group): OUT_OF_SERVICE until the index
 * has been built once, so a load balancer sends no searches to an instance that would answer them slowly from
 * Cypher; UP from then on (a later rebuild, after an import, is answered from Cypher meanwhile and does not take the
 * instance out). The build starts as soon as the service is up, and again at the next probe if it failed.
 * Migrations and seeds need no check of their own: the web server does not start before they are done
 * ({@code seed.DatabasePreparation}).
 */
@Component("searchIndexHealthIndicator")
@ConditionalOnWebApplication
class SearchIndexHealth implements HealthIndicator {

    private final SearchIndex index;

    SearchIndexHealth(SearchIndex index) {
        this.index = index;
    }

    @EventListener(ApplicationReadyEvent.class)
    void buildAtStart() {
        index.buildIfAbsent();
    }

    @Override
    public Health health() {
        if (index.built()) {
            return Health.up().build();
        }
        index.buildIfAbsent();
        return Health.outOfService().withDetail("searchIndex", "building").build();
    }
}
