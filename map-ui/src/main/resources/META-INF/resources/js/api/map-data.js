// What the map asks the service for, as plain functions over a GraphQL client.
import { fetchJson } from './http.js';
import { ASSET_BY_ID, MAP_ASSETS, SEARCH_BY_POSTCODE, WARDS } from './queries.js';

export const MAP_RADIUS_METRES = 20000;
export const MAP_PAGE_SIZE = 500;
export const SEARCH_RADIUS_METRES = 1500;
export const SEARCH_RESULT_COUNT = 20;

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

/** All assets within radiusMetres of `near`, following pages until there are no more. */
export async function fetchAllAssets({ client, near, radiusMetres = MAP_RADIUS_METRES, signal }) {
  const assets = [];
  let after = null;
  for (;;) {
    const variables = { near, radiusMetres, first: MAP_PAGE_SIZE, ...(after ? { after } : {}) };
    const { assetsNear } = await client.request({ query: MAP_ASSETS, variables, signal });
    assets.push(...assetsNear.edges.map((edge) => edge.node));
    const { hasNextPage, endCursor } = assetsNear.pageInfo;
    if (!hasNextPage || !endCursor || endCursor === after) return assets;
    after = endCursor;
  }
}

/** One asset by id, or null when there is none. */
export async function fetchAsset({ client, id, signal }) {
  const { asset } = await client.request({ query: ASSET_BY_ID, variables: { id }, signal });
  return asset;
}

/** Wards, each with `boundary` as a GeoJSON geometry object. */
export async function fetchWards({ client, signal }) {
  const { localities } = await client.request({ query: WARDS, signal });
  return localities.map((ward) => ({ ...ward, boundary: parseGeometry(ward.boundary) }));
}

/** { totalCount, edges: [{ distanceMetres, node }] } nearest first. */
export async function searchByPostcode({ client, postcode, signal }) {
  const variables = { postcode, radiusMetres: SEARCH_RADIUS_METRES, first: SEARCH_RESULT_COUNT };
  const { assetsNear } = await client.request({ query: SEARCH_BY_POSTCODE, variables, signal });
  return assetsNear;
}

// The GeoJSON scalar should arrive as an object; accept a JSON string too.
function parseGeometry(boundary) {
  if (typeof boundary !== 'string') return boundary ?? null;
  try {
    return JSON.parse(boundary);
  } catch {
    return null;
  }
}
