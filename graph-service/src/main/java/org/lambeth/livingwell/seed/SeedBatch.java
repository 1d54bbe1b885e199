package org.lambeth.livingwell.seed;

import java.util.List;
import java.util.Map;

/**
 * Rows for one seed statement: {@code UNWIND $rows AS row ...} from {@code queries/cypher/seed/<statement>.cypher}.
 *
 * @param statement the catalogue name, e.g. {@code seed/merge_localities}
 * @param rows the rows, Neo4j-storable values only
 */
record SeedBatch(String statement, List<Map<String, Object>> rows) {
}
