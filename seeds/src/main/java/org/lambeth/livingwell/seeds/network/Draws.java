package org.lambeth.livingwell.seeds.network;

import java.util.List;
import java.util.SplittableRandom;

/** Small random draws over a {@link SplittableRandom}, so that every draw follows from the seed. */
public final class Draws {

    private Draws() {
    }

    /** A random stream for one phase of generation, independent of the other phases. */
    static SplittableRandom stream(long seed, int phase) {
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + phase);
    }

    static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    /** The number of successes in {@code trials} draws with the given probability. */
    static int binomial(SplittableRandom random, int trials, double probability) {
        int successes = 0;
        for (int i = 0; i < trials; i++) {
            if (chance(random, probability)) {
                successes++;
            }
        }
        return successes;
    }

    static <T> T pick(SplittableRandom random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** A value in [min, max), rounded to two decimals. */
    static double between(SplittableRandom random, double min, double max) {
        return Math.round((min + random.nextDouble() * (max - min)) * 100.0) / 100.0;
    }

    /** The index chosen by weights that need not sum to one. */
    public static int weighted(SplittableRandom random, double... weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double point = random.nextDouble() * total;
        for (int i = 0; i < weights.length - 1; i++) {
            point -= weights[i];
            if (point < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Shuffles in place (Fisher-Yates). */
    static <T> void shuffle(SplittableRandom random, List<T> items) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            items.set(j, items.set(i, items.get(j)));
        }
    }
}
