// The searched place: a marker (when its position is known) and the search radius around it.
import { el } from '../util/dom.js';
import { L } from './leaflet.js';

/** createSearchArea({ map }) returns { layer, show({ place, label, radiusMetres }), clear() }. */
export function createSearchArea({ map }) {
  const layer = L.layerGroup().addTo(map);

  function show({ place, label, radiusMetres }) {
    layer.clearLayers();
    if (!place) return;
    const latlng = [place.latitude, place.longitude];
    L.circle(latlng, {
      radius: radiusMetres,
      className: 'search-radius',
      interactive: false,
      color: '#1a1a1a',
      weight: 1.5,
      dashArray: '4 6',
      fill: false,
    }).addTo(layer);
    L.marker(latlng, {
      icon: L.divIcon({ className: 'search-place-marker', iconSize: [22, 22] }),
      title: `Searched from ${label}`,
      keyboard: false,
      zIndexOffset: 1000,
    })
      .bindTooltip(el('span', {}, label), { permanent: true, direction: 'right', offset: [12, 0], className: 'search-place-label' })
      .addTo(layer);
  }

  return { layer, show, clear: () => layer.clearLayers() };
}
