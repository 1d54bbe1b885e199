// Every GraphQL document the page sends. Kept here so they can be read (and tested) in one place.

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
}`;

/** Every asset in range, one page at a time (the map loads them all and clusters them). */
export const MAP_ASSETS = `
query MapAssets($near: PlaceInput!, $radiusMetres: Float!, $first: Int!, $after: String) {
  assetsNear(near: $near, radiusMetres: $radiusMetres, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { ...AssetDetail } }
  }
}
${ASSET_DETAIL}`;

/** One asset, for a popup whose asset was not among those loaded for the map. */
export const ASSET_BY_ID = `
query AssetById($id: ID!) {
  asset(id: $id) { ...AssetDetail }
}
${ASSET_DETAIL}`;

/** Ward outlines with their North/South grouping and asset counts. */
export const WARDS = `
query Wards {
  localities(kind: WARD) { id name half boundary assetCount }
}`;

/** The nearest assets to a postcode, nearest first. */
export const SEARCH_BY_POSTCODE = `
query SearchByPostcode($postcode: String!, $radiusMetres: Float!, $first: Int!) {
  assetsNear(near: { postcode: $postcode }, radiusMetres: $radiusMetres, first: $first) {
    totalCount
    near { latitude longitude }
    edges {
      distanceMetres
      node {
        id
        name
        categories { name }
        address
        postcode
        location { latitude longitude }
      }
    }
  }
}`;

/** Who the service thinks is asking (anonymous and PUBLIC when not signed in). */
export const ME = `
query Me {
  me { actor role }
}`;
