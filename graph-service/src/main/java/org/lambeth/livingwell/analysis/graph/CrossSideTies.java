package org.lambeth.livingwell.analysis.graph;

import java.util.TreeMap;

/** Measures the ties within and between two sides of a {@link TieGraph}, in one pass over its ties. */
public final class CrossSideTies {

    private static final int A = 0;
    private static final int B = 1;
    private static final int ELSEWHERE = 2;

    private CrossSideTies() {
    }

    /** The ties within side A, within side B, between them, and the E-I index; see {@link CrossSideReport}. */
    public static CrossSideReport measure(TieGraph g, String sideA, String sideB) {
        Sides.requireTwo(sideA, sideB);
        var indexed = g.indexed();
        var place = new int[indexed.size()];
        var nodes = new int[3];
        for (int v = 0; v < place.length; v++) {
            var side = g.node(indexed.id(v)).side();
            place[v] = sideA.equals(side) ? A : sideB.equals(side) ? B : ELSEWHERE;
            nodes[place[v]]++;
        }
        var inA = new Tally();
        var inB = new Tally();
        var cross = new Tally();
        int external = 0;
        var byKind = new TreeMap<String, Integer>();
        for (int v = 0; v < place.length; v++) {
            for (int arc = indexed.start(v); arc < indexed.start(v + 1); arc++) {
                int u = indexed.target(arc);
                if (u < v || place[v] == ELSEWHERE && place[u] == ELSEWHERE) {
                    continue; // each tie once, from its lower-numbered end; ties off both sides do not count
                }
                double w = indexed.weight(arc);
                if (place[v] == place[u]) {
                    (place[v] == A ? inA : inB).add(w);
                } else {
                    external++;
                    if (place[v] != ELSEWHERE && place[u] != ELSEWHERE) {
                        cross.add(w);
                        var edge = g.graph().getEdge(indexed.id(v), indexed.id(u));
                        TieGraph.kindsOf(edge).forEach(kind -> byKind.merge(kind, 1, Integer::sum));
                    }
                }
            }
        }
        int internal = inA.ties + inB.ties;
        double ei = internal + external == 0 ? 0 : (double) (external - internal) / (external + internal);
        return new CrossSideReport(summary(sideA, nodes[A], inA), summary(sideB, nodes[B], inB), cross.ties,
                cross.weight, ei, byKind);
    }

    private static SideSummary summary(String side, int n, Tally within) {
        double density = n < 2 ? 0 : within.ties / (n * (n - 1) / 2.0);
        return new SideSummary(side, n, within.ties, within.weight, density);
    }

    private static final class Tally {

        int ties;
        double weight;

        void add(double w) {
            ties++;
            weight += w;
        }
    }
}
