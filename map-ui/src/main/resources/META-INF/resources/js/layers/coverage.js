// Coverage gaps on the map: each ward's or LSOA's gap (the part with no asset of the category within the walk)
// filled with a pattern per class of gap and labelled in a tooltip, so the classes never rest on colour alone.
import { el, svgEl } from '../util/dom.js';
import { L } from './leaflet.js';

/** Gap classes, largest first: the share of an area with no asset within the walk. */
export const GAP_CLASSES = [
  { id: 'large', label: 'Large gap', note: 'half or more of the area uncovered; cross-hatched', min: 0.5, color: '#a4000f', pattern: 'gap-cross' },
  { id: 'medium', label: 'Some gap', note: 'a tenth to half uncovered; diagonal lines', min: 0.1, color: '#7a4600', pattern: 'gap-lines' },
  { id: 'small', label: 'Small gap', note: 'under a tenth uncovered; dotted', min: 0, color: '#00567a', pattern: 'gap-dots' },
];

export function gapClass(share) {
  return GAP_CLASSES.find((gap) => share >= gap.min) ?? GAP_CLASSES.at(-1);
}

/** Adds the gap patterns to the page once (SVG fills refer to them by id). */
export function ensureGapPatterns() {
  if (document.getElementById('gap-cross')) return;
  const pattern = (id, color, ...marks) => svgEl('pattern', { id, patternUnits: 'userSpaceOnUse', width: 8, height: 8 },
    svgEl('rect', { width: 8, height: 8, fill: color, 'fill-opacity': 0.12 }), ...marks);
  const [large, medium, small] = GAP_CLASSES;
  document.body.append(svgEl('svg', { className: 'svg-defs', 'aria-hidden': 'true', focusable: 'false', width: 0, height: 0 },
    svgEl('defs', {},
      pattern(large.pattern, large.color,
        svgEl('path', { d: 'M0 0 L8 8 M8 0 L0 8', stroke: large.color, 'stroke-width': 1.6, 'stroke-opacity': 0.8 })),
      pattern(medium.pattern, medium.color,
        svgEl('path', { d: 'M0 8 L8 0', stroke: medium.color, 'stroke-width': 1.6, 'stroke-opacity': 0.8 })),
      pattern(small.pattern, small.color,
        svgEl('circle', { cx: 4, cy: 4, r: 1.4, fill: small.color, 'fill-opacity': 0.85 })))));
}

/** createCoverageLayer() returns { layer, show(report), clear() }: one path per area with a gap. */
export function createCoverageLayer() {
  ensureGapPatterns();
  const layer = L.featureGroup();
  function show(report) {
    layer.clearLayers();
    for (const area of report.areas) {
      if (!area.gap) continue;
      const gap = gapClass(area.uncoveredShare);
      L.geoJSON({ type: 'Feature', geometry: area.gap, properties: {} }, {
        style: () => ({
          className: `coverage-gap coverage-gap-${gap.id}`,
          color: gap.color, weight: 1.5, dashArray: gap.id === 'large' ? null : '4 3',
          fillColor: `url(#${gap.pattern})`, fillOpacity: 1,
        }),
      }).bindTooltip(el('div', {}, el('strong', {}, area.locality.name),
        el('div', {}, `${gap.label}: ${Math.round(area.uncoveredShare * 100)}% of the area has no ${report.categoryName} within ${report.walkMetres} m`)),
      { sticky: true }).addTo(layer);
    }
  }
  return { layer, show, clear: () => layer.clearLayers() };
}

/** A legend sample for a gap class. */
export function gapSample(gap) {
  return svgEl('svg', { className: 'legend-swatch', viewBox: '0 0 28 20', width: 28, height: 20, 'aria-hidden': 'true', focusable: 'false' },
    svgEl('rect', { x: 1, y: 1, width: 26, height: 18, fill: `url(#${gap.pattern})`, stroke: gap.color, 'stroke-width': 1.5,
      'stroke-dasharray': gap.id === 'large' ? false : '4 3' }));
}
