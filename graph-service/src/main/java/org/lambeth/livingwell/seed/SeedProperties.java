package org.lambeth.livingwell.seed;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Seeding on start.
 *
 * @param enabled load the seeds when the database is empty
 * @param demoPeople how many people the demo network has
 * @param demoSeed the random seed of the demo network (same seed, same network)
 */
@ConfigurationProperties("livingwell.seed")
public record SeedProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("1000") int demoPeople,
        @DefaultValue("20141211") long demoSeed) {
}
