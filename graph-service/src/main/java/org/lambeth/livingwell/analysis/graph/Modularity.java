package org.lambeth.livingwell.analysis.graph;

/**
 * Newman's modularity of a partition of a weighted graph, from its definition:
 * {@code Q = sum over communities c of (W_c / m - (D_c / 2m)^2)}, where m is the total tie weight, W_c the weight of
 * the ties inside c and D_c the summed weighted degree of c's members.
 */
final class Modularity {

    private Modularity() {
    }

    /** Q of the partition {@code community[v]} (community numbers 0..k-1); 0 when the graph has no ties. */
    static double of(IndexedGraph g, int[] community, int communities) {
        var inside = new double[communities];
        var degree = new double[communities];
        double twiceM = 0;
        for (int v = 0; v < g.size(); v++) {
            for (int arc = g.start(v); arc < g.start(v + 1); arc++) {
                double w = g.weight(arc);
                twiceM += w;
                degree[community[v]] += w;
                if (community[g.target(arc)] == community[v]) {
                    inside[community[v]] += w; // each inside tie is seen from both ends
                }
            }
        }
        if (twiceM == 0) {
            return 0;
        }
        double q = 0;
        for (int c = 0; c < communities; c++) {
            q += inside[c] / twiceM - (degree[c] / twiceM) * (degree[c] / twiceM);
        }
        return q;
    }
}
