// The Network view: the organisations' ties drawn over the map, a kind filter that is also the legend, and the
// same network as text (cross-locality ties, organisations, every tie) for people who cannot see the map.
import { describeError } from '../api/graphql.js';
import { fetchNetworkMap } from '../api/network-data.js';
import { TIE_STYLES, createNetworkLayer } from '../layers/network-ties.js';
import { el, setChildren } from '../util/dom.js';
import { plural } from '../util/format.js';
import { SIDE_NAMES } from '../util/sides.js';
import { networkLegendItems, tieSample } from './network-legend.js';

const KINDS = ['COLLABORATION', 'COORDINATION', 'CONTRACT', 'ALLIANCE', 'RUNS'];
export const sideName = (side) => SIDE_NAMES[side] ?? 'No single side';

/**
 * createNetworkView({ section, map, client, centre }) returns the view { activate(), deactivate() }.
 * The network is loaded on first activation and again when the kinds change (a stale request is aborted).
 */
export function createNetworkView({ section, map, client, centre }) {
  const layer = createNetworkLayer({ centre, onSelect: (organisation) => highlightRow(organisation.id) });
  const status = el('p', { className: 'network-status', role: 'status', 'aria-live': 'polite' });
  const error = el('p', { className: 'message message-error', role: 'alert' });
  const kindBoxes = KINDS.map((kind) => el('input', { type: 'checkbox', id: `network-kind-${kind}`, value: kind, checked: true }));
  const filter = el('fieldset', { className: 'network-kinds' },
    el('legend', {}, 'Ties shown (each kind has its own line)'),
    el('ul', { className: 'legend-items' }, KINDS.map((kind, i) => el('li', {},
      kindBoxes[i], el('label', { for: `network-kind-${kind}` }, tieSample(kind), TIE_STYLES[kind].label)))));
  const legend = el('ul', { className: 'legend-items network-legend', 'aria-label': 'Network key' });
  const tables = el('div', { className: 'network-tables' });
  section.append(
    el('p', { className: 'hint' }, 'How organisations of the Network work together, and the places they run. '
      + 'Organisations are never people; ties between people are not shown.'),
    filter, error, status, el('h3', {}, 'Key'), legend, tables);

  let loaded = null;
  let inFlight = null;
  let active = false;

  filter.addEventListener('change', () => load());

  async function load() {
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    const kinds = kindBoxes.filter((box) => box.checked).map((box) => box.value);
    section.setAttribute('aria-busy', 'true');
    status.textContent = 'Loading the network…';
    error.textContent = '';
    try {
      const network = await fetchNetworkMap({ client, kinds: kinds.length ? kinds : KINDS, signal: controller.signal });
      if (controller.signal.aborted) return;
      // no kind ticked: show none rather than all
      loaded = kinds.length ? network : { ...network, ties: [], crossLocalityTies: 0 };
      render(loaded, kinds);
    } catch (failure) {
      if (failure?.name === 'AbortError' || controller.signal.aborted) return;
      status.textContent = '';
      error.textContent = `The network could not be loaded. ${describeError(failure)}`;
    } finally {
      if (inFlight === controller) {
        inFlight = null;
        section.removeAttribute('aria-busy');
      }
    }
  }

  function render(network, kinds) {
    if (active) layer.show(network);
    const names = new Map([...network.organisations, ...network.assets].map((item) => [item.id, item.name]));
    const cross = network.ties.filter((tie) => tie.crossLocality);
    const keys = network.organisations.filter((organisation) => organisation.keyConnector);
    section.dataset.ties = String(network.ties.length);
    section.dataset.crossTies = String(network.crossLocalityTies);
    status.textContent = `${plural(network.ties.length, 'tie')} between ${plural(network.organisations.length, 'organisation')} `
      + `and ${plural(network.assets.length, 'place')}; ${plural(network.crossLocalityTies, 'tie')} across North and South; `
      + `${plural(keys.length, 'key connector')}.`;
    setChildren(legend, networkLegendItems(kinds.length ? kinds : []));
    setChildren(tables,
      el('h3', {}, `Ties across North and South (${network.crossLocalityTies})`),
      cross.length ? tieTable(cross, names, 'network-cross-table', 'Ties with one end in North Lambeth and the other in South Lambeth')
        : el('p', {}, 'No tie of the kinds shown crosses between North and South.'),
      el('h3', {}, `Organisations (${network.organisations.length})`),
      organisationTable(network.organisations),
      el('details', {}, el('summary', {}, `Every tie shown (${network.ties.length})`),
        tieTable(network.ties, names, 'network-tie-table', 'Every tie on the map')));
  }

  function highlightRow(id) {
    const row = tables.querySelector(`tr[data-id="${CSS.escape(id)}"]`);
    if (!row) return;
    tables.querySelectorAll('tr[aria-current]').forEach((other) => other.removeAttribute('aria-current'));
    row.setAttribute('aria-current', 'true');
    row.scrollIntoView({ block: 'nearest' });
  }

  return {
    activate() {
      active = true;
      layer.layer.addTo(map);
      if (loaded) layer.show(loaded);
      else load();
    },
    deactivate() {
      active = false;
      inFlight?.abort();
      layer.layer.remove();
    },
  };
}

function tieTable(ties, names, className, caption) {
  return el('div', { className: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': caption },
    el('table', { className: `data-table ${className}` },
      el('caption', { className: 'visually-hidden' }, caption),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'From'), el('th', { scope: 'col' }, 'To'),
        el('th', { scope: 'col' }, 'Kind'), el('th', { scope: 'col' }, 'Sides'))),
      el('tbody', {}, ties.map((tie) => el('tr', { dataset: { kind: tie.kind, cross: String(tie.crossLocality) } },
        el('td', {}, names.get(tie.from) ?? tie.from),
        el('td', {}, names.get(tie.to) ?? tie.to),
        el('td', {}, TIE_STYLES[tie.kind]?.label ?? tie.kind),
        el('td', {}, `${sideName(tie.fromSide)} → ${sideName(tie.toSide)}`))))));
}

function organisationTable(organisations) {
  const caption = 'Organisations, where they are drawn and whether they are key connectors';
  return el('div', { className: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': caption },
    el('table', { className: 'data-table network-organisation-table' },
      el('caption', { className: 'visually-hidden' }, caption),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Organisation'), el('th', { scope: 'col' }, 'Side'),
        el('th', { scope: 'col' }, 'Places run'), el('th', { scope: 'col' }, 'Key connector'))),
      el('tbody', {}, organisations.map((organisation) => el('tr', {
        dataset: { id: organisation.id, key: String(organisation.keyConnector) },
      },
      el('th', { scope: 'row' }, organisation.name),
      el('td', {}, organisation.location ? (SIDE_NAMES[organisation.side] ?? 'North and South') : 'Borough-wide (no mapped place)'),
      el('td', {}, String(organisation.assetCount)),
      el('td', {}, organisation.keyConnector ? 'Yes' : 'No'))))));
}
