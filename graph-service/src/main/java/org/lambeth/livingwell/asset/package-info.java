/**
 * Assets (places, services, groups, opportunities): the module's interface. The core types ({@code AssetView},
 * {@code AssetFilter}, {@code Visibility}), the search ({@code AssetSearchService}: lists, facets, clusters,
 * nearest; its planner turns a GraphQL filter into a checked {@code SearchFilter}), places and postcodes ({@code
 * PlaceResolver}), and the GraphQL controllers. The in-memory search index is in {@code asset.index}, editing in
 * {@code asset.edit}, opening hours in {@code asset.hours}.
 */
package org.lambeth.livingwell.asset;
