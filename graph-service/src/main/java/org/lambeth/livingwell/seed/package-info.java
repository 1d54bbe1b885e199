/**
 * The first-start seeding: the seed plan (one small class per source under the {@code seeds} module) computed
 * while Neo4j starts, and its loader, which lands every batch in one transaction with MERGE on stable ids.
 */
package org.lambeth.livingwell.seed;
