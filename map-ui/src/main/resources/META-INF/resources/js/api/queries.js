// Every GraphQL document the page sends. Kept here so they can be read (and tested) in one place.

/** What a list row or a marker needs: small, so a page of the map stays light. */
const ASSET_SUMMARY = `
fragment AssetSummary on Asset {
  id
  name
  location { latitude longitude }
  categories { id name }
  address
  postcode
  free
  openingHours { openNow }
}`;

/** Everything the asset panel shows. */
const ASSET_DETAIL = `
fragment AssetDetail on Asset {
  id
  name
  description
  address
  postcode
  inBorough
  source
  location { latitude longitude }
  categories { id name }
  localities { id name kind }
  runBy { id name website }
  openingHours {
    openNow
    regular { day opens closes closesNextDay }
    exceptions { date closed opens closes }
  }
  accessibility
  free
  contact { phone email website }
}`;

/**
 * Server clusters (and single assets) for the box in view. A marker needs only a single asset's id, name and place:
 * the service answers those from its cluster index without reading the assets; the panel loads the rest on opening.
 */
export const ASSET_CLUSTERS = `
query AssetClusters($box: BoxInput!, $zoom: Int!, $filter: AssetFilter) {
  assetClusters(box: $box, zoom: $zoom, filter: $filter) {
    zoom
    totalCount
    clusters {
      count
      centre { latitude longitude }
      bounds { south west north east }
      topCategories { category { id name } count }
    }
    assets { id name location { latitude longitude } }
  }
}`;

/** How many assets match, per category, for the filter. */
export const ASSET_FACETS = `
query AssetFacets($filter: AssetFilter) {
  assetFacets(filter: $filter) {
    totalCount
    categories { category { id name parent { id } } count }
  }
}`;

/** One page of assets for a filter (the Explore list, the Nearby list). */
export const ASSET_PAGE = `
query AssetPage($filter: AssetFilter, $sort: AssetSort, $first: Int!, $after: String) {
  assets(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount
    near { latitude longitude }
    pageInfo { hasNextPage endCursor }
    edges { distanceMetres node { ...AssetSummary } }
  }
}
${ASSET_SUMMARY}`;

/** One asset with everything its panel shows. */
export const ASSET_BY_ID = `
query AssetById($id: ID!) {
  asset(id: $id) { ...AssetDetail }
}
${ASSET_DETAIL}`;

/** Ward outlines with their North/South grouping and asset counts. */
export const WARDS = `
query Wards {
  localities(kind: WARD) { id name half boundary: outline assetCount }
}`;

/** LSOA outlines, drawn when zoomed in (they keep the map readable without tiles). */
export const LSOAS = `
query Lsoas {
  localities(kind: LSOA) { id name boundary: outline }
}`;

/** Who the service thinks is asking (anonymous and PUBLIC when not signed in). */
export const ME = `
query Me {
  me { actor role }
}`;
