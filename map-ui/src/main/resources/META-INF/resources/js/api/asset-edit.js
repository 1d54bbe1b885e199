// What the edit view asks the service for: the categories, assets to change (found by name), and the addAsset,
// updateAsset and retireAsset mutations (schema: asset-edit.graphqls). The documents live here, beside their only
// user, rather than in queries.js.
import { GraphQLError } from './graphql.js';

const EDITABLE_ASSET = `
fragment EditableAsset on Asset {
  id
  name
  description
  address
  postcode
  free
  visibility
  accessibility
  contact { phone email website }
  location { latitude longitude }
  categories { id name }
  openingHours { regular { day opens closes } exceptions { date closed opens closes } }
}`;

export const EDIT_CATEGORIES = `
query EditCategories {
  categories { id name parentId }
}`;

export const FIND_ASSETS_TO_EDIT = `
query FindAssetsToEdit($text: String!, $first: Int!) {
  assets(filter: { text: $text, visibility: [PUBLIC, NETWORK] }, first: $first) {
    totalCount
    edges { node { id name address postcode } }
  }
}`;

export const ASSET_TO_EDIT = `
query AssetToEdit($id: ID!) {
  asset(id: $id) { ...EditableAsset }
}
${EDITABLE_ASSET}`;

export const ADD_ASSET = `
mutation AddAsset($input: AddAssetInput!) {
  addAsset(input: $input) { asset { ...EditableAsset } }
}
${EDITABLE_ASSET}`;

export const UPDATE_ASSET = `
mutation UpdateAsset($input: UpdateAssetInput!) {
  updateAsset(input: $input) { asset { ...EditableAsset } }
}
${EDITABLE_ASSET}`;

export const RETIRE_ASSET = `
mutation RetireAsset($input: RetireAssetInput!) {
  retireAsset(input: $input) { id name retiredAt reason }
}`;

export const FIND_RESULT_COUNT = 10;

/**
 * The whole taxonomy (used by an asset or not), as [{ id, name, parent: { id, name } | null }] sorted by name; the
 * parent is found in the same list by its id.
 */
export async function fetchCategories({ client, signal }) {
  const { categories } = await client.request({ query: EDIT_CATEGORIES, signal });
  const byId = new Map(categories.map((category) => [category.id, category]));
  return categories
    .map(({ id, name, parentId }) => {
      const parent = parentId ? byId.get(parentId) : null;
      return { id, name, parent: parent ? { id: parent.id, name: parent.name } : null };
    })
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Up to FIND_RESULT_COUNT assets whose name or description matches `text`, best first. */
export async function findAssetsToEdit({ client, text, signal }) {
  const { assets } = await client.request({
    query: FIND_ASSETS_TO_EDIT, variables: { text, first: FIND_RESULT_COUNT }, signal,
  });
  return { totalCount: assets.totalCount, assets: assets.edges.map((edge) => edge.node) };
}

/** One asset with every field the edit form shows, or null. */
export async function fetchAssetToEdit({ client, id, signal }) {
  const { asset } = await client.request({ query: ASSET_TO_EDIT, variables: { id }, signal });
  return asset;
}

export async function addAsset({ client, input }) {
  const { addAsset: payload } = await client.request({ query: ADD_ASSET, variables: { input } });
  return payload.asset;
}

export async function updateAsset({ client, input }) {
  const { updateAsset: payload } = await client.request({ query: UPDATE_ASSET, variables: { input } });
  return payload.asset;
}

export async function retireAsset({ client, id, reason }) {
  const { retireAsset: payload } = await client.request({
    query: RETIRE_ASSET, variables: { input: { id, ...(reason ? { reason } : {}) } },
  });
  return payload;
}

/**
 * The bad arguments the service named, as [{ argument: 'input.contact.email', problem: '...' }] (empty when the
 * error names none). The service's message is "<argument>: <problem>"; its extensions carry the argument.
 */
export function argumentErrors(error) {
  if (!(error instanceof GraphQLError)) return [];
  return error.errors
    .filter((e) => typeof e?.extensions?.argument === 'string')
    .map((e) => {
      const { argument } = e.extensions;
      const message = String(e.message ?? '');
      const problem = message.startsWith(`${argument}: `) ? message.slice(argument.length + 2) : message;
      return { argument, problem };
    });
}
