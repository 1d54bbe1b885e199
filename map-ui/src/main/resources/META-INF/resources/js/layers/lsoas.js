// LSOA outlines, drawn from zoom 14 on: without tiles (offline, or a blocked tile server) they give the map
// street-block-sized landmarks between the ward outlines. Loaded once, on first need.
import { afterNextPaint } from '../util/frames.js';
import { deferredCanvas } from './deferred-renderer.js';
import { L } from './leaflet.js';

export const LSOA_MIN_ZOOM = 14;

export const LSOA_STYLE = {
  className: 'lsoa',
  color: '#3d3d3d',
  weight: 1,
  dashArray: '1 4',
  fill: false,
  interactive: false,
};

/**
 * createLsoaOutlines({ map, load }) draws the outlines while zoomed in; load() -> [{ id, name, boundary }]. Like
 * every redraw of theirs, they are loaded (on first need), shown and hidden once the frame after a zoom has been
 * painted, so the first zoom to 14 does not wait for them: the asset markers first.
 */
export function createLsoaOutlines({ map, load }) {
  let layer = null;
  let loading = null;

  function ensureLoaded() {
    loading ??= load().then((lsoas) => {
      const features = lsoas.filter((l) => l.boundary)
        .map((l) => ({ type: 'Feature', geometry: l.boundary, properties: { id: l.id, name: l.name } }));
      // On a canvas of their own: redrawn after a pan or zoom without the style and layout work of ~180 SVG paths.
      layer = L.geoJSON({ type: 'FeatureCollection', features },
        { style: () => LSOA_STYLE, renderer: deferredCanvas() });
      return layer;
    }).catch(() => {
      loading = null; // the ward outlines still stand; try again on the next zoom
      return null;
    });
    return loading;
  }

  async function update() {
    if (map.getZoom() >= LSOA_MIN_ZOOM) await ensureLoaded();
    if (!layer || map._animatingZoom) return; // a zoom under way: its end updates again
    const want = map.getZoom() >= LSOA_MIN_ZOOM;
    if (want && !map.hasLayer(layer)) layer.addTo(map).bringToBack();
    if (!want && map.hasLayer(layer)) layer.remove();
  }

  map.on('zoomend', () => afterNextPaint(update));
  update();
}
