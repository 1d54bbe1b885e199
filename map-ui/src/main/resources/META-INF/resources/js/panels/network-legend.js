// Legend samples for the Network and Strength views, drawn in SVG from the same styles as the map's lines and marks.
import { el, svgEl } from '../util/dom.js';
import { CROSS_EXTRA_WEIGHT, TIE_STYLES } from '../layers/network-ties.js';

const swatch = (...children) => svgEl('svg', {
  className: 'legend-swatch', viewBox: '0 0 44 20', width: 44, height: 20, 'aria-hidden': 'true', focusable: 'false',
}, ...children);

/** A line sample for one tie kind (cross: drawn as a North–South tie). */
export function tieSample(kind, { cross = false } = {}) {
  const style = TIE_STYLES[kind];
  return swatch(
    cross ? svgEl('line', { x1: 2, y1: 10, x2: 42, y2: 10, stroke: '#ffdd00', 'stroke-width': style.weight + CROSS_EXTRA_WEIGHT + 4 }) : null,
    svgEl('line', {
      x1: 2, y1: 10, x2: 42, y2: 10,
      stroke: style.color,
      'stroke-width': style.weight + (cross ? CROSS_EXTRA_WEIGHT : 0),
      'stroke-dasharray': style.dashArray ?? false,
      'stroke-linecap': style.lineCap ?? 'butt',
    }));
}

/** The legend entries of the Network view: every tie kind, the cross-locality highlight and the marks. */
export function networkLegendItems(kinds) {
  return [
    ...kinds.map((kind) => el('li', { dataset: { legend: kind } }, tieSample(kind),
      el('span', {}, TIE_STYLES[kind].label, el('span', { className: 'legend-note' }, TIE_STYLES[kind].note)))),
    el('li', { dataset: { legend: 'cross' } }, tieSample('COLLABORATION', { cross: true }),
      el('span', {}, 'Tie across North and South',
        el('span', { className: 'legend-note' }, 'heavier line on a yellow casing, labelled N–S'))),
    el('li', {}, swatch(svgEl('rect', { x: 15, y: 3, width: 14, height: 14, fill: '#ffffff', stroke: '#0b3d52', 'stroke-width': 3 })),
      el('span', {}, 'Organisation', el('span', { className: 'legend-note' }, 'square, at the centre of the places it runs'))),
    el('li', {}, swatch(svgEl('rect', { x: 15, y: 3, width: 14, height: 14, fill: '#ffffff', stroke: '#0b3d52', 'stroke-width': 3, 'stroke-dasharray': '3 2' })),
      el('span', {}, 'Borough-wide organisation', el('span', { className: 'legend-note' }, 'dashed square in the ring at the centre: runs no mapped place'))),
    el('li', {}, swatch(svgEl('path', { d: 'M22 1 L31 10 L22 19 L13 10 Z', fill: '#ffdd00', stroke: '#0b0c0c', 'stroke-width': 2 })),
      el('span', {}, 'Key connector', el('span', { className: 'legend-note' }, 'diamond labelled “Key”: without it, parts of the network lose touch'))),
    el('li', {}, swatch(svgEl('circle', { cx: 22, cy: 10, r: 5, fill: '#3d3d3d', stroke: '#ffffff', 'stroke-width': 2 })),
      el('span', {}, 'A place an organisation runs')),
  ];
}
