// Vector renderers for the outlines (wards, LSOAs) that redraw after a zoom or pan only once the frame after it has
// been painted: Leaflet reprojects and redraws every outline at once when a move ends, in the same task that hands
// the map its new view, which delays the asset markers behind work a person sees only as background. Until then the
// outlines stay where the zoom animation left them (scaled with the map, so still in place), as during a zoom.
import { afterNextPaint } from '../util/frames.js';
import { L } from './leaflet.js';

/** deferredSvg() / deferredCanvas(): L.svg() / L.canvas() whose redraw after a move waits for the next paint. */
export const deferredSvg = (options) => new (deferringUpdates(L.SVG))(options);
export const deferredCanvas = (options) => new (deferringUpdates(L.Canvas))(options);

function deferringUpdates(Renderer) {
  return Renderer.extend({
    getEvents() {
      const events = Renderer.prototype.getEvents.call(this);
      return { ...events, zoomend: this._deferUpdate, moveend: this._deferUpdate };
    },

    _deferUpdate() {
      if (this._updatePending) return;
      this._updatePending = true;
      afterNextPaint(() => {
        this._updatePending = false;
        // gone, or another zoom has begun: its own end asks again
        if (!this._map || this._map._animatingZoom) return;
        if (this._zoom !== this._map.getZoom()) this._onZoomEnd(); // reproject only after a zoom
        this._update();
      });
    },
  });
}
