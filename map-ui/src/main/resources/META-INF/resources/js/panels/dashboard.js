// The Strength view (PEER_SUPPORTER and above): the North–South figures, key connectors with a what-if removal,
// communities, coverage gaps on the map and the trend over snapshots. Each part loads on its own (analyses can
// take seconds) with its progress said in a status line; leaving the view or asking again aborts what is stale.
import { describeError } from '../api/graphql.js';
import {
  fetchCommunities, fetchCoverage, fetchCoverageCategories, fetchHistory, fetchKeyConnectors, fetchNetworkMap,
  fetchStrength, fetchWhatIf, takeSnapshot,
} from '../api/network-data.js';
import { GAP_CLASSES, createCoverageLayer, gapClass, gapSample } from '../layers/coverage.js';
import { L } from '../layers/leaflet.js';
import { positions } from '../layers/network-ties.js';
import { onActivate } from '../util/activate.js';
import { el, setChildren } from '../util/dom.js';
import { plural } from '../util/format.js';
import { SIDE_NAMES } from '../util/sides.js';
import { figuresTable, kindTable, memberLabel, memberList } from './strength-figures.js';
import { renderTrendChart } from './trend-chart.js';
import { roleAtLeast } from './views.js';

const sideLabel = (side) => SIDE_NAMES[side] ?? (side ? side : 'No locality');

/** A part of the panel: heading, status line (progress, announced) and body. */
function part(id, title) {
  const status = el('p', { className: 'part-status', role: 'status', 'aria-live': 'polite' });
  const error = el('p', { className: 'message message-error', role: 'alert' });
  const body = el('div', { className: 'part-body' });
  const node = el('section', { className: 'dashboard-part', id: `dashboard-${id}`, 'aria-labelledby': `dashboard-${id}-heading` },
    el('h3', { id: `dashboard-${id}-heading` }, title), status, error, body);
  return { node, status, error, body };
}

/**
 * createDashboardView({ section, map, client, centre, role }) returns the view { activate(), deactivate(), destroy() }.
 * role() is the caller's role now (it changes on sign-in and sign-out).
 */
