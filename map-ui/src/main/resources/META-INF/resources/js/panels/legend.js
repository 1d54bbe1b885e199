// The legend: what the ward shading and the markers mean. Swatches use the same styles as the map.
import { el, svgEl } from '../util/dom.js';
import { LSOA_STYLE } from '../layers/lsoas.js';
import { WARD_STYLES } from '../layers/wards.js';

/** renderLegend({ container }) fills the legend list. */
export function renderLegend({ container }) {
  container.replaceChildren(
    wardItem(WARD_STYLES.NORTH),
    wardItem(WARD_STYLES.SOUTH),
    el('li', {}, lineSwatch(LSOA_STYLE), el('span', {}, 'Neighbourhood (LSOA)', el('span', { className: 'legend-note' }, 'dotted line, when zoomed in'))),
    el('li', {}, el('span', { className: 'legend-swatch legend-asset', 'aria-hidden': 'true' }), 'A place (asset)'),
    el('li', {}, el('span', { className: 'legend-swatch legend-cluster', 'aria-hidden': 'true' }, '5'),
      'A group of places: select to zoom in'),
    el('li', {}, el('span', { className: 'legend-swatch legend-nearby', 'aria-hidden': 'true' }, '1'),
      'A nearby result, numbered as in the list'),
  );
}

function lineSwatch(style) {
  return svgEl('svg', { className: 'legend-swatch', viewBox: '0 0 28 20', width: 28, height: 20, 'aria-hidden': 'true', focusable: 'false' },
    svgEl('line', { x1: 1, y1: 10, x2: 27, y2: 10, stroke: style.color, 'stroke-width': 1.5, 'stroke-dasharray': style.dashArray }));
}

function wardItem(style) {
  const swatch = svgEl('svg', { className: 'legend-swatch', viewBox: '0 0 28 20', width: 28, height: 20, 'aria-hidden': 'true', focusable: 'false' },
    svgEl('rect', {
      x: 1, y: 1, width: 26, height: 18,
      fill: style.fillColor,
      'fill-opacity': style.fillOpacity,
      stroke: style.color,
      'stroke-width': style.weight,
      'stroke-dasharray': style.dashArray ?? false,
    }));
  const pattern = style.dashArray ? 'hatched, dashed outline' : 'plain fill, solid outline';
  return el('li', {}, swatch, el('span', {}, style.label, el('span', { className: 'legend-note' }, pattern)));
}
