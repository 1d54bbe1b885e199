// Wiring only: find the page's elements, build the map, connect the layers, the views and the asset panel.
import { createGraphQLClient, describeError } from './api/graphql.js';
import {
  LIST_PAGE_SIZE, NEARBY_RESULT_COUNT, SEARCH_RADIUS_METRES,
  fetchAsset, fetchAssetPage, fetchClusters, fetchFacets, fetchLsoas, fetchWards, loadMapConfig,
} from './api/map-data.js';
import { createClustersLayer } from './layers/clusters.js';
import { createBaseMap, MAX_ZOOM, MIN_ZOOM, prefersReducedMotion } from './layers/base-map.js';
import { L } from './layers/leaflet.js';
import { createLsoaOutlines } from './layers/lsoas.js';
import { createNearbyMarkers } from './layers/nearby-markers.js';
import { createSearchArea } from './layers/search-area.js';
import { createWardsLayer } from './layers/wards.js';
import { createExploreView } from './panels/explore.js';
import { renderLegend } from './panels/legend.js';
import { createNearbyView } from './panels/nearby.js';
import { createAssetPopups } from './panels/popup.js';
import { registerNetworkViews } from './panels/network-views.js';
import { createViewSwitcher, roleAtLeast } from './panels/views.js';
import { createSession } from './api/session.js';
import { createAccountPanel } from './panels/account.js';
import { createEditView } from './panels/edit.js';
import { createEditMarker } from './layers/edit-marker.js';
import { fetchChangeFeedPosition, startLiveFeed } from './api/live.js';
import { createLiveChangesPanel } from './panels/live-changes.js';
import { plural } from './util/format.js';
import { onParamsWritten, readParams, writeParams } from './util/url-state.js';

const byId = (id) => document.getElementById(id);

const ui = {
  map: byId('map'),
  loadStatus: byId('load-status'),
  loadError: byId('load-error'),
  legend: byId('legend-items'),
  tabs: [...document.querySelectorAll('#view-tabs a[data-view]')],
  live: { status: byId('live-status'), list: byId('live-changes') },
  views: [...document.querySelectorAll('section.view[data-view]')],
  links: [...document.querySelectorAll('a.view-link')],
  explore: {
    form: byId('explore-form'),
    text: byId('explore-text'),
    categories: byId('category-options'),
    clearCategories: byId('categories-clear'),
    status: byId('explore-status'),
    error: byId('explore-error'),
    list: byId('explore-list'),
    prev: byId('explore-prev'),
    next: byId('explore-next'),
    page: byId('explore-page'),
  },
  nearby: {
    form: byId('search-form'),
    input: byId('postcode'),
    locate: byId('use-location'),
    openNow: byId('open-now'),
    error: byId('search-error'),
    status: byId('search-status'),
    results: byId('results'),
  },
};

