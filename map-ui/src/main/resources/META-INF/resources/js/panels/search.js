// The postcode search: form, error message, result count (announced) and the results list.
import { describeError } from '../api/graphql.js';
import { el } from '../util/dom.js';
import { formatDistance, formatWalk, plural } from '../util/format.js';

/**
 * createSearchPanel(options) wires the search form. Options:
 *   elements: { form, input, error, status, results }
 *   radiusMetres: the search radius, for the messages
 *   search({ postcode, signal }) -> Promise<{ totalCount, near: { latitude, longitude }, edges: [{ distanceMetres, node }] }>
 *   onResults({ postcode, near, edges }) -> show them on the map
 *   onClear() -> the last results are gone (new search failed)
 *   onSelect(edge) -> a result was chosen from the list
 */
export function createSearchPanel({ elements, radiusMetres, search, onResults, onClear, onSelect }) {
  const { form, input, error, status, results } = elements;
  let inFlight = null;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run(normalisePostcode(input.value));
  });

  async function run(postcode) {
    inFlight?.abort();
    inFlight = null;
    if (!postcode) {
      setBusy(false);
      showFailure('Enter a postcode, for example SW9 8HE.');
      return;
    }
    const controller = new AbortController();
    inFlight = controller;
    setBusy(true);
    showError(null);
    status.textContent = `Searching near ${postcode}…`;
    try {
      const answer = await search({ postcode, signal: controller.signal });
      if (controller.signal.aborted) return;
      renderResults({ postcode, answer });
      onResults({ postcode, near: answer.near, edges: answer.edges });
    } catch (failure) {
      if (failure?.name === 'AbortError' || controller.signal.aborted) return;
      showFailure(describeError(failure));
    } finally {
      if (inFlight === controller) {
        inFlight = null;
        setBusy(false);
      }
    }
  }

  function renderResults({ postcode, answer }) {
    const { edges, totalCount } = answer;
    results.replaceChildren(...edges.map((edge) => resultItem(edge)));
    results.dataset.state = 'done';
    status.textContent = countMessage({ shown: edges.length, total: totalCount ?? edges.length, postcode });
  }

  function resultItem(edge) {
    const { node, distanceMetres } = edge;
    const categories = (node.categories ?? []).map((c) => c.name).join(', ');
    const choose = (event) => {
      for (const item of results.children) item.removeAttribute('aria-current');
      event.currentTarget.setAttribute('aria-current', 'true');
      onSelect(edge);
    };
    return el('li', {
      className: 'result',
      tabindex: 0,
      dataset: { assetId: node.id },
      onclick: choose,
      onkeydown: (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          choose(event);
        }
      },
    },
    el('span', { className: 'result-name' }, node.name),
    categories ? el('span', { className: 'result-category' }, categories) : null,
    el('span', { className: 'result-distance' }, `${formatDistance(distanceMetres)} · ${formatWalk(distanceMetres)}`));
  }

  function countMessage({ shown, total, postcode }) {
    const within = `within ${formatDistance(radiusMetres)} of ${postcode}`;
    if (shown === 0) return `No places found ${within}.`;
    if (shown < total) return `The nearest ${shown} of ${total} places ${within}.`;
    return `${plural(shown, 'place')} ${within}, nearest first.`;
  }

  function showFailure(message) {
    results.replaceChildren();
    results.dataset.state = 'error';
    status.textContent = '';
    showError(message);
    onClear();
  }

  function showError(message) {
    error.textContent = message ?? '';
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }

  function setBusy(busy) {
    form.setAttribute('aria-busy', String(busy));
    if (busy) results.dataset.state = 'loading';
  }

  return { search: run };
}

/** "sw98he" -> "SW9 8HE"; anything that does not look like a postcode is only trimmed and upper-cased. */
export function normalisePostcode(text) {
  const compact = text.replace(/\s+/g, '').toUpperCase();
  if (/^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$/.test(compact)) {
    return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
  }
  return text.trim().replace(/\s+/g, ' ').toUpperCase();
}
