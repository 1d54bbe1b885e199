/**
 * Neo4j: the embedded database or an external server, the migration runner (kept here because neo4j-migrations is
 * not served from Maven Central here), the Cypher catalogue ({@code queries/cypher/**}) and commit marks.
 */
package org.lambeth.livingwell.store;