async function main() {
  renderLegend({ container: ui.legend });
  if (!L) throw new Error('The map library did not load.');

  const client = createGraphQLClient({ endpoint: 'graphql' });
  // all at once, before any data: the map needs the config and who is signed in, and the feed position is read first
  // so that every change after it comes through the live feed and none is missed
  const session = createSession({ client });
  const [loadedConfig, , feedPosition] = await Promise.all([
    loadMapConfig(), session.refresh(), fetchChangeFeedPosition({ client }),
  ]);
  const config = withViewFromUrl(loadedConfig);
  const map = createBaseMap({ element: ui.map, config });
  const views = createViewSwitcher({ tabs: ui.tabs, sections: ui.views });
  views.setRole(session.me().role);
  // every change of role (sign in, sign out) reaches the tabs and any view that listens
  session.onRoleChange(({ role }) => views.setRole(role));
  createAccountPanel({ container: byId('account'), session });

  // "Link to this view" follows every change to the URL; the map's centre and zoom are part of it.
  onParamsWritten((url) => ui.links.forEach((link) => { link.href = url; }));
  const writeMapView = () => {
    const centre = map.getCenter();
    writeParams({ lat: centre.lat.toFixed(5), lng: centre.lng.toFixed(5), z: Math.round(map.getZoom()) },
      { whenIdle: true });
  };
  map.on('moveend', writeMapView);

  let explore = null;
  let nearby = null;
  const popups = createAssetPopups({
    map,
    loadAsset: (id) => fetchAsset({ client, id }),
    onOpen: (asset) => { explore?.markOpen(asset.id); nearby?.markOpen(asset.id); },
    onClose: () => { explore?.unmark(); nearby?.unmark(); },
  });
  const choose = (asset, { keyboard }) => {
    popups.show(asset, { focus: keyboard });
    if (!keyboard) revealMap(ui.map);
  };

  let firstDraw;
  const drawn = new Promise((resolve) => { firstDraw = resolve; });
  const clusters = createClustersLayer({
    map,
    load: ({ box, zoom, filter, signal }) => fetchClusters({ client, box, zoom, filter, signal }),
    onSelect: (asset, { keyboard }) => edit.takeSelection(asset) || popups.show(asset, { focus: keyboard }),
    onColocated: popups.showColocated,
    onDrawn: () => {
      ui.loadError.textContent = '';
      firstDraw();
    },
    onError: (message) => {
      ui.loadError.textContent = `The map's places could not be loaded. ${message}`;
      firstDraw(); // the outlines still come
    },
  });

  const searchArea = createSearchArea({ map });
  const nearbyMarkers = createNearbyMarkers({ map, onSelect: (asset, how) => popups.show(asset, { focus: how.keyboard }) });

  explore = createExploreView({
    elements: ui.explore,
    map,
    clusters,
    loadFacets: ({ filter, signal }) => fetchFacets({ client, filter, signal }),
    loadPage: ({ filter, sort, after, signal }) => fetchAssetPage({ client, filter, sort, after, first: LIST_PAGE_SIZE, signal }),
    onChoose: choose,
  });

  const urlHadView = config.fromUrl;
  nearby = createNearbyView({
    elements: ui.nearby,
    radiusMetres: SEARCH_RADIUS_METRES,
    geolocation: navigator.geolocation,
    search: ({ place, openNow, signal }) => fetchAssetPage({
      client,
      filter: { near: { place, radiusMetres: SEARCH_RADIUS_METRES }, ...(openNow ? { openNow: true } : {}) },
      sort: 'DISTANCE',
      first: NEARBY_RESULT_COUNT,
      signal,
    }),
    onResults: ({ label, near, edges, restoring, keepView }) => {
      searchArea.show({ place: near ?? null, label, radiusMetres: SEARCH_RADIUS_METRES });
      nearbyMarkers.show(edges);
      // a shared link keeps the map where it was; a new search fits its results
      if (!keepView && !(restoring && urlHadView)) fitResults({ map, near, edges });
    },
    onClear: () => { searchArea.clear(); nearbyMarkers.clear(); },
    onChoose: choose,
    onActivate: () => { searchArea.layer.addTo(map); nearbyMarkers.unhide(); },
    onDeactivate: () => { popups.close(); searchArea.layer.remove(); nearbyMarkers.hide(); },
  });

  views.register('explore', {
    activate: () => explore.activate(),
    deactivate: () => { popups.close(); explore.deactivate(); },
  });
  views.register('nearby', nearby);
  registerNetworkViews({ views, map, client, centre: config.centre, session });

  // the Edit view: the places stay on the map (a marker opens that asset in the form), a click on the map places a
  // new one; the map's places come again through the live feed after every add, change or retirement
  const editMarker = createEditMarker({ map, onMove: (point) => edit.pointChosen(point) });
  const edit = createEditView({ section: byId('view-edit'), client, marker: editMarker, onAssetsChanged: () => clusters.refresh() });
  views.register('edit', {
    activate: () => { clusters.setFilter({}); clusters.show(); edit.activate(); },
    deactivate: () => { popups.close(); edit.deactivate(); clusters.hide(); },
  });
  session.onRoleChange(({ role }) => { if (!roleAtLeast(role, 'EDITOR')) edit.reset(); });
  views.start();
  writeMapView();

  const liveChanges = createLiveChangesPanel(ui.live);
  const refresh = debounce(() => { explore.refresh(); nearby.refresh(); if (views.current() === 'edit') clusters.refresh(); }, 250);
  const startFeed = (after) => startLiveFeed({
    after,
    onStatus: (status) => liveChanges.setStatus(status),
    onChange: (change) => {
      liveChanges.add(change);
      refresh();
    },
  });
  let feed = startFeed(feedPosition);
  // the socket's viewer is fixed when it opens: after a sign-in or sign-out, a new one from the last position seen
  session.onRoleChange(() => {
    const at = feed.position();
    feed.stop();
    feed = startFeed(at);
    refresh();
  });

  // the outlines after the first clusters: on a busy service the places come first
  if (views.current() === 'explore') await drawn;
  createLsoaOutlines({ map, load: () => fetchLsoas({ client }) });
  const wards = await fetchWards({ client }).then((loaded) => {
    createWardsLayer({ wards: loaded }).addTo(map).bringToBack();
    return loaded;
  }).catch((error) => {
    throw new Error(`Could not load the ward outlines. ${describeError(error)}`);
  });
  ui.loadStatus.textContent = `${plural(wards.length, 'ward')} outlined on the map.`;
}

// ?lat=..&lng=..&z=.. (a shared link) outranks the configured start view.
function withViewFromUrl(config) {
  const { lat, lng, z } = readParams();
  const latitude = Number(lat);
  const longitude = Number(lng);
  const zoom = Number(z);
  if (lat && lng && z && [latitude, longitude, zoom].every(Number.isFinite)
      && Math.abs(latitude) <= 85 && Math.abs(longitude) <= 180) {
    return { ...config, centre: { latitude, longitude }, zoom: Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Math.round(zoom))), fromUrl: true };
  }
  return { ...config, fromUrl: false };
}

function fitResults({ map, near, edges }) {
  const points = edges.map(({ node }) => [node.location.latitude, node.location.longitude]);
  if (near) points.push([near.latitude, near.longitude]);
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
  ui.loadError.textContent = `The map could not be loaded. ${describeError(error)}`;
  document.body.dataset.ready = 'error';
}

main()
  .then(() => { document.body.dataset.ready = 'true'; })
  .catch(fail);

/** fn, called once after calls have stopped for `waitMs`. */
function debounce(fn, waitMs) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => Promise.resolve(fn(...args)).catch((error) => console.error(error)), waitMs);
  };
}
