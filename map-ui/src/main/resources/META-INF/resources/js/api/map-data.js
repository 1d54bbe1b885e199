// What the map asks the service for, as plain functions over a GraphQL client.
import { fetchJson } from './http.js';
import { ASSET_BY_ID, ASSET_CLUSTERS, ASSET_FACETS, ASSET_PAGE, LSOAS, WARDS } from './queries.js';
import { parseGeometry } from '../util/geometry.js';

export const SEARCH_RADIUS_METRES = 1500;
export const NEARBY_RESULT_COUNT = 20;
export const LIST_PAGE_SIZE = 20;

const DEFAULT_CENTRE = { latitude: 51.457, longitude: -0.116 };
const DEFAULT_ZOOM = 13;

/** GET /api/map-config, with defaults for anything missing. */
export async function loadMapConfig({ url = 'api/map-config', signal } = {}) {
  const config = await fetchJson({ url, signal });
  const centre = config?.centre ?? {};
  return {
    tileUrl: typeof config?.tileUrl === 'string' && config.tileUrl ? config.tileUrl : null,
    tileAttribution: typeof config?.tileAttribution === 'string' ? config.tileAttribution : '',
    dataAttribution: Array.isArray(config?.dataAttribution) ? config.dataAttribution.map(String) : [],
    centre: Number.isFinite(centre.latitude) && Number.isFinite(centre.longitude)
      ? { latitude: centre.latitude, longitude: centre.longitude }
      : DEFAULT_CENTRE,
    zoom: Number.isFinite(config?.zoom) ? config.zoom : DEFAULT_ZOOM,
  };
}

/** { zoom, totalCount, clusters, assets } for the box at the zoom. */
export async function fetchClusters({ client, box, zoom, filter, signal }) {
  const { assetClusters } = await client.request({ query: ASSET_CLUSTERS, variables: { box, zoom, filter }, signal });
  return assetClusters;
}

/** { totalCount, categories: [{ category, count }] } for the filter. */
export async function fetchFacets({ client, filter, signal }) {
  const { assetFacets } = await client.request({ query: ASSET_FACETS, variables: { filter }, signal });
  return assetFacets;
}

/** One page of the `assets` search: { totalCount, near, pageInfo, edges: [{ distanceMetres, node }] }. */
export async function fetchAssetPage({ client, filter, sort, first = LIST_PAGE_SIZE, after = null, signal }) {
  const variables = { filter, sort, first, ...(after ? { after } : {}) };
  const { assets } = await client.request({ query: ASSET_PAGE, variables, signal });
  return assets;
}

/** One asset with its full detail, or null when there is none. */
export async function fetchAsset({ client, id, signal }) {
  const { asset } = await client.request({ query: ASSET_BY_ID, variables: { id }, signal });
  return asset;
}

/** Wards, each with `boundary` as a GeoJSON geometry object. */
export async function fetchWards({ client, signal }) {
  const { localities } = await client.request({ query: WARDS, signal });
  return localities.map((ward) => ({ ...ward, boundary: parseGeometry(ward.boundary) }));
}

/** LSOAs, each with `boundary` as a GeoJSON geometry object. */
export async function fetchLsoas({ client, signal }) {
  const { localities } = await client.request({ query: LSOAS, signal });
  return localities.map((lsoa) => ({ ...lsoa, boundary: parseGeometry(lsoa.boundary) }));
}
