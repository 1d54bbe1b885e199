package org.lambeth.livingwell.backup;

import java.util.List;
import java.util.Map;

/**
 * Receives a graph as a stream: every node first, numbered 0, 1, 2... in order, then every relationship with its
 * endpoints by those numbers. Both the live database ({@link LiveGraph}) and a backup file ({@link BackupReader})
 * are read this way, so nothing needs the whole graph in memory.
 */
interface GraphVisitor {

    void node(int number, List<String> labels, Map<String, Object> properties);

    void relationship(int start, int end, String type, Map<String, Object> properties);

    /** A visitor that hands everything to each of {@code visitors} in turn, in the order given. */
    static GraphVisitor tee(GraphVisitor... visitors) {
        var all = List.of(visitors);
        return new GraphVisitor() {

            @Override
            public void node(int number, List<String> labels, Map<String, Object> properties) {
                all.forEach(visitor -> visitor.node(number, labels, properties));
            }

            @Override
            public void relationship(int start, int end, String type, Map<String, Object> properties) {
                all.forEach(visitor -> visitor.relationship(start, end, type, properties));
            }
        };
    }
}
