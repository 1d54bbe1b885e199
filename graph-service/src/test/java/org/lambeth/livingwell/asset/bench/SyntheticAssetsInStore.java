package org.lambeth.livingwell.asset.bench;

import org.lambeth.livingwell.seeds.synthetic.SyntheticAssets;
import org.neo4j.driver.Driver;

/**
 * For benchmarks in other packages (the map's browser benchmark): writes the deterministic synthetic assets of the
 * search benchmark into a running service's store with {@link SyntheticAssetLoader} (indexes kept up to date).
 * Up to 100k they lie at Lambeth postcodes, so all of them are in the map's area.
 */
public final class SyntheticAssetsInStore {

    private SyntheticAssetsInStore() {
    }

    /** Loads {@code size} synthetic assets (seed {@link SyntheticAssets#DEFAULT_SEED}); returns the assets per second. */
    public static double load(Driver driver, int size) throws InterruptedException {
        var loader = new SyntheticAssetLoader(driver, StoreLocalities.read(driver), 2500, 2, message -> { });
        return loader.load(SyntheticAssets.generate(size, SyntheticAssets.DEFAULT_SEED), size).assetsPerSecond();
    }
}
