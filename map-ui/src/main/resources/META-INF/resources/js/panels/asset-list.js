// A list of assets that is the accessible alternative to the map: one button per asset (Tab moves through them,
// ArrowUp/ArrowDown/Home/End too), Enter or a click opens the asset, and the asset open on the map is marked.
import { el } from '../util/dom.js';
import { formatCost, formatDistance, formatWalk } from '../util/format.js';

/**
 * createAssetList({ list, onChoose }) returns { render(edges, { ranked }), mark(id), clear() }.
 * list: the <ol>/<ul>; onChoose(asset, { keyboard }) when a row is activated.
 * Edges are { node, distanceMetres? }: with a distance, the row shows it and the walking time.
 */
export function createAssetList({ list, onChoose }) {
  let marked = null;

  list.addEventListener('keydown', (event) => {
    const buttons = [...list.querySelectorAll('button.asset-row')];
    const index = buttons.indexOf(document.activeElement);
    if (index < 0) return;
    const next = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: buttons.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, next))].focus();
  });

  function row(edge) {
    const { node, distanceMetres } = edge;
    const categories = (node.categories ?? []).map((c) => c.name).join(', ');
    const open = node.openingHours ? (node.openingHours.openNow ? 'Open now' : 'Closed now') : null;
    const cost = formatCost(node.free);
    const details = [open, cost].filter(Boolean).join(' · ');
    return el('li', { className: 'result', dataset: { assetId: node.id } },
      el('button', {
        type: 'button',
        className: 'asset-row',
        // detail 0: activated from the keyboard (Enter/Space), not a pointer
        onclick: (event) => onChoose(node, { keyboard: event.detail === 0 }),
      },
      el('span', { className: 'result-name' }, node.name),
      categories ? el('span', { className: 'result-category' }, categories) : null,
      distanceMetres != null
        ? el('span', { className: 'result-distance' }, `${formatDistance(distanceMetres)} · ${formatWalk(distanceMetres)}`)
        : null,
      details ? el('span', { className: 'result-details' }, details) : null));
  }

  function mark(id) {
    marked = id;
    for (const item of list.children) {
      if (item.dataset.assetId === id) {
        item.setAttribute('aria-current', 'true');
        // only inside a panel that scrolls on its own: on a phone the page scrolls, and must stay on the map
        const panel = list.closest('.panel');
        if (panel && getComputedStyle(panel).overflowY !== 'visible') item.scrollIntoView?.({ block: 'nearest' });
      } else {
        item.removeAttribute('aria-current');
      }
    }
  }

  return {
    render(edges) {
      list.replaceChildren(...edges.map(row));
      if (marked) mark(marked);
    },
    mark,
    unmark: () => mark(null),
    clear: () => list.replaceChildren(),
  };
}
