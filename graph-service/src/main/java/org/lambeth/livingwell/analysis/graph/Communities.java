package org.lambeth.livingwell.analysis.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;

/**
 * Finds communities with the Leiden algorithm (Traag, Waltman and van Eck 2019) of CWTS's
 * {@code networkanalysis} library, maximising modularity.
 *
 * <p>The library optimises the Constant Potts Model, {@code sum_ij (a_ij - resolution * n_i * n_j)} over pairs in
 * one cluster, where n_i is a node weight. It becomes modularity when each node's weight is its weighted degree
 * (the {@code Network} constructor's {@code setNodeWeightsToTotalEdgeWeights = true}) and the resolution is
 * {@code 1 / (2m)}, m the total tie weight, exactly as its {@code RunNetworkClustering} does for
 * {@code --quality-function Modularity}. (That command's default is CPM with resolution 1, which on an unweighted
 * network would leave nearly every node on its own.) Like that command it runs 10 iterations; it keeps the best of
 * several random starts on small networks. The random generator is seeded, so a seed gives one answer.</p>
 */
public final class Communities {

    private static final int ITERATIONS = 10;
    private static final int SMALL_NETWORK = 20_000;
    private static final int RANDOM_STARTS_SMALL = 10;
    private static final int MAX_BRIDGING = 10;

    private Communities() {
    }

    /** The Leiden communities of {@code g}, largest first, with the partition's modularity. */
    public static CommunityReport leiden(TieGraph g, long seed) {
        var indexed = g.indexed();
        int n = indexed.size();
        var community = new int[n];
        int count = n;
        if (g.tieCount() == 0) {
            Arrays.setAll(community, v -> v);
        } else {
            var clustering = bestClustering(network(indexed), seed);
            community = clustering.getClusters();
            count = clustering.getNClusters();
        }
        return report(g, indexed, community, count);
    }

    /** The network with each tie once (u &lt; v), its weight, and node weights set to weighted degrees. */
    static Network network(IndexedGraph g) {
        var from = new LargeIntArray(0);
        var to = new LargeIntArray(0);
        var weights = new LargeDoubleArray(0);
        for (int v = 0; v < g.size(); v++) {
            for (int arc = g.start(v); arc < g.start(v + 1); arc++) {
                if (v < g.target(arc)) {
                    from.append(v);
                    to.append(g.target(arc));
                    weights.append(g.weight(arc));
                }
            }
        }
        return new Network(g.size(), true, new LargeIntArray[] { from, to }, weights, false, false);
    }

    /** The modularity resolution for the CPM quality function of {@code network}: 1 / (2m). */
    static double modularityResolution(Network network) {
        return 1.0 / (2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks());
    }

    private static Clustering bestClustering(Network network, long seed) {
        var leiden = new LeidenAlgorithm(modularityResolution(network), ITERATIONS,
                LeidenAlgorithm.DEFAULT_RANDOMNESS, new Random(seed));
        int starts = network.getNNodes() <= SMALL_NETWORK ? RANDOM_STARTS_SMALL : 1;
        Clustering best = null;
        double bestQuality = Double.NEGATIVE_INFINITY;
        for (int start = 0; start < starts; start++) {
            var clustering = leiden.findClustering(network);
            double quality = leiden.calcQuality(network, clustering);
            if (quality > bestQuality) {
                best = clustering;
                bestQuality = quality;
            }
        }
        return best;
    }

    private static CommunityReport report(TieGraph g, IndexedGraph indexed, int[] community, int count) {
        var members = new ArrayList<List<Integer>>();
        for (int c = 0; c < count; c++) {
            members.add(new ArrayList<>());
        }
        for (int v = 0; v < indexed.size(); v++) {
            members.get(community[v]).add(v); // in id order
        }
        members.removeIf(List::isEmpty);
        members.sort(Comparator.<List<Integer>>comparingInt(List::size).reversed()
                .thenComparing(list -> list.getFirst()));
        var renumbered = new int[indexed.size()];
        for (int c = 0; c < members.size(); c++) {
            for (int v : members.get(c)) {
                renumbered[v] = c;
            }
        }
        var communities = new ArrayList<Community>();
        for (int c = 0; c < members.size(); c++) {
            communities.add(community(g, indexed, renumbered, c, members.get(c)));
        }
        return new CommunityReport(communities, Modularity.of(indexed, renumbered, members.size()));
    }

    private static Community community(TieGraph g, IndexedGraph indexed, int[] community, int c, List<Integer> ids) {
        var sideMix = new HashMap<String, Integer>();
        var outsideTies = new HashMap<String, Integer>();
        for (int v : ids) {
            var side = g.node(indexed.id(v)).side();
            sideMix.merge(side == null ? DepartureImpact.NO_SIDE : side, 1, Integer::sum);
            int outside = 0;
            for (int arc = indexed.start(v); arc < indexed.start(v + 1); arc++) {
                if (community[indexed.target(arc)] != c) {
                    outside++;
                }
            }
            if (outside > 0) {
                outsideTies.put(indexed.id(v), outside);
            }
        }
        var bridging = outsideTies.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_BRIDGING).map(Map.Entry::getKey).toList();
        return new Community(c, ids.stream().map(indexed::id).toList(), sideMix, bridging);
    }
}
