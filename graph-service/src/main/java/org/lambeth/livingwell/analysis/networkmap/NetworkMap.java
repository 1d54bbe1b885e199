package org.lambeth.livingwell.analysis.networkmap;

import java.time.LocalDate;
import java.util.List;

/** The read models of {@code networkMap} (network-map.graphqls): organisations, assets and ties, no people. */
record NetworkMap(LocalDate asOf, List<String> kinds, List<Organisation> organisations, List<Asset> assets,
        List<Tie> ties, int crossLocalityTies) {

    record Point(double latitude, double longitude) {
    }

    record Organisation(String id, String name, String type, Point location, String side, int assetCount,
            boolean keyConnector) {
    }

    record Asset(String id, String name, Point location, String side) {
    }

    record Tie(String kind, String from, String to, String toKind, String fromSide, String toSide,
            boolean crossLocality, Double strength) {
    }
}
