// Asset markers from the service's clusters (assetClusters): the box in view is asked for again whenever the view
// or the filter changes (debounced, the previous request aborted), so the page never holds more than what is drawn.
// An animated zoom knows where it will end when it starts: the clusters for that view are asked for then, and drawn
// as soon as the zoom ends.
import { describeError } from '../api/graphql.js';
import { onNextPaint } from '../util/frames.js';
import { MAX_ZOOM } from './base-map.js';
import { assetLook, clusterLook, colocatedLook, createMarker, restyle } from './cluster-markers.js';
import { L } from './leaflet.js';

/** Moves closer together than this make one request (the earlier one is also aborted when it is still out). */
export const REDRAW_DELAY_MS = 50;

/**
 * createClustersLayer({ map, load, onSelect, onColocated, onDrawn, onError }) returns
 *   { layer, setFilter(filter), refresh(), show(), hide(), whenIdle(), markerFor(id) }.
 * load({ box, zoom, filter, signal }) -> { zoom, totalCount, clusters, assets } (the assetClusters answer).
 * onSelect(asset, { keyboard }): a single marker was activated (click, or Enter/Space when focused).
 * onColocated({ assets, latlng, keyboard }): a marker standing for several assets at one spot was activated.
 * onDrawn({ totalCount, clusters, assets }): the markers for the view are on the map.
 */