export function createDashboardView({ section, map, client, centre, role }) {
  const parts = {
    figures: part('figures', 'North and South'),
    connectors: part('connectors', 'Key connectors'),
    communities: part('communities', 'Communities'),
    coverage: part('coverage', 'Coverage gaps'),
    trend: part('trend', 'Trend'),
  };
  const added = [el('p', { className: 'hint' }, 'How strongly North and South Lambeth are tied, who holds the Network '
    + 'together and what would change without them. Select “Remove” beside a member (or a key connector’s marker '
    + 'on the map) to see the figures without them.'), ...Object.values(parts).map((p) => p.node)];
  section.append(...added);

  const coverageLayer = createCoverageLayer();
  const connectorLayer = L.featureGroup();
  const removed = new Map(); // id -> member
  let before = null;
  let after = null;
  let connectors = null;
  let loads = null; // the AbortController of this activation's loads
  let whatIfRequest = null;
  let coverageRequest = null;
  let loadsDone = false; // every part of this view loaded (not aborted half-way)

  const pendingRuns = new Set();
  const track = (promise) => pendingRuns.add(promise);

  /** Runs one part's load with progress and errors in its own lines; stale answers are dropped. */
  async function run(target, message, work, signal) {
    target.status.textContent = message;
    target.error.textContent = '';
    target.node.setAttribute('aria-busy', 'true');
    try {
      await work();
    } catch (failure) {
      if (failure?.name === 'AbortError' || signal?.aborted) return;
      target.status.textContent = '';
      target.error.textContent = describeError(failure);
    } finally {
      if (!signal?.aborted) target.node.removeAttribute('aria-busy');
    }
  }

  function loadAll() {
    loads?.abort();
    loads = new AbortController();
    const { signal } = loads;
    pendingRuns.clear();
    track(loadTrend(signal));
    track(run(parts.figures, 'Working out the North–South figures… this can take a few seconds.', async () => {
      before = await fetchStrength({ client, signal });
      if (signal.aborted) return;
      renderFigures();
    }, signal));
    track(run(parts.connectors, 'Finding the key connectors…', async () => {
      const [report, network] = await Promise.all([
        fetchKeyConnectors({ client, top: 10, signal }),
        fetchNetworkMap({ client, signal }),
      ]);
      if (signal.aborted) return;
      connectors = { report, network };
      renderConnectors();
    }, signal));
    track(run(parts.communities, 'Finding communities…', async () => {
      const report = await fetchCommunities({ client, signal });
      if (signal.aborted) return;
      renderCommunities(report);
    }, signal));
    track(run(parts.coverage, 'Loading the categories…', async () => {
      const categories = await fetchCoverageCategories({ client, signal });
      if (signal.aborted) return;
      renderCoverageForm(categories);
    }, signal));
    const all = [...section.querySelectorAll('.dashboard-part')];
    Promise.all([...pendingRuns]).then(() => {
      if (!signal.aborted) loadsDone = all.every((node) => !node.hasAttribute('aria-busy'));
    });
  }

  // ---- figures and what-if ----

  function renderFigures() {
    const crossKinds = (after ?? before).crossTiesByKind;
    parts.figures.status.textContent = after
      ? `Without ${plural(removed.size, 'member')}: ${after.crossTies} ties across (was ${before.crossTies}), `
        + `${after.independentPaths} independent paths (was ${before.independentPaths}).`
      : `${before.crossTies} ties across; ${plural(before.independentPaths, 'independent path')} between the sides.`;
    setChildren(parts.figures.body,
      figuresTable(before, after),
      whatIfSummary(),
      kindTable(crossKinds),
      el('h4', {}, `Minimum cut (${before.minimumCut.length})`),
      el('p', { className: 'hint' }, 'The fewest members whose leaving would separate the sides.'),
      memberList(before.minimumCut, { className: 'minimum-cut', onToggle: toggle, isRemoved: (id) => removed.has(id) }));
    if (connectors) drawConnectorMarkers(); // the minimum cut's organisations and places are marked too
  }

  function whatIfSummary() {
    if (!after) return null;
    const report = after.report;
    return el('div', { className: 'what-if', dataset: { removed: String(removed.size) } },
      el('h4', {}, 'What would be lost'),
      el('ul', {},
        el('li', { dataset: { lost: 'independentPaths' } }, `${plural(report.independentPathsLost, 'independent path')} lost`),
        el('li', { dataset: { lost: 'crossTies' } }, `${plural(report.crossTiesLost, 'tie')} across lost`),
        report.cutOff.map((entry) => el('li', {}, `${plural(entry.count, 'member')} in ${sideLabel(entry.side)} cut off from the other side`))),
      el('p', {}, 'Removed: ', [...removed.values()].map(memberLabel).join('; ')),
      el('button', { type: 'button', className: 'button-secondary', onclick: () => { removed.clear(); recompute(); } }, 'Put everyone back'));
  }

  function toggle(member) {
    if (!member.id) return;
    if (removed.has(member.id)) removed.delete(member.id);
    else removed.set(member.id, member);
    recompute();
  }

  async function recompute() {
    whatIfRequest?.abort();
    refreshToggles();
    if (removed.size === 0) {
      after = null;
      if (before) renderFigures();
      return;
    }
    const controller = new AbortController();
    whatIfRequest = controller;
    await run(parts.figures, `Working out the figures without ${plural(removed.size, 'member')}…`, async () => {
      const report = await fetchWhatIf({ client, remove: [...removed.keys()], signal: controller.signal });
      if (controller.signal.aborted) return;
      after = { ...report.after, report };
      renderFigures();
    }, controller.signal);
  }

  function refreshToggles() {
    for (const button of section.querySelectorAll('button.toggle-remove')) {
      const on = removed.has(button.dataset.id);
      button.setAttribute('aria-pressed', String(on));
      button.textContent = on ? 'Put back' : 'Remove';
      const name = button.closest('li')?.querySelector('.member-name')?.textContent ?? button.dataset.id;
      button.setAttribute('aria-label', `${on ? 'Put back' : 'Remove'} ${name}`);
    }
    if (connectors) drawConnectorMarkers();
  }

  // ---- key connectors ----

  function renderConnectors() {
    const { report } = connectors;
    parts.connectors.status.textContent = `${plural(report.articulationPoints.length, 'articulation point')} among `
      + `${report.members} members and ${report.ties} ties.`;
    const list = (members, className, extra) => memberList(members, { className, onToggle: toggle, isRemoved: (id) => removed.has(id), extra });
    setChildren(parts.connectors.body,
      el('h4', {}, 'Articulation points'),
      el('p', { className: 'hint' }, 'Without any one of them, some members lose every path to the rest.'),
      list(report.articulationPoints, 'articulation-points'),
      el('h4', {}, 'Most in between (betweenness)'),
      list(report.betweenness.map((entry) => ({ ...entry.member, betweenness: entry.betweenness })), 'betweenness',
        (member) => el('span', { className: 'member-figure' }, ` ${member.betweenness.toFixed(3)}`)),
      el('h4', {}, 'Whose leaving would cut off most'),
      list(report.departures.map((entry) => ({ ...entry.member, disconnected: entry.disconnected })), 'departures',
        (member) => el('span', { className: 'member-figure' }, ` cuts off ${member.disconnected}`)),
      report.betweennessSampled ? el('p', { className: 'hint' }, `Betweenness estimated from ${report.betweennessSampleSize} sampled members.`) : null);
    drawConnectorMarkers();
  }

  /** Key connectors that are organisations or places, on the map; activating one toggles its removal. */
  function drawConnectorMarkers() {
    connectorLayer.clearLayers();
    if (!connectors) return;
    const placed = positions(connectors.network, centre);
    const keyMembers = new Map();
    const { report } = connectors;
    [...report.articulationPoints, ...report.departures.map((d) => d.member), ...(before?.minimumCut ?? [])]
      .filter((member) => member.id && placed.has(member.id)).forEach((member) => keyMembers.set(member.id, member));
    connectors.network.organisations.filter((organisation) => organisation.keyConnector && !keyMembers.has(organisation.id))
      .forEach((organisation) => keyMembers.set(organisation.id, { id: organisation.id, name: organisation.name, kind: 'ORGANISATION', side: organisation.side }));
    for (const member of keyMembers.values()) {
      const isOff = removed.has(member.id);
      const marker = L.marker(placed.get(member.id).latlng, {
        icon: L.divIcon({
          className: `network-org network-org-key dashboard-connector${isOff ? ' is-removed' : ''}`,
          html: el('span', { 'aria-hidden': 'true', dataset: { id: member.id } }, isOff ? 'Off' : 'Key'),
          iconSize: [30, 30],
        }),
        title: `${member.name ?? member.id}: key connector, ${isOff ? 'removed; select to put back' : 'select to remove'}`,
        keyboard: true,
        zIndexOffset: 600,
      });
      onActivate(marker, () => toggle(member)).addTo(connectorLayer);
    }
  }

  // ---- communities ----

  function renderCommunities(report) {
    parts.communities.status.textContent = `${plural(report.communities.length, 'community', 'communities')}; modularity ${report.modularity.toFixed(2)}.`;
    const caption = 'Communities: size, where their members are and who bridges to others';
    setChildren(parts.communities.body, el('div', { className: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': caption },
      el('table', { className: 'data-table communities-table' },
        el('caption', { className: 'visually-hidden' }, caption),
        el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Community'), el('th', { scope: 'col' }, 'Members'),
          el('th', { scope: 'col' }, 'Where'), el('th', { scope: 'col' }, 'Bridging members'))),
        el('tbody', {}, report.communities.map((community) => el('tr', { dataset: { community: String(community.id) } },
          el('th', { scope: 'row' }, `#${community.id + 1}`),
          el('td', {}, String(community.size)),
          el('td', {}, community.localityMix.map((mix) => `${sideLabel(mix.side)} ${mix.count}`).join(', ')),
          el('td', {}, bridging(community.bridgingMembers))))))));
  }

  // the first few bridging members, and how many more
  function bridging(members) {
    if (members.length === 0) return 'none';
    const shown = members.slice(0, 3).map(memberLabel).join('; ');
    return members.length > 3 ? `${shown}; and ${members.length - 3} more` : shown;
  }

  // ---- coverage ----

  function renderCoverageForm(categories) {
    parts.coverage.status.textContent = 'Choose a category to see where it is out of walking reach.';
    const select = el('select', { id: 'coverage-category', name: 'category', required: true },
      categories.map((category) => el('option', { value: category.id }, `${category.name} (${category.count})`)));
    const preferred = categories.find((category) => category.id === 'library');
    if (preferred) select.value = preferred.id;
    const walk = el('input', { id: 'coverage-walk', name: 'walk', type: 'number', min: 50, max: 5000, step: 50, value: 800, inputmode: 'numeric' });
    const radio = (value, label, checked) => el('label', { className: 'inline-choice' },
      el('input', { type: 'radio', name: 'coverage-kind', value, checked }), label);
    const form = el('form', { className: 'coverage-form', novalidate: true },
      el('label', { for: 'coverage-category' }, 'Category'), select,
      el('label', { for: 'coverage-walk' }, 'Walking distance (metres, straight line)'), walk,
      el('fieldset', {}, el('legend', {}, 'Areas'), radio('WARD', 'Wards', true), radio('LSOA', 'LSOAs (small areas)', false)),
      el('button', { type: 'submit' }, 'Show gaps'));
    const results = el('div', { className: 'coverage-results' });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const kind = form.querySelector('input[name="coverage-kind"]:checked').value;
      const walkMetres = Number(walk.value);
      if (!(walkMetres > 0 && walkMetres <= 5000)) {
        parts.coverage.error.textContent = 'Give a walking distance between 1 and 5,000 metres.';
        walk.setAttribute('aria-invalid', 'true');
        walk.focus();
        return;
      }
      walk.removeAttribute('aria-invalid');
      showCoverage({ category: select.value, walkMetres, kind, results });
    });
    setChildren(parts.coverage.body, form, results);
  }

  async function showCoverage({ category, walkMetres, kind, results }) {
    coverageRequest?.abort();
    const controller = new AbortController();
    coverageRequest = controller;
    await run(parts.coverage, 'Working out the coverage…', async () => {
      const report = await fetchCoverage({ client, category, walkMetres, kind, signal: controller.signal });
      if (controller.signal.aborted) return;
      coverageLayer.show(report);
      const gaps = report.areas.filter((area) => area.gap).sort((a, b) => b.uncoveredShare - a.uncoveredShare);
      results.dataset.gaps = String(gaps.length);
      parts.coverage.status.textContent = `${plural(gaps.length, kind === 'WARD' ? 'ward' : 'LSOA')} with a gap for `
        + `${report.categoryName} within ${report.walkMetres} m; ${Math.round(report.uncoveredAreaShare * 100)}% of the `
        + `borough and ${plural(report.uncoveredPostcodes, 'postcode')} out of reach.`;
      const caption = `Areas with a gap, largest first`;
      setChildren(results,
        el('ul', { className: 'legend-items coverage-key', 'aria-label': 'Gap classes' },
          GAP_CLASSES.map((gap) => el('li', {}, gapSample(gap), el('span', {}, gap.label, el('span', { className: 'legend-note' }, gap.note))))),
        el('div', { className: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': caption },
          el('table', { className: 'data-table coverage-table' },
            el('caption', { className: 'visually-hidden' }, caption),
            el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Area'), el('th', { scope: 'col' }, 'Uncovered'),
              el('th', { scope: 'col' }, 'Gap'), el('th', { scope: 'col' }, 'Within walk'))),
            el('tbody', {}, gaps.map((area) => el('tr', { dataset: { id: area.locality.id } },
              el('th', { scope: 'row' }, area.locality.name),
              el('td', {}, `${Math.round(area.uncoveredShare * 100)}%`),
              el('td', {}, gapClass(area.uncoveredShare).label),
              el('td', {}, String(area.assetsWithinWalk))))))));
    }, controller.signal);
  }

  // ---- trend ----

  async function loadTrend(signal) {
    await run(parts.trend, 'Loading the snapshots…', async () => {
      const history = await fetchHistory({ client, signal });
      if (signal.aborted) return;
      renderTrend(history);
    }, signal);
  }

  function renderTrend(history) {
    const canSnapshot = roleAtLeast(role(), 'LEAD');
    const snapshotButton = canSnapshot ? el('button', {
      type: 'button', className: 'button-secondary', onclick: async () => {
        await run(parts.trend, 'Taking a snapshot…', async () => {
          await takeSnapshot({ client });
          await loadTrend(loads?.signal);
        });
      },
    }, 'Take a snapshot now') : null;
    if (history.length === 0) {
      parts.trend.status.textContent = 'No snapshots yet.';
      setChildren(parts.trend.body, el('p', {}, 'Snapshots are taken on a schedule; none is stored yet.'), snapshotButton);
      return;
    }
    parts.trend.status.textContent = `${plural(history.length, 'snapshot')}, ${history[0].takenOn} to ${history.at(-1).takenOn}.`;
    setChildren(parts.trend.body, renderTrendChart(history), snapshotButton);
  }

  return {
    activate() {
      coverageLayer.layer.addTo(map);
      connectorLayer.addTo(map);
      if (!loadsDone) loadAll();
    },
    /** Takes everything it drew off the page and the map (the caller's role changed: what they may see changed). */
    destroy() {
      loads?.abort();
      whatIfRequest?.abort();
      coverageRequest?.abort();
      coverageLayer.clear();
      coverageLayer.layer.remove();
      connectorLayer.clearLayers();
      connectorLayer.remove();
      added.forEach((node) => node.remove());
    },
    deactivate() {
      loads?.abort();
      whatIfRequest?.abort();
      coverageRequest?.abort();
      coverageLayer.layer.remove();
      connectorLayer.remove();
    },
  };
}
