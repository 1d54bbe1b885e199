// The Nearby results on the map: one marker per result carrying its rank (the list's number), so the two are
// matched by text, not by colour.
import { onActivate } from '../util/activate.js';
import { el } from '../util/dom.js';
import { L } from './leaflet.js';

/** createNearbyMarkers({ map, onSelect }) returns { show(edges), clear(), hide(), unhide() }. */
export function createNearbyMarkers({ map, onSelect }) {
  const layer = L.layerGroup();

  function show(edges) {
    layer.clearLayers();
    edges.forEach(({ node }, index) => {
      const rank = index + 1;
      const marker = L.marker([node.location.latitude, node.location.longitude], {
        icon: L.divIcon({ className: 'nearby-marker', html: el('span', {}, String(rank)), iconSize: [26, 26] }),
        title: `${rank}. ${node.name}`,
        keyboard: true,
      });
      onActivate(marker, (how) => onSelect(node, how)).addTo(layer);
    });
  }

  return {
    show,
    clear: () => layer.clearLayers(),
    hide: () => layer.remove(),
    unhide: () => layer.addTo(map),
  };
}