export function createClustersLayer({ map, load, onSelect, onColocated, onDrawn = () => {}, onError = () => {} }) {
  const layer = L.layerGroup();
  const markers = new Map(); // key -> marker, kept across redraws so focus and DOM survive
  let filter = {};
  let visible = false;
  let timer = null; // the scheduled redraw, null when none
  let inFlight = null;
  let painting = 0; // redraws drawn but not yet on screen
  let paints = 0; // how many redraws have reached the screen (body[data-clusters-painted], for tests and the benchmark)
  let pendingSince = null; // when the oldest change not yet drawn happened
  let lastStart = -Infinity; // when the last request was started
  let moveStartedAt = null; // when the pan or zoom being drawn began (Leaflet's movestart)
  let ahead = null; // { zoom, box, filter, answer, controller, requestedAt }: asked for when a zoom animation began
  let idleWaiters = [];

  const busy = () => visible && (timer !== null || inFlight !== null || painting > 0);

  // Nothing scheduled, nothing out and the last markers on screen: whoever waits for the clusters (the Explore list)
  // may ask now.
  function settleIdle() {
    if (busy()) return;
    idleWaiters.forEach((resolve) => resolve());
    idleWaiters = [];
  }

  // A move on its own (nothing waiting, nothing out, no request started just before) is asked for at once: moveend
  // already marks the end of a drag or zoom. Moves in quick succession (a held arrow key) are debounced.
  function schedule() {
    if (!visible) return;
    pendingSince ??= performance.now();
    const alone = timer === null && !inFlight && performance.now() - lastStart > REDRAW_DELAY_MS;
    clearTimeout(timer);
    if (alone) {
      redraw();
      return;
    }
    timer = setTimeout(redraw, REDRAW_DELAY_MS);
  }

  // One request for the clusters of a box at a zoom, with what it was asked for and when.
  function ask({ zoom, box }) {
    const controller = new AbortController();
    const answer = load({ box, zoom, filter, signal: controller.signal });
    return { zoom, box, filter, controller, answer, requestedAt: performance.now() };
  }

  // The zoom animation has begun: ask now for the view it will end on (Leaflet's zoomanim gives its centre and zoom).
  function askAhead({ center, zoom }) {
    dropAhead();
    if (!visible) return;
    ahead = ask({ zoom: Math.round(zoom), box: boxOf(map, map.getPixelBounds(center, zoom), zoom) });
    ahead.answer.catch(() => {}); // its failure is reported if it is used, when the zoom ends
  }

  function dropAhead() {
    ahead?.controller.abort();
    ahead = null;
  }

  // The request for the view now: the one asked for ahead when it is for this view (to within a pixel), else a new one.
  function requestFor(zoom, box) {
    const early = ahead;
    ahead = null;
    const pixel = (box.east - box.west) / Math.max(1, map.getSize().x);
    if (early && early.zoom === zoom && early.filter === filter
        && ['south', 'west', 'north', 'east'].every((edge) => Math.abs(early.box[edge] - box[edge]) < pixel)) {
      return early;
    }
    early?.controller.abort();
    return ask({ zoom, box });
  }

  async function redraw() {
    timer = null;
    lastStart = performance.now();
    inFlight?.abort();
    const since = pendingSince;
    const startedAt = moveStartedAt;
    pendingSince = null;
    moveStartedAt = null;
    const { zoom, box, controller, requestedAt, answer: answered } = requestFor(Math.round(map.getZoom()), viewBox(map));
    inFlight = controller;
    try {
      const answer = await answered;
      const answeredAt = performance.now();
      if (controller.signal.aborted || !visible) return;
      draw(answer);
      // what is drawn, for tests and the benchmark to compare with the API
      Object.assign(map.getContainer().dataset, { box: JSON.stringify(box), zoom: String(zoom), totalCount: String(answer.totalCount) });
      painting += 1;
      recordPaint({ since, startedAt, requestedAt, answeredAt }, () => {
        painting -= 1;
        settleIdle();
      });
      onDrawn(answer);
    } catch (failure) {
      if (failure?.name === 'AbortError' || controller.signal.aborted) return;
      onError(describeError(failure));
    } finally {
      if (inFlight === controller) inFlight = null;
      settleIdle();
    }
  }

  function draw({ clusters, assets }) {
    const wanted = new Map();
    for (const cluster of clusters) wanted.set(clusterKey(cluster), clusterLook(cluster, zoomInto));
    for (const group of groupByPlace(assets)) {
      if (group.length === 1) wanted.set(`asset:${group[0].id}`, assetLook(group[0], onSelect));
      else wanted.set(`here:${group.map((a) => a.id).sort().join(',')}`, colocatedLook(group, onColocated));
    }
    // markers no longer wanted take the looks of those newly wanted; the one with the focus is not reused, so a
    // keyboard user's marker does not turn into another place under them
    const spare = [];
    for (const [key, marker] of markers) {
      if (wanted.has(key)) continue;
      markers.delete(key);
      if (marker.getElement()?.contains(document.activeElement)) layer.removeLayer(marker);
      else spare.push(marker);
    }
    for (const [key, look] of wanted) {
      if (markers.has(key)) continue;
      let marker = spare.pop();
      if (marker) {
        restyle(marker, look);
      } else {
        marker = createMarker(look);
        layer.addLayer(marker);
      }
      markers.set(key, marker);
    }
    for (const marker of spare) layer.removeLayer(marker);
  }

  function zoomInto(bounds, { keyboard }) {
    const box = L.latLngBounds([bounds.south, bounds.west], [bounds.north, bounds.east]);
    const target = Math.min(MAX_ZOOM, Math.max(map.getZoom() + 1, map.getBoundsZoom(box)));
    map.setView(box.getCenter(), target);
    // The focused cluster is gone once zoomed: keep keyboard users on the map, next to its markers.
    if (keyboard) map.getContainer().focus({ preventScroll: true });
  }

  // After the next frame has been painted: how long from the change (the end of a pan or zoom, a filter) to markers
  // on screen, from the pan or zoom's start (its animation included), and from the request; the first paint's time
  // since the page began loading.
  function recordPaint({ since, startedAt, requestedAt, answeredAt }, painted) {
    onNextPaint(() => {
      const now = performance.now();
      paints += 1;
      Object.assign(document.body.dataset, {
        clustersPainted: String(paints),
        clustersPaintMs: (now - (since ?? requestedAt)).toFixed(1),
        clustersMoveMs: (now - (startedAt ?? since ?? requestedAt)).toFixed(1),
        clustersRequestMs: (now - requestedAt).toFixed(1),
        clustersAnswerMs: (answeredAt - requestedAt).toFixed(1),
      });
      if (paints === 1) document.body.dataset.firstClustersMs = now.toFixed(1);
      painted();
    });
  }

  map.on('moveend', () => schedule()); // Leaflet fires moveend after every pan and every zoom
  map.on('movestart', () => { moveStartedAt ??= performance.now(); });
  map.on('zoomanim', askAhead);

  return {
    layer,
    setFilter(next) {
      filter = next;
      dropAhead();
      schedule();
    },
    refresh: schedule,
    show() {
      visible = true;
      layer.addTo(map);
      schedule();
    },
    hide() {
      visible = false;
      clearTimeout(timer);
      timer = null;
      inFlight?.abort();
      dropAhead();
      layer.remove();
      settleIdle();
    },
    /** Resolves once no redraw is scheduled, out or waiting to reach the screen (at once when there is none). */
    whenIdle() {
      if (!busy()) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    /** The marker showing this asset (alone or with others at its address), if it is drawn. */
    markerFor(id) {
      for (const marker of markers.values()) if (marker.assetIds?.includes(id)) return marker;
      return null;
    },
  };
}

// Assets at the very same spot (one building) cannot be split by zooming: one marker lists them.
function groupByPlace(assets) {
  const groups = new Map();
  for (const asset of assets) {
    const key = `${asset.location.latitude.toFixed(6)},${asset.location.longitude.toFixed(6)}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(asset);
  }
  return [...groups.values()];
}

const clusterKey = (c) => `cluster:${c.count}:${c.centre.latitude.toFixed(6)},${c.centre.longitude.toFixed(6)}`;

/** The view as a BoxInput, clamped to valid coordinates. */
export function viewBox(map) {
  return boxOf(map, map.getPixelBounds(), map.getZoom());
}

/** Pixel bounds at a zoom (map.getPixelBounds(centre, zoom)) as a BoxInput, clamped to valid coordinates. */
function boxOf(map, pixels, zoom) {
  const bounds = L.latLngBounds(map.unproject(pixels.getBottomLeft(), zoom), map.unproject(pixels.getTopRight(), zoom));
  return {
    south: Math.max(-85, bounds.getSouth()),
    west: Math.max(-180, bounds.getWest()),
    north: Math.min(85, bounds.getNorth()),
    east: Math.min(180, bounds.getEast()),
  };
}
