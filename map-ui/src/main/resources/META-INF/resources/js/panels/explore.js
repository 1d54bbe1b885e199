// The Explore view: words, categories with counts for the view (assetFacets), the server's clusters on the map and
// the assets in view as a paged list (the accessible alternative to the map), all in step with the URL.
import { describeError } from '../api/graphql.js';
import { el } from '../util/dom.js';
import { plural } from '../util/format.js';
import { readParam, writeParams } from '../util/url-state.js';
import { viewBox } from '../layers/clusters.js';
import { createAssetList } from './asset-list.js';

const LIST_DELAY_MS = 150;

/**
 * createExploreView(options) returns the view ({ activate, deactivate }) plus { refresh(), markOpen(id), unmark() }. Options:
 *   elements: { form, text, categories, clearCategories, status, error, list, prev, next, page }
 *   map, clusters (layers/clusters.js), loadFacets({ filter, signal }), loadPage({ filter, sort, after, signal })
 *   onChoose(asset, { keyboard }): a row was chosen (open it on the map)
 */
export function createExploreView({ elements, map, clusters, loadFacets, loadPage, onChoose }) {
  const { form, text, categories, clearCategories, status, error, list, prev, next, page } = elements;
  const rows = createAssetList({ list, onChoose });
  const state = {
    text: readParam('q') ?? '',
    categories: new Set((readParam('cat') ?? '').split(',').filter(Boolean)),
  };
  text.value = state.text;
  // the categories start folded on a narrow screen (the list and map come next), open when some are chosen
  const details = categories.closest('details');
  if (details) details.open = state.categories.size > 0 || !window.matchMedia('(max-width: 48rem)').matches;
  let active = false;
  let timer = null;
  let listRequest = null;
  let facetRequest = null;
  let cursors = [null]; // the `after` of each page seen, so Previous can go back
  let pageIndex = 0;
  let knownCategories = null; // every category, in tree order, from the first unfiltered facet answer
  let holdList = false; // the map moved only to fit an open panel: keep the list where it is

  // the clusters take their box as an argument of its own, so their filter has none
  const filterFor = ({ withCategories = true, withBox = true } = {}) => {
    const filter = withBox ? { within: { box: viewBox(map) } } : {};
    if (state.text) filter.text = state.text;
    if (withCategories && state.categories.size) filter.categories = [...state.categories];
    return filter;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state.text = text.value.trim().replace(/\s+/g, ' ');
    filterChanged();
  });

  clearCategories.addEventListener('click', () => {
    state.categories.clear();
    for (const box of categories.querySelectorAll('input[type=checkbox]')) box.checked = false;
    filterChanged();
  });

  prev.addEventListener('click', () => {
    if (pageIndex === 0) return;
    pageIndex -= 1;
    loadList({ focusList: true });
  });
  next.addEventListener('click', () => {
    if (cursors[pageIndex + 1] === undefined) return;
    pageIndex += 1;
    loadList({ focusList: true });
  });

  map.on('autopanstart', () => { holdList = true; });
  map.on('moveend', () => {
    if (!active) return;
    if (holdList) {
      holdList = false;
      return;
    }
    schedule();
  });

  function filterChanged() {
    clusters.setFilter(filterFor({ withBox: false }));
    schedule();
  }

  // The list and the counts wait for the map's clusters: on a busy service the map comes first.
  let scheduled = 0;
  function schedule() {
    clearTimeout(timer);
    // answers still out are for the old filter or view: they must not land over the new one
    listRequest?.abort();
    facetRequest?.abort();
    listRequest = null; // so the aborted request's own clean-up leaves the list marked busy
    facetRequest = null;
    list.setAttribute('aria-busy', 'true');
    const mine = ++scheduled;
    timer = setTimeout(async () => {
      pageIndex = 0;
      cursors = [null];
      writeUrl();
      await clusters.whenIdle();
      if (mine !== scheduled || !active) return;
      loadList();
      loadCategoryCounts();
    }, LIST_DELAY_MS);
  }

  async function loadList({ focusList = false } = {}) {
    listRequest?.abort();
    const controller = new AbortController();
    listRequest = controller;
    list.setAttribute('aria-busy', 'true');
    try {
      const answer = await loadPage({
        filter: filterFor(),
        sort: state.text ? 'RELEVANCE' : 'NAME',
        after: cursors[pageIndex],
        signal: controller.signal,
      });
      if (controller.signal.aborted) return;
      cursors[pageIndex + 1] = answer.pageInfo.hasNextPage ? answer.pageInfo.endCursor : undefined;
      rows.render(answer.edges);
      showError(null);
      describePage(answer);
      if (focusList) list.querySelector('button.asset-row')?.focus();
    } catch (failure) {
      if (failure?.name === 'AbortError' || controller.signal.aborted) return;
      showError(`The list could not be loaded. ${describeError(failure)}`);
    } finally {
      if (listRequest === controller) {
        listRequest = null;
        list.removeAttribute('aria-busy');
      }
    }
  }

  function describePage({ totalCount, edges }) {
    const from = cursorsStart() + 1;
    const to = cursorsStart() + edges.length;
    const words = state.text ? ` matching “${state.text}”` : '';
    status.textContent = totalCount === 0
      ? `No places in the map's view${words}. Zoom out, move the map or change the search.`
      : `${plural(totalCount, 'place')} in the map's view${words}${totalCount > edges.length ? `: ${from}–${to} shown` : ''}.`;
    page.textContent = totalCount > edges.length ? `${from}–${to} of ${totalCount}` : '';
    prev.disabled = pageIndex === 0;
    next.disabled = cursors[pageIndex + 1] === undefined;
    prev.parentElement.hidden = prev.disabled && next.disabled;
  }

  const cursorsStart = () => pageIndex * LIST_PAGE;

  async function loadCategoryCounts() {
    facetRequest?.abort();
    const controller = new AbortController();
    facetRequest = controller;
    try {
      if (!knownCategories) {
        const all = await loadFacets({ filter: {}, signal: controller.signal });
        knownCategories = treeOrder(all.categories.map((c) => c.category));
      }
      // counts for the words and the view, not the chosen categories: each number is what ticking it shows
      const facets = await loadFacets({ filter: filterFor({ withCategories: false }), signal: controller.signal });
      if (controller.signal.aborted) return;
      renderCategories(new Map(facets.categories.map((c) => [c.category.id, c.count])));
    } catch (failure) {
      if (failure?.name === 'AbortError' || controller.signal.aborted) return;
      showError(`The categories could not be loaded. ${describeError(failure)}`);
    } finally {
      if (facetRequest === controller) facetRequest = null;
    }
  }

  function renderCategories(counts) {
    const focusedId = document.activeElement?.closest?.('#category-options') ? document.activeElement.value : null;
    const options = knownCategories.map(({ category, depth }) => {
      const id = `category-${category.id}`;
      const count = counts.get(category.id) ?? 0;
      return el('li', { className: `facet facet-depth-${Math.min(depth, 2)}`, dataset: { categoryId: category.id, count: String(count) } },
        el('input', {
          type: 'checkbox',
          id,
          value: category.id,
          checked: state.categories.has(category.id),
          onchange: (event) => {
            if (event.currentTarget.checked) state.categories.add(category.id);
            else state.categories.delete(category.id);
            filterChanged();
          },
        }),
        el('label', { for: id },
          el('span', { className: 'facet-name' }, category.name),
          ' ',
          el('span', { className: 'facet-count' }, `(${count})`)));
    });
    categories.replaceChildren(...options);
    if (focusedId) document.getElementById(`category-${focusedId}`)?.focus();
    clearCategories.hidden = state.categories.size === 0;
  }

  // the map's centre and zoom are written by app.js on every move
  function writeUrl() {
    writeParams({
      q: state.text || null,
      cat: state.categories.size ? [...state.categories].sort().join(',') : null,
    });
  }

  function showError(message) {
    error.textContent = message ?? '';
  }

  return {
    activate() {
      active = true;
      writeParams({ postcode: null, near: null, open: null });
      clusters.setFilter(filterFor({ withBox: false }));
      clusters.show();
      schedule();
    },
    deactivate() {
      active = false;
      clearTimeout(timer);
      listRequest?.abort();
      facetRequest?.abort();
      list.removeAttribute('aria-busy');
      clusters.hide();
      writeParams({ q: null, cat: null });
    },
    /** The data changed (the live feed): redraw the clusters, reload the page of the list shown and the counts. */
    refresh() {
      if (!active) return;
      clusters.refresh();
      loadList();
      loadCategoryCounts();
    },
    markOpen: (id) => rows.mark(id),
    unmark: () => rows.unmark(),
  };
}

export const LIST_PAGE = 20;

// Parents before their children, siblings by name; depth 0 for top-level categories.
function treeOrder(categories) {
  const byParent = new Map();
  for (const category of categories) {
    const parent = category.parent?.id ?? null;
    if (!byParent.has(parent)) byParent.set(parent, []);
    byParent.get(parent).push(category);
  }
  const ids = new Set(categories.map((c) => c.id));
  const ordered = [];
  const visit = (parent, depth) => {
    for (const category of (byParent.get(parent) ?? []).sort((a, b) => a.name.localeCompare(b.name))) {
      ordered.push({ category, depth });
      visit(category.id, depth + 1);
    }
  };
  visit(null, 0);
  // categories whose parent has no assets at all still belong in the list
  for (const [parent, children] of byParent) {
    if (parent !== null && !ids.has(parent)) for (const category of children) ordered.push({ category, depth: 0 });
  }
  return ordered;
}
