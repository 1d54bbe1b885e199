// What the Network and Strength views ask the service for: the GraphQL documents and plain functions over a client.
// Kept apart from queries.js/map-data.js (the Explore and Nearby views' own) so each view's calls read in one place.
import { parseGeometry } from '../util/geometry.js';

const MEMBER = 'id name kind side';

const STRENGTH_FIELDS = `
  sides { locality { id name } members ties weightedTies density }
  crossTies weightedCrossTies eiIndex independentPaths
  minimumCut { ${MEMBER} }
  crossTiesByKind { kind count share }
  crossIntroductions`;

/** The organisations' network over the map: organisations, assets, ties with their sides. */
export const NETWORK_MAP = `
query NetworkMap($kinds: [TieKind!]) {
  networkMap(kinds: $kinds) {
    crossLocalityTies
    organisations { id name type location { latitude longitude } side assetCount keyConnector }
    assets { id name location { latitude longitude } side }
    ties { kind from to toKind fromSide toSide crossLocality strength }
  }
}`;

/** The North–South figures. */
export const NETWORK_STRENGTH = `
query NetworkStrength {
  networkStrength { ${STRENGTH_FIELDS} }
}`;

/** Who holds the network together. */
export const KEY_CONNECTORS = `
query KeyConnectors($top: Int!) {
  keyConnectors(top: $top) {
    members ties betweennessSampled betweennessSampleSize
    articulationPoints { ${MEMBER} }
    betweenness { member { ${MEMBER} } betweenness }
    departures { member { ${MEMBER} } disconnected bySide { side count } }
  }
}`;

/** The figures again without some members. */
export const WHAT_IF = `
query WhatIf($remove: [ID!]!) {
  whatIf(remove: $remove) {
    removed { ${MEMBER} }
    after { ${STRENGTH_FIELDS} }
    cutOff { side count }
    independentPathsLost crossTiesLost
  }
}`;

/** Leiden communities. */
export const COMMUNITIES = `
query Communities {
  communities { modularity communities { id size localityMix { side count } bridgingMembers { ${MEMBER} } } }
}`;

/** Categories with at least one asset, for the coverage choice. */
export const COVERAGE_CATEGORIES = `
query CoverageCategories {
  assetFacets { categories { category { id name } count } }
}`;

/** One category's coverage by ward or LSOA, with each area's gap as GeoJSON. */
export const COVERAGE = `
query Coverage($category: ID!, $walkMetres: Float!, $kind: CoverageKind!) {
  coverage(category: $category, walkMetres: $walkMetres, kind: $kind) {
    categoryName walkMetres kind uncoveredAreaShare uncoveredPostcodeShare uncoveredPostcodes assetCount
    areas { locality { id name } assetsWithinWalk uncoveredShare gap }
  }
}`;

/** The stored snapshots, oldest first. */
export const STRENGTH_HISTORY = `
query StrengthHistory {
  networkStrengthHistory { id takenOn members density crossTies eiIndex independentPaths crossIntroductions }
}`;

export const TAKE_SNAPSHOT = `
mutation TakeSnapshot {
  takeNetworkSnapshot(input: {}) { snapshot { id takenOn } }
}`;

const ask = (client, query, variables, signal) => client.request({ query, variables, signal });

export async function fetchNetworkMap({ client, kinds = null, signal }) {
  return (await ask(client, NETWORK_MAP, { kinds }, signal)).networkMap;
}

export async function fetchStrength({ client, signal }) {
  return (await ask(client, NETWORK_STRENGTH, {}, signal)).networkStrength;
}

export async function fetchKeyConnectors({ client, top = 10, signal }) {
  return (await ask(client, KEY_CONNECTORS, { top }, signal)).keyConnectors;
}

export async function fetchWhatIf({ client, remove, signal }) {
  return (await ask(client, WHAT_IF, { remove }, signal)).whatIf;
}

export async function fetchCommunities({ client, signal }) {
  return (await ask(client, COMMUNITIES, {}, signal)).communities;
}

export async function fetchCoverageCategories({ client, signal }) {
  const { assetFacets } = await ask(client, COVERAGE_CATEGORIES, {}, signal);
  return assetFacets.categories.map(({ category, count }) => ({ ...category, count }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export async function fetchCoverage({ client, category, walkMetres, kind, signal }) {
  const { coverage } = await ask(client, COVERAGE, { category, walkMetres, kind }, signal);
  return { ...coverage, areas: coverage.areas.map((area) => ({ ...area, gap: parseGeometry(area.gap) })) };
}

export async function fetchHistory({ client, signal }) {
  return (await ask(client, STRENGTH_HISTORY, {}, signal)).networkStrengthHistory;
}

export async function takeSnapshot({ client, signal }) {
  return (await ask(client, TAKE_SNAPSHOT, {}, signal)).takeNetworkSnapshot.snapshot;
}
