// Asset markers, clustered on the client with Supercluster and re-clustered whenever the view changes.
import { el } from '../util/dom.js';
import { plural } from '../util/format.js';
import { MAX_ZOOM } from './base-map.js';
import { L } from './leaflet.js';
import { Supercluster } from './supercluster.js';

const CLUSTER_RADIUS_PX = 60;

/**
 * createAssetsLayer({ map, onSelect, onColocated }) returns { layer, setAssets(assets) }.
 * onSelect(asset, { keyboard }): a single marker was activated (by click, or Enter/Space when focused).
 * onColocated({ assets, latlng, keyboard }): a cluster that no zoom level can split (same building) was activated.
 */
export function createAssetsLayer({ map, onSelect, onColocated }) {
  const layer = L.layerGroup().addTo(map);
  const markers = new Map(); // key -> marker, kept across updates so focus and DOM survive
  let index = null;

  function setAssets(assets) {
    index = new Supercluster({ radius: CLUSTER_RADIUS_PX, maxZoom: MAX_ZOOM, minPoints: 2 });
    index.load(assets.map(toFeature));
    layer.clearLayers();
    markers.clear();
    update();
  }

  function update() {
    if (!index) return;
    const zoom = Math.round(map.getZoom());
    const wanted = new Map(index.getClusters(viewBox(map), zoom).map((f) => [keyOf(f), f]));
    for (const [key, marker] of markers) {
      if (!wanted.has(key)) {
        layer.removeLayer(marker);
        markers.delete(key);
      }
    }
    for (const [key, feature] of wanted) {
      if (markers.has(key)) continue;
      const marker = feature.properties.cluster ? clusterMarker(feature) : assetMarker(feature);
      markers.set(key, marker);
      layer.addLayer(marker);
    }
  }

  function assetMarker(feature) {
    const { asset } = feature.properties;
    const marker = L.marker(latLngOf(feature), {
      icon: L.divIcon({ className: 'asset-marker', iconSize: [18, 18] }),
      title: asset.name,
      keyboard: true,
    });
    return onActivate(marker, ({ keyboard }) => onSelect(asset, { keyboard }));
  }

  function clusterMarker(feature) {
    const { cluster_id: clusterId, point_count: count } = feature.properties;
    const size = count < 10 ? 's' : count < 50 ? 'm' : 'l';
    const marker = L.marker(latLngOf(feature), {
      icon: L.divIcon({
        className: `asset-cluster asset-cluster-${size}`,
        html: el('span', {}, String(count)),
        iconSize: { s: [28, 28], m: [34, 34], l: [42, 42] }[size],
      }),
      title: `${plural(count, 'place')}: select to zoom in`,
      keyboard: true,
    });
    return onActivate(marker, ({ keyboard }) => openCluster({ clusterId, latlng: marker.getLatLng(), keyboard }));
  }

  function openCluster({ clusterId, latlng, keyboard }) {
    const expansionZoom = index.getClusterExpansionZoom(clusterId);
    if (expansionZoom <= MAX_ZOOM) {
      map.setView(latlng, expansionZoom);
      // The focused cluster is gone once zoomed: keep keyboard users on the map, next to its markers.
      if (keyboard) map.getContainer().focus({ preventScroll: true });
    } else {
      const assets = index.getLeaves(clusterId, Infinity).map((leaf) => leaf.properties.asset);
      onColocated({ assets, latlng, keyboard });
    }
  }

  map.on('moveend', update); // Leaflet fires moveend after every pan and every zoom
  return { layer, setAssets };
}

// Leaflet makes markers focusable (role=button) but only clicks them with a mouse or touch.
function onActivate(marker, handler) {
  return marker
    .on('click', () => handler({ keyboard: false }))
    .on('keydown', ({ originalEvent: event }) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      L.DomEvent.preventDefault(event);
      handler({ keyboard: true });
    });
}

function toFeature(asset) {
  const { latitude, longitude } = asset.location;
  return { type: 'Feature', geometry: { type: 'Point', coordinates: [longitude, latitude] }, properties: { asset } };
}

const keyOf = (feature) =>
  feature.properties.cluster ? `cluster:${feature.properties.cluster_id}` : `asset:${feature.properties.asset.id}`;

const latLngOf = (feature) => [feature.geometry.coordinates[1], feature.geometry.coordinates[0]];

// Only what is in view: a marker beyond the edge would still take keyboard focus (and focusing it
// scrolls Leaflet's panes out of place), so markers just off-screen wait for the next moveend.
function viewBox(map) {
  const bounds = map.getBounds();
  return [
    Math.max(-180, bounds.getWest()),
    Math.max(-85, bounds.getSouth()),
    Math.min(180, bounds.getEast()),
    Math.min(85, bounds.getNorth()),
  ];
}
