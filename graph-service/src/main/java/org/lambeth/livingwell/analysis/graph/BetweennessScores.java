package org.lambeth.livingwell.analysis.graph;

import java.util.HashMap;
import java.util.Map;

import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.AsUnweightedGraph;

/**
 * Computes {@link Betweenness} over unweighted shortest paths (a tie's strength does not make it "shorter").
 *
 * <p>Up to {@code exactLimit} nodes the scores are exact (Brandes' algorithm from every source, O(nm), checked in the
 * tests against JGraphT's {@link BetweennessCentrality}, which is too slow here at 20,000 members). Above it they are estimated from {@code sampleSize} source nodes drawn at random without
 * replacement (Brandes and Pich 2007, as networkx's {@code betweenness_centrality(k=...)}): JGraphT 1.5.3 has no
 * sampling variant (its {@code ApBetweennessCentrality} is an exact, arbitrary-precision one, slower still), so
 * {@link SampledBetweenness} does the per-source accumulation over the graph's arrays. With every node sampled the
 * estimate is the exact value.</p>
 */
public final class BetweennessScores {

    private BetweennessScores() {
    }

    /**
     * Exact scores when {@code g} has at most {@code exactLimit} nodes, otherwise scores estimated from
     * {@code sampleSize} (at least 1) sources drawn with a random generator seeded with {@code seed}.
     */
    public static Betweenness compute(TieGraph g, int exactLimit, int sampleSize, long seed) {
        int n = g.nodeCount();
        if (n <= exactLimit) {
            return new Betweenness(exact(g), false, 0);
        }
        if (sampleSize < 1) {
            throw new IllegalArgumentException("sampleSize must be at least 1, was " + sampleSize);
        }
        int k = Math.min(sampleSize, n);
        return new Betweenness(SampledBetweenness.estimate(g.indexed(), k, seed), true, k);
    }

    /**
     * Brandes' accumulation from every source over the graph's arrays: the exact scores. JGraphT's
     * {@link BetweennessCentrality} computes the same numbers (the tests use it as the oracle) but took 32 s at 5,000
     * members here against 2.4 s for this, which would put the 20,000-member exact limit out of reach.
     */
    private static Map<String, Double> exact(TieGraph g) {
        return SampledBetweenness.estimate(g.indexed(), g.nodeCount(), 0L);
    }

    /** JGraphT's exact scores, normalised as networkx does: the oracle the faster path is tested against. */
    static Map<String, Double> exactByJGraphT(TieGraph g) {
        int n = g.nodeCount();
        // JGraphT's unnormalised undirected scores count each unordered pair once; networkx normalises those
        // by 2 / ((n - 1)(n - 2)). (JGraphT's own normalisation divides by (n - 1)(n - 2), half networkx's.)
        double scale = n > 2 ? 2.0 / ((n - 1.0) * (n - 2.0)) : 1.0;
        var raw = new BetweennessCentrality<>(new AsUnweightedGraph<>(g.graph()), false).getScores();
        var scores = HashMap.<String, Double>newHashMap(n);
        raw.forEach((id, score) -> scores.put(id, score * scale));
        return scores;
    }
}
