// The Leaflet map itself: view, tiles and attribution.
import { textAsHtml } from '../util/dom.js';
import { L } from './leaflet.js';

export const MAX_ZOOM = 18;
export const MIN_ZOOM = 10;

export const prefersReducedMotion = () =>
  window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/**
 * createBaseMap({ element, config }) builds the map from /api/map-config.
 * Tiles are optional: when they cannot load the map stays usable on its plain background.
 */
export function createBaseMap({ element, config }) {
  const animate = !prefersReducedMotion();
  const map = L.map(element, {
    center: [config.centre.latitude, config.centre.longitude],
    zoom: config.zoom,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    zoomAnimation: animate,
    fadeAnimation: animate,
    markerZoomAnimation: animate,
  });
  if (config.tileUrl) {
    L.tileLayer(config.tileUrl, {
      maxZoom: MAX_ZOOM,
      // Operator-provided HTML from the service's configuration (links to the tile provider).
      attribution: config.tileAttribution,
    }).addTo(map);
  }
  // Data lines (OGL) are plain text: escape them, since the control renders HTML.
  for (const line of config.dataAttribution) {
    map.attributionControl.addAttribution(textAsHtml(line));
  }
  L.control.scale({ imperial: false }).addTo(map);
  return map;
}
