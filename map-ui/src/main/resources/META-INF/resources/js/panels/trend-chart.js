// The trend of the North–South figures over the stored snapshots: an SVG line chart (one line per series, each with
// its own dash pattern and point shape, named in a key) with axis labels, and the same numbers as a table.
import { el, svgEl } from '../util/dom.js';

/** The series drawn: each a figure of a snapshot, with its line and point style. */
export const TREND_SERIES = [
  { key: 'crossTies', label: 'Ties across North and South', color: '#00567a', dash: null, shape: 'circle' },
  { key: 'independentPaths', label: 'Independent paths', color: '#7a4600', dash: '6 4', shape: 'square' },
  { key: 'crossIntroductions', label: 'Introductions across', color: '#6a1245', dash: '2 4', shape: 'triangle' },
];

const WIDTH = 340;
const HEIGHT = 200;
const MARGIN = { top: 12, right: 12, bottom: 44, left: 44 };

/** renderTrendChart(snapshots) returns a <figure> with the chart, its key and a data table. */
export function renderTrendChart(snapshots) {
  const values = snapshots.flatMap((snapshot) => TREND_SERIES.map((series) => snapshot[series.key]));
  const maxValue = Math.max(1, ...values);
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (i) => MARGIN.left + (snapshots.length === 1 ? plotWidth / 2 : (plotWidth * i) / (snapshots.length - 1));
  const y = (value) => MARGIN.top + plotHeight - (plotHeight * value) / maxValue;
  const ticks = niceTicks(maxValue);
  const description = `Line chart of ${snapshots.length} snapshots from ${snapshots[0].takenOn} to ${snapshots.at(-1).takenOn}; `
    + 'the table below gives the same figures.';

  const svg = svgEl('svg', {
    className: 'trend-chart', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img', 'aria-label': description,
  },
  // axes
  svgEl('line', { x1: MARGIN.left, y1: MARGIN.top, x2: MARGIN.left, y2: MARGIN.top + plotHeight, stroke: '#1a1a1a' }),
  svgEl('line', { x1: MARGIN.left, y1: MARGIN.top + plotHeight, x2: MARGIN.left + plotWidth, y2: MARGIN.top + plotHeight, stroke: '#1a1a1a' }),
  ticks.map((tick) => svgEl('g', { className: 'trend-tick' },
    svgEl('line', { x1: MARGIN.left - 4, y1: y(tick), x2: MARGIN.left + plotWidth, y2: y(tick), stroke: '#c6c9c2', 'stroke-width': 0.5 }),
    svgEl('text', { x: MARGIN.left - 6, y: y(tick) + 4, 'text-anchor': 'end', 'font-size': 10, fill: '#1a1a1a' }, String(tick)))),
  dateLabels(snapshots).map(({ i, label }) => svgEl('text', {
    x: x(i), y: MARGIN.top + plotHeight + 14, 'text-anchor': 'middle', 'font-size': 10, fill: '#1a1a1a',
  }, label)),
  svgEl('text', { x: MARGIN.left + plotWidth / 2, y: HEIGHT - 6, 'text-anchor': 'middle', 'font-size': 11, fill: '#1a1a1a' }, 'Snapshot date'),
  svgEl('text', {
    x: 12, y: MARGIN.top + plotHeight / 2, 'text-anchor': 'middle', 'font-size': 11, fill: '#1a1a1a',
    transform: `rotate(-90 12 ${MARGIN.top + plotHeight / 2})`,
  }, 'Count'),
  TREND_SERIES.map((series) => svgEl('g', { className: `trend-series trend-${series.key}` },
    snapshots.length > 1 ? svgEl('polyline', {
      points: snapshots.map((snapshot, i) => `${x(i)},${y(snapshot[series.key])}`).join(' '),
      fill: 'none', stroke: series.color, 'stroke-width': 2, 'stroke-dasharray': series.dash ?? false,
    }) : null,
    snapshots.map((snapshot, i) => point(series, x(i), y(snapshot[series.key]))))));

  const key = el('ul', { className: 'legend-items trend-key' }, TREND_SERIES.map((series) => el('li', {},
    svgEl('svg', { className: 'legend-swatch', viewBox: '0 0 44 20', width: 44, height: 20, 'aria-hidden': 'true', focusable: 'false' },
      svgEl('line', { x1: 2, y1: 10, x2: 42, y2: 10, stroke: series.color, 'stroke-width': 2, 'stroke-dasharray': series.dash ?? false }),
      point(series, 22, 10)),
    series.label)));

  const table = el('table', { className: 'data-table trend-table' },
    el('caption', {}, 'The snapshots as a table'),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Date'),
      TREND_SERIES.map((series) => el('th', { scope: 'col' }, series.label)), el('th', { scope: 'col' }, 'E-I index'))),
    el('tbody', {}, snapshots.map((snapshot) => el('tr', {},
      el('th', { scope: 'row' }, snapshot.takenOn),
      TREND_SERIES.map((series) => el('td', {}, String(snapshot[series.key]))),
      el('td', {}, snapshot.eiIndex.toFixed(2))))));

  return el('figure', { className: 'trend' }, svg, key,
    el('figcaption', { className: 'visually-hidden' }, description),
    el('div', { className: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': 'Snapshots table' }, table));
}

function point(series, cx, cy) {
  const attrs = { fill: series.color, stroke: '#ffffff', 'stroke-width': 1, className: 'trend-point' };
  if (series.shape === 'square') return svgEl('rect', { ...attrs, x: cx - 4, y: cy - 4, width: 8, height: 8 });
  if (series.shape === 'triangle') return svgEl('path', { ...attrs, d: `M${cx} ${cy - 5} L${cx + 5} ${cy + 4} L${cx - 5} ${cy + 4} Z` });
  return svgEl('circle', { ...attrs, cx, cy, r: 4 });
}

// At most 4 date labels: first, last and some between.
function dateLabels(snapshots) {
  const n = snapshots.length;
  const step = Math.max(1, Math.ceil(n / 4));
  const labels = [];
  for (let i = 0; i < n; i += step) labels.push({ i, label: snapshots[i].takenOn });
  if (labels.at(-1).i !== n - 1) labels.push({ i: n - 1, label: snapshots[n - 1].takenOn });
  return n === 1 ? labels.slice(0, 1) : labels;
}

function niceTicks(max) {
  const step = Math.max(1, Math.ceil(max / 4));
  const ticks = [];
  for (let tick = 0; tick <= max; tick += step) ticks.push(tick);
  return ticks;
}
