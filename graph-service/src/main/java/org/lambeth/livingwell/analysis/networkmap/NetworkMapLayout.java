package org.lambeth.livingwell.analysis.networkmap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lambeth.livingwell.analysis.graph.CutVertices;
import org.lambeth.livingwell.analysis.graph.TieGraph;
import org.lambeth.livingwell.analysis.graph.TieNode;
import org.neo4j.driver.Record;

/**
 * Turns the rows of {@code analysis/project_network_map} into the map's network: assets as read; organisations at
 * the centroid of the visible assets they run (none when they run none) with the side all those assets share;
 * the ties of the chosen kinds with their ends' sides; organisations that are articulation points marked.
 */
final class NetworkMapLayout {

    private NetworkMapLayout() {
    }

    static NetworkMap lay(List<Record> rows, Set<String> kinds, LocalDate asOf) {
        var names = new LinkedHashMap<String, String[]>(); // organisation id -> {name, type}
        var assets = new LinkedHashMap<String, NetworkMap.Asset>();
        var tieRows = new ArrayList<Record>();
        for (var row : rows) {
            switch (row.get("row").asString()) {
                case "organisation" -> names.put(row.get("a").asString(),
                        new String[] {row.get("name").asString(""), row.get("type").asString(null)});
                case "asset" -> assets.put(row.get("a").asString(), new NetworkMap.Asset(row.get("a").asString(),
                        row.get("name").asString(""), new NetworkMap.Point(row.get("latitude").asDouble(),
                                row.get("longitude").asDouble()), row.get("side").asString(null)));
                default -> tieRows.add(row);
            }
        }
        var runAssets = new HashMap<String, List<NetworkMap.Asset>>();
        for (var row : tieRows) {
            if ("RUNS".equals(row.get("kind").asString()) && "ASSET".equals(row.get("type").asString())) {
                var asset = assets.get(row.get("b").asString());
                if (asset != null) {
                    runAssets.computeIfAbsent(row.get("a").asString(), id -> new ArrayList<>()).add(asset);
                }
            }
        }
        var sides = new HashMap<String, String>();
        assets.values().forEach(asset -> sides.put(asset.id(), asset.side()));
        names.keySet().forEach(id -> sides.put(id, sideOf(runAssets.getOrDefault(id, List.of()))));
        var ties = ties(tieRows, kinds, sides, names.keySet(), assets.keySet());
        var connectors = keyConnectors(names.keySet(), assets.keySet(), ties);
        var organisations = names.entrySet().stream().map(entry -> {
            var run = runAssets.getOrDefault(entry.getKey(), List.of());
            return new NetworkMap.Organisation(entry.getKey(), entry.getValue()[0], entry.getValue()[1],
                    centroid(run), sides.get(entry.getKey()), run.size(), connectors.contains(entry.getKey()));
        }).toList();
        int cross = (int) ties.stream().filter(NetworkMap.Tie::crossLocality).count();
        return new NetworkMap(asOf, List.copyOf(kinds), organisations, List.copyOf(assets.values()), ties, cross);
    }

    private static List<NetworkMap.Tie> ties(List<Record> rows, Set<String> kinds, Map<String, String> sides,
            Set<String> organisations, Set<String> assets) {
        var ties = new ArrayList<NetworkMap.Tie>();
        for (var row : rows) {
            var kind = row.get("kind").asString(null);
            var from = row.get("a").asString();
            var to = row.get("b").asString();
            var toKind = row.get("type").asString();
            var known = organisations.contains(from)
                    && ("ASSET".equals(toKind) ? assets.contains(to) : organisations.contains(to));
            if (kind == null || !kinds.contains(kind) || !known) {
                continue;
            }
            var fromSide = sides.get(from);
            var toSide = sides.get(to);
            var cross = fromSide != null && toSide != null && !fromSide.equals(toSide);
            ties.add(new NetworkMap.Tie(kind, from, to, toKind, fromSide, toSide, cross,
                    row.get("strength").isNull() ? null : row.get("strength").asDouble()));
        }
        return List.copyOf(ties);
    }

    /** The organisations that are articulation points of the network of organisations, assets and these ties. */
    private static Set<String> keyConnectors(Set<String> organisations, Set<String> assets,
            List<NetworkMap.Tie> ties) {
        var nodes = new ArrayList<TieNode>();
        organisations.forEach(id -> nodes.add(new TieNode(id, "ORGANISATION", null, id)));
        assets.forEach(id -> nodes.add(new TieNode(id, "ASSET", null, id)));
        var edges = ties.stream().map(t -> new org.lambeth.livingwell.analysis.graph.Tie(t.from(), t.to(), t.kind()))
                .toList();
        var points = new HashSet<>(CutVertices.find(TieGraph.of(nodes, edges)).articulationPoints());
        points.retainAll(organisations);
        return points;
    }

    private static String sideOf(List<NetworkMap.Asset> run) {
        var sides = new HashSet<String>();
        run.forEach(asset -> sides.add(asset.side()));
        return sides.size() == 1 ? sides.iterator().next() : null;
    }

    private static NetworkMap.Point centroid(List<NetworkMap.Asset> run) {
        if (run.isEmpty()) {
            return null;
        }
        double latitude = 0;
        double longitude = 0;
        for (var asset : run) {
            latitude += asset.location().latitude();
            longitude += asset.location().longitude();
        }
        return new NetworkMap.Point(latitude / run.size(), longitude / run.size());
    }
}
