package org.lambeth.livingwell.analysis.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A benchmark size: synthetic nodes (people and organisations) and relationships (LOCATED_IN, MEMBER_OF,
 * WORKS_WITH and KNOWS) written on top of the real seeds. Given as {@code 10k}, {@code 100k}, {@code 1m} (five
 * relationships a node), or {@code <nodes>:<relationships>} such as {@code 20k:80k}.
 */
record BenchSize(String name, int nodes, int relationships) {

    static List<BenchSize> parseAll(String sizes) {
        return Arrays.stream(sizes.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(BenchSize::parse)
                .toList();
    }

    static BenchSize parse(String size) {
        var text = size.toLowerCase(Locale.ROOT);
        var parts = text.split(":");
        int nodes = count(parts[0]);
        int relationships = parts.length > 1 ? count(parts[1]) : Math.multiplyExact(nodes, 5);
        if (nodes < 1_000) {
            throw new IllegalArgumentException("a benchmark needs at least 1k nodes, got " + size);
        }
        return new BenchSize(text.replace(':', '-'), nodes, relationships);
    }

    private static int count(String text) {
        long factor = 1;
        var digits = text;
        if (text.endsWith("k")) {
            factor = 1_000;
            digits = text.substring(0, text.length() - 1);
        } else if (text.endsWith("m")) {
            factor = 1_000_000;
            digits = text.substring(0, text.length() - 1);
        }
        return Math.toIntExact(Long.parseLong(digits) * factor);
    }
}
