package org.lambeth.livingwell.analysis.graph;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/** Small networks with known answers, built tersely: people on sides, and ties among them. */
final class TestNetworks {

    private final Map<String, TieNode> nodes = new LinkedHashMap<>();
    private final List<Tie> ties = new ArrayList<>();

    static TestNetworks network() {
        return new TestNetworks();
    }

    /** People with these ids on {@code side} (null: no side). */
    TestNetworks on(String side, String... ids) {
        for (var id : ids) {
            nodes.put(id, new TieNode(id, "PERSON", side, "Pseudonym " + id));
        }
        return this;
    }

    /** KNOWS ties along the ids, a-b, b-c, ... (adding missing ids as people with no side). */
    TestNetworks path(String... ids) {
        for (int i = 0; i + 1 < ids.length; i++) {
            tie(ids[i], ids[i + 1], "KNOWS");
        }
        return this;
    }

    /** KNOWS ties between every two of the ids. */
    TestNetworks clique(String... ids) {
        for (int i = 0; i < ids.length; i++) {
            for (int j = i + 1; j < ids.length; j++) {
                tie(ids[i], ids[j], "KNOWS");
            }
        }
        return this;
    }

    TestNetworks tie(String a, String b, String kind) {
        return tie(a, b, kind, 1.0);
    }

    TestNetworks tie(String a, String b, String kind, double strength) {
        nodes.putIfAbsent(a, new TieNode(a, "PERSON", null, null));
        nodes.putIfAbsent(b, new TieNode(b, "PERSON", null, null));
        ties.add(new Tie(a, b, kind, strength));
        return this;
    }

    TieGraph graph() {
        return TieGraph.of(nodes.values(), ties);
    }

    /** Zachary's karate club from {@code analysis/karate.csv}: members "1".."34", unweighted KNOWS ties. */
    static TieGraph karate() {
        var karate = network();
        var stream = Objects.requireNonNull(TestNetworks.class.getResourceAsStream("/analysis/karate.csv"));
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                var ends = line.split(",");
                karate.tie(ends[0].trim(), ends[1].trim(), "KNOWS");
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return karate.graph();
    }

    /** A random graph: n nodes "n0".., each pair tied with probability p, sides alternating "a"/"b". */
    static TieGraph random(int n, double p, long seed) {
        var random = new Random(seed);
        var net = network();
        for (int i = 0; i < n; i++) {
            net.on(i % 2 == 0 ? "a" : "b", "n" + i);
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (random.nextDouble() < p) {
                    net.tie("n" + i, "n" + j, "KNOWS");
                }
            }
        }
        return net.graph();
    }
}
