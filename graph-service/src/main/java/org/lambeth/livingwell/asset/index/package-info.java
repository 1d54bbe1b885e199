/**
 * The in-memory search index ({@link org.lambeth.livingwell.asset.index.SearchIndex}): every asset's place,
 * categories, localities, traits and words, kept current from the change feed, answering lists (NAME, DISTANCE,
 * RELEVANCE), facet counts, map clusters and text matches without Cypher. Internal to the asset module; {@code
 * AssetSearchService} is its only user, and {@code SearchIndexIT} checks every answer against Cypher's.
 */
package org.lambeth.livingwell.asset.index;
