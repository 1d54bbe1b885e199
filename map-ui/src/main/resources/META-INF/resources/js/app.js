// Wiring only: find the page's elements, build the map, load the data, connect the panels.
import { createGraphQLClient, describeError } from './api/graphql.js';
import {
  SEARCH_RADIUS_METRES, fetchAllAssets, fetchAsset, fetchWards, loadMapConfig, searchByPostcode,
} from './api/map-data.js';
import { createAssetsLayer } from './layers/assets.js';
import { createBaseMap, MAX_ZOOM, prefersReducedMotion } from './layers/base-map.js';
import { L } from './layers/leaflet.js';
import { createSearchArea } from './layers/search-area.js';
import { Supercluster } from './layers/supercluster.js';
import { createWardsLayer } from './layers/wards.js';
import { renderLegend } from './panels/legend.js';
import { createAssetPopups } from './panels/popup.js';
import { createSearchPanel } from './panels/search.js';
import { createViewSwitcher, roleAtLeast } from './panels/views.js';
import { createSession } from './api/session.js';
import { createAccountPanel } from './panels/account.js';
import { createEditView } from './panels/edit.js';
import { createEditMarker } from './layers/edit-marker.js';
import { plural } from './util/format.js';

const byId = (id) => document.getElementById(id);

const ui = {
  map: byId('map'),
  loadStatus: byId('load-status'),
  loadError: byId('load-error'),
  legend: byId('legend-items'),
  tabs: [...document.querySelectorAll('#view-tabs a[data-view]')],
  views: [...document.querySelectorAll('section.view[data-view]')],
  search: {
    form: byId('search-form'),
    input: byId('postcode'),
    error: byId('search-error'),
    status: byId('search-status'),
    results: byId('results'),
  },
};

async function main() {
  renderLegend({ container: ui.legend });
  if (!L || !Supercluster) throw new Error('The map libraries did not load.');

  const config = await loadMapConfig();
  const map = createBaseMap({ element: ui.map, config });
  const client = createGraphQLClient({ endpoint: 'graphql' });
  const views = createViewSwitcher({ tabs: ui.tabs, sections: ui.views });
  // who is signed in: every change of role (sign in, sign out) reaches the tabs and any view that listens
  const session = createSession({ client });
  session.onRoleChange(({ role }) => views.setRole(role));
  await session.refresh();
  views.start();
  createAccountPanel({ container: byId('account'), session });
  const popups = createAssetPopups({ map, loadAsset: (id) => fetchAsset({ client, id }) });
  const assets = createAssetsLayer({
    map,
    onSelect: (asset, { keyboard }) => edit.takeSelection(asset) || popups.show(asset, { focus: keyboard }),
    onColocated: popups.showColocated,
  });
  const searchArea = createSearchArea({ map });
  const near = { latitude: config.centre.latitude, longitude: config.centre.longitude };
  const loadPlaces = () => fetchAllAssets({ client, near }).then((loaded) => {
    popups.remember(loaded);
    assets.setAssets(loaded);
    return loaded;
  });

  // the Edit view: after an add, change or retirement the map's places are loaded again
  const editMarker = createEditMarker({ map, onMove: (point) => edit.pointChosen(point) });
  const edit = createEditView({
    section: byId('view-edit'),
    client,
    marker: editMarker,
    onAssetsChanged: () => loadPlaces().catch((error) => console.error(error)),
  });
  views.register('edit', edit);
  session.onRoleChange(({ role }) => { if (!roleAtLeast(role, 'EDITOR')) edit.reset(); });

  createSearchPanel({
    elements: ui.search,
    radiusMetres: SEARCH_RADIUS_METRES,
    search: ({ postcode, signal }) => searchByPostcode({ client, postcode, signal }),
    onResults: ({ postcode, near, edges }) => showSearch({ map, searchArea, postcode, near, edges }),
    onClear: () => searchArea.clear(),
    onSelect: (edge) => {
      popups.showById({ id: edge.node.id, fallback: edge.node });
      revealMap(ui.map);
    },
  });

  // Both loads run at once; each draws as soon as it arrives, and a failure of one keeps the other.
  const { wards, places } = await settleAll({
    wards: fetchWards({ client }).then((loaded) => {
      createWardsLayer({ wards: loaded }).addTo(map);
      return loaded;
    }),
    places: loadPlaces(),
  });
  ui.loadStatus.textContent = `${plural(places.length, 'place')} and ${plural(wards.length, 'ward')} on the map.`;
}

/** Some of the map's data did not load: `parts` says which, `cause` is the first failure. */
class PartialLoadError extends Error {
  constructor({ parts, cause }) {
    super(`Could not load the ${parts.join(' or the ')}.`, { cause });
    this.parts = parts;
  }
}

const PART_NAMES = { wards: 'ward outlines', places: 'places' };

// Like Promise.all over named promises, but waits for all of them and says which failed.
async function settleAll(named) {
  const names = Object.keys(named);
  const outcomes = await Promise.allSettled(Object.values(named));
  const failed = names.filter((_, i) => outcomes[i].status === 'rejected');
  if (failed.length > 0) {
    const cause = outcomes.find((outcome) => outcome.status === 'rejected').reason;
    throw new PartialLoadError({ parts: failed.map((name) => PART_NAMES[name] ?? name), cause });
  }
  return Object.fromEntries(names.map((name, i) => [name, outcomes[i].value]));
}

function showSearch({ map, searchArea, postcode, near, edges }) {
  // the server answers with the place it searched from (the postcode's centroid)
  const place = near ?? null;
  searchArea.show({ place, label: postcode, radiusMetres: SEARCH_RADIUS_METRES });
  const points = edges.map(({ node }) => [node.location.latitude, node.location.longitude]);
  if (place) points.push([place.latitude, place.longitude]);
  if (points.length === 0) return;
  map.fitBounds(L.latLngBounds(points), { padding: [40, 40], maxZoom: MAX_ZOOM - 2, animate: !prefersReducedMotion() });
}

// On a narrow screen the map sits below the list: bring it into view when a result is chosen.
function revealMap(element) {
  const box = element.getBoundingClientRect();
  if (box.top >= window.innerHeight || box.bottom <= 0) {
    element.scrollIntoView({ behavior: prefersReducedMotion() ? 'auto' : 'smooth', block: 'nearest' });
  }
}

function fail(error) {
  console.error(error);
  ui.loadStatus.textContent = '';
  ui.loadError.textContent = error instanceof PartialLoadError
    ? `${error.message} ${describeError(error.cause)}`
    : `The map could not be loaded. ${describeError(error)}`;
  document.body.dataset.ready = 'error';
}

main()
  .then(() => { document.body.dataset.ready = 'true'; })
  .catch(fail);
