package org.lambeth.livingwell.analysis.graph;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * Betweenness estimated from k sampled source nodes: Brandes' single-source breadth-first search and dependency
 * accumulation, run from k distinct sources and scaled by n / k (Brandes and Pich 2007, "Centrality estimation in
 * large networks"; networkx's {@code betweenness_centrality(G, k)}). Arrays are reused between sources.
 */
final class SampledBetweenness {

    private final IndexedGraph g;
    private final int[] distance;
    private final double[] sigma;
    private final double[] delta;
    private final int[] queue;
    private final double[] raw;

    private SampledBetweenness(IndexedGraph g) {
        this.g = g;
        int n = g.size();
        distance = new int[n];
        sigma = new double[n];
        delta = new double[n];
        queue = new int[n];
        raw = new double[n];
    }

    /** Normalised (networkx-style) estimates from {@code k} distinct sources, 1 &lt;= k &lt;= n. */
    static Map<String, Double> estimate(IndexedGraph g, int k, long seed) {
        var sampler = new SampledBetweenness(g);
        for (int s : sources(g.size(), k, seed)) {
            sampler.accumulateFrom(s);
        }
        int n = g.size();
        // raw sums ordered pairs (s, t); networkx scales that by 1 / ((n - 1)(n - 2)), and by n / k when sampling.
        double scale = n > 2 ? n / (k * (n - 1.0) * (n - 2.0)) : 0.5;
        var scores = HashMap.<String, Double>newHashMap(n);
        for (int v = 0; v < n; v++) {
            scores.put(g.id(v), sampler.raw[v] * scale);
        }
        return scores;
    }

    /** The first k of a seeded Fisher-Yates shuffle of 0..n-1. */
    private static int[] sources(int n, int k, long seed) {
        var random = new Random(seed);
        var all = new int[n];
        Arrays.setAll(all, i -> i);
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(n - i);
            int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        return Arrays.copyOf(all, k);
    }

    private void accumulateFrom(int s) {
        Arrays.fill(distance, -1);
        Arrays.fill(sigma, 0);
        Arrays.fill(delta, 0);
        distance[s] = 0;
        sigma[s] = 1;
        int reached = breadthFirst(s);
        // Visit nodes farthest first; a node's predecessors are its neighbours one step nearer to s.
        for (int i = reached - 1; i > 0; i--) {
            int w = queue[i];
            double share = (1 + delta[w]) / sigma[w];
            for (int arc = g.start(w); arc < g.start(w + 1); arc++) {
                int v = g.target(arc);
                if (distance[v] == distance[w] - 1) {
                    delta[v] += sigma[v] * share;
                }
            }
            raw[w] += delta[w];
        }
    }

    private int breadthFirst(int s) {
        int head = 0;
        int tail = 0;
        queue[tail++] = s;
        while (head < tail) {
            int v = queue[head++];
            for (int arc = g.start(v); arc < g.start(v + 1); arc++) {
                int w = g.target(arc);
                if (distance[w] < 0) {
                    distance[w] = distance[v] + 1;
                    queue[tail++] = w;
                }
                if (distance[w] == distance[v] + 1) {
                    sigma[w] += sigma[v];
                }
            }
        }
        return tail;
    }
}
