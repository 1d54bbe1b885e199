// The clusters layer's markers. A look says what a marker shows (a single asset, several at one address, a cluster)
// and what activating it does; one kind of marker takes any look, so that a redraw can give a marker that has left
// the view the look of one that has come into it, its element kept in the page, instead of removing one element and
// adding another (a zoom replaces most of a few hundred markers).
import { onActivate } from '../util/activate.js';
import { el } from '../util/dom.js';
import { plural } from '../util/format.js';
import { L } from './leaflet.js';

/** A single asset; onSelect(asset, { keyboard }). */
export function assetLook(asset, onSelect) {
  return {
    latlng: latLngOf(asset.location),
    className: 'asset-marker',
    size: 22,
    title: asset.name,
    assetIds: [asset.id],
    activate: ({ keyboard }) => onSelect(asset, { keyboard }),
  };
}

/** Several assets at one spot (one building): onColocated({ assets, latlng, keyboard }) lists them. */
export function colocatedLook(assets, onColocated) {
  const latlng = latLngOf(assets[0].location);
  return {
    latlng,
    className: 'asset-cluster asset-cluster-s asset-colocated',
    text: String(assets.length),
    size: 28,
    title: `${plural(assets.length, 'place')} at one address: select to list them`,
    assetIds: assets.map((asset) => asset.id),
    activate: ({ keyboard }) => onColocated({ assets, latlng: L.latLng(latlng), keyboard }),
  };
}

/** A cluster of the service's; zoomInto(bounds, { keyboard }) zooms in on it. */
export function clusterLook(cluster, zoomInto) {
  const { count, bounds, topCategories } = cluster;
  const size = count < 10 ? 's' : count < 100 ? 'm' : 'l';
  const top = (topCategories ?? []).map((c) => c.category.name).join(', ');
  return {
    latlng: latLngOf(cluster.centre),
    className: `asset-cluster asset-cluster-${size}`,
    text: String(count),
    size: { s: 30, m: 36, l: 44 }[size],
    title: `${plural(count, 'place')}${top ? ` (mostly ${top})` : ''}: select to zoom in`,
    assetIds: null,
    activate: ({ keyboard }) => zoomInto(bounds, { keyboard }),
  };
}

/** A focusable marker (role button; Enter or Space activates it as a click does) with this look. */
export function createMarker(look) {
  const marker = L.marker(look.latlng, { icon: iconOf(look), title: look.title, keyboard: true });
  marker.look = look;
  marker.assetIds = look.assetIds;
  return onActivate(marker, (how) => marker.look.activate(how));
}

/** Gives a marker made by createMarker another look, keeping its element (one write per property that differs). */
export function restyle(marker, look) {
  const before = marker.look;
  const icon = marker.getElement();
  marker.look = look;
  marker.assetIds = look.assetIds;
  marker.options.title = look.title;
  if (!icon) { // not on the map: Leaflet builds the element from the options when it is added
    marker.options.icon = iconOf(look);
    marker.setLatLng(look.latlng);
    return;
  }
  // Leaflet's element classes are 'leaflet-marker-icon <the icon's className> <its own state classes>'
  if (before.className !== look.className) icon.className = icon.className.replace(before.className, look.className);
  if (before.size !== look.size) {
    Object.assign(icon.style, {
      width: `${look.size}px`, height: `${look.size}px`,
      marginLeft: `${-look.size / 2}px`, marginTop: `${-look.size / 2}px`,
    });
  }
  let label = icon.firstElementChild;
  if (look.text && label) {
    if (before.text !== look.text) label.textContent = look.text;
  } else if (look.text) {
    label = el('span', {}, look.text);
    icon.append(label);
  } else if (label) {
    label.remove();
    label = null;
  }
  if (before.title !== look.title) icon.title = look.title;
  // should Leaflet build the element again (the layer hidden and shown), it builds it from this
  const { className, size } = look;
  marker.options.icon = L.divIcon({ className, html: label ?? false, iconSize: [size, size] });
  marker.setLatLng(look.latlng);
}

function iconOf({ className, text, size }) {
  return L.divIcon({ className, html: text ? el('span', {}, text) : false, iconSize: [size, size] });
}

const latLngOf = (point) => [point.latitude, point.longitude];
