package org.lambeth.livingwell.seed;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Reads the seed files and computes the seed batches (GeoJSON parsing, JTS unions and point-in-polygon, the demo
 * network) in the background from the very start of the application, so that the work overlaps Neo4j's start-up.
 * Pure computation: it touches no database. A bean factory post-processor only because those are created first.
 */
@Component
class SeedPlanner implements BeanFactoryPostProcessor, EnvironmentAware {

    private volatile CompletableFuture<List<SeedBatch>> plan;
    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (environment.getProperty("livingwell.seed.enabled", Boolean.class, true)) {
            long seed = environment.getProperty("livingwell.seed.demo-seed", Long.class, 20141211L);
            int people = environment.getProperty("livingwell.seed.demo-people", Integer.class, 1000);
            plan = CompletableFuture.supplyAsync(() -> compute(seed, people));
        }
    }

    /** The batches; computed now if the background start did not happen. */
    List<SeedBatch> plan(long seed, int people) {
        var started = plan;
        return started != null ? started.join() : compute(seed, people);
    }

    static List<SeedBatch> compute(long seed, int people) {
        var localities = LocalityPlan.read();
        var taxonomy = TaxonomyPlan.read();
        var postcodes = PostcodePlan.read();
        var assets = new AssetPlan(taxonomy, localities);
        var councilLibraries = new ArrayList<org.lambeth.livingwell.geo.GeoJsonFeature>();
        assets.readCouncilAssets(councilLibraries);
        assets.readLibraries(councilLibraries);
        var organisations = OrganisationPlan.read(taxonomy, postcodes, assets);
        var demo = DemoNetworkPlan.generate(seed, people, localities, organisations, assets);
        var batches = new ArrayList<SeedBatch>();
        batches.addAll(localities.batches());
        batches.addAll(taxonomy.batches());
        batches.addAll(postcodes.batches());
        batches.add(organisations.organisationBatch());
        batches.addAll(assets.batches());
        batches.addAll(organisations.tieBatches());
        batches.addAll(demo.batches());
        return List.copyOf(batches);
    }
}
