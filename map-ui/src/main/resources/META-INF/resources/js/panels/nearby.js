// The Nearby view: from a postcode or the browser's location, the places within the search radius, nearest first,
// with distance and walking time, optionally only those open now; the view's state is in the URL.
import { describeError } from '../api/graphql.js';
import { formatDistance, plural } from '../util/format.js';
import { readParam, writeParams } from '../util/url-state.js';
import { createAssetList } from './asset-list.js';

/** Decimal places kept of a browser location (about 100 m): the service and any shared link get no more. */
export const LOCATION_DECIMALS = 3;

/**
 * createNearbyView(options) returns the view ({ activate, deactivate }) plus { search(postcode), refresh(), markOpen(id),
 * unmark() }.
 * Options:
 *   elements: { form, input, locate, openNow, error, status, results }
 *   radiusMetres: the search radius, for the messages
 *   search({ place, openNow, signal }) -> { totalCount, near, edges: [{ distanceMetres, node }] }
 *   geolocation: navigator.geolocation or undefined
 *   onResults({ label, near, edges, restoring, keepView }), onClear(), onChoose(asset, { keyboard })
 *   onActivate(), onDeactivate(): the view is shown / hidden (map layers)
 */
export function createNearbyView({
  elements, radiusMetres, search, geolocation, onResults, onClear, onChoose, onActivate, onDeactivate,
}) {
  const { form, input, locate, openNow, error, status, results } = elements;
  const rows = createAssetList({ list: results, onChoose });
  let inFlight = null;
  let place = null; // { postcode } or { latitude, longitude }
  let label = '';

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const postcode = normalisePostcode(input.value);
    if (!postcode) {
      showFailure('Enter a postcode, for example SW9 8HE, or use your location.');
      return;
    }
    run({ postcode }, postcode);
  });

  openNow.addEventListener('change', () => {
    if (place) run(place, label);
    else writeUrl();
  });

  locate.addEventListener('click', () => {
    if (!geolocation) {
      showFailure('This browser cannot share your location. Type a postcode instead.');
      return;
    }
    if (window.isSecureContext === false) {
      showFailure('Your location can only be shared over a secure (https) connection. Type a postcode instead.');
      return;
    }
    showError(null);
    status.textContent = 'Finding your location…';
    locate.setAttribute('aria-busy', 'true');
    geolocation.getCurrentPosition(
      (position) => {
        locate.removeAttribute('aria-busy');
        const here = roundedPlace(position.coords.latitude, position.coords.longitude);
        input.value = '';
        run(here, 'your location');
      },
      (failure) => {
        locate.removeAttribute('aria-busy');
        showFailure(locationMessage(failure));
      },
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 60000 },
    );
  });

  async function run(where, name, { restoring = false, keepView = false } = {}) {
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    place = where;
    label = name;
    writeUrl();
    form.setAttribute('aria-busy', 'true');
    results.dataset.state = 'loading';
    showError(null);
    status.textContent = `Searching near ${name}…`;
    try {
      const answer = await search({ place: where, openNow: openNow.checked, signal: controller.signal });
      if (controller.signal.aborted) return;
      rows.render(answer.edges);
      results.dataset.state = 'done';
      status.textContent = countMessage({ shown: answer.edges.length, total: answer.totalCount ?? answer.edges.length });
      onResults({ label: name, near: answer.near, edges: answer.edges, restoring, keepView });
    } catch (failure) {
      if (failure?.name === 'AbortError' || controller.signal.aborted) return;
      showFailure(describeError(failure));
    } finally {
      if (inFlight === controller) {
        inFlight = null;
        form.setAttribute('aria-busy', 'false');
      }
    }
  }

  function countMessage({ shown, total }) {
    const within = `within ${formatDistance(radiusMetres)} of ${label}`;
    const open = openNow.checked ? ' open now' : '';
    if (shown === 0) return `No places${open} found ${within}.`;
    if (shown < total) return `The nearest ${shown} of ${total} places${open} ${within}.`;
    return `${plural(shown, 'place')}${open} ${within}, nearest first.`;
  }

  function writeUrl() {
    writeParams({
      postcode: place?.postcode ?? null,
      near: place && place.postcode == null ? `${place.latitude},${place.longitude}` : null,
      open: openNow.checked ? '1' : null,
    });
  }

  function showFailure(message) {
    rows.clear();
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

  // Opening a link to this view: the postcode or location, and the toggle, from the URL.
  function restore() {
    openNow.checked = readParam('open') === '1';
    const postcode = readParam('postcode');
    const near = (readParam('near') ?? '').split(',').map(Number);
    if (postcode) {
      const normal = normalisePostcode(postcode);
      input.value = normal;
      run({ postcode: normal }, normal, { restoring: true });
    } else if (near.length === 2 && near.every(Number.isFinite)) {
      run(roundedPlace(near[0], near[1]), 'the shared location', { restoring: true });
    }
  }

  let restored = false;
  let active = false;
  return {
    activate() {
      active = true;
      onActivate();
      if (!restored) {
        restored = true;
        restore();
      } else {
        writeUrl();
      }
    },
    deactivate() {
      active = false;
      inFlight?.abort();
      writeParams({ postcode: null, near: null, open: null });
      onDeactivate();
    },
    search: (postcode) => run({ postcode }, postcode),
    /** The data changed (the live feed): the same search again, the map left where it is. */
    refresh() {
      if (active && place) run(place, label, { keepView: true });
    },
    markOpen: (id) => rows.mark(id),
    unmark: () => rows.unmark(),
  };
}

function roundedPlace(latitude, longitude) {
  const round = (value) => Number(value.toFixed(LOCATION_DECIMALS));
  return { latitude: round(latitude), longitude: round(longitude) };
}

// GeolocationPositionError codes: 1 refused, 2 unavailable, 3 timed out.
function locationMessage(failure) {
  switch (failure?.code) {
    case 1:
      return 'Your browser did not share your location. Type a postcode instead, or allow location for this site in your browser’s settings.';
    case 2:
      return 'Your location is not available right now. Type a postcode instead.';
    case 3:
      return 'Finding your location took too long. Try again, or type a postcode instead.';
    default:
      return 'Your location could not be found. Type a postcode instead.';
  }
}

/** "sw98he" -> "SW9 8HE"; anything that does not look like a postcode is only trimmed and upper-cased. */
export function normalisePostcode(text) {
  const compact = text.replace(/\s+/g, '').toUpperCase();
  if (/^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$/.test(compact)) {
    return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
  }
  return text.trim().replace(/\s+/g, ' ').toUpperCase();
}
