// The page's state in its URL (?view=nearby&postcode=...&lat=..&lng=..&z=..), so a link reproduces the view.
// Reads and writes go through here; writes replace the history entry (no back-button spam).

/** The current value of one query parameter, or null. */
export function readParam(name) {
  return new URLSearchParams(window.location.search).get(name);
}

/** All query parameters as a plain object. */
export function readParams() {
  return Object.fromEntries(new URLSearchParams(window.location.search));
}

/**
 * Sets (or, for null/undefined/'', removes) the given parameters, keeping the others, and replaces the history
 * entry. Returns the new URL.
 */
export function writeParams(changes) {
  const params = new URLSearchParams(window.location.search);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === '') params.delete(name);
    else params.set(name, String(value));
  }
  const query = params.toString();
  const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
  window.history.replaceState(null, '', url);
  for (const listener of listeners) listener(url);
  return url;
}

const listeners = new Set();

/** Calls listener(url) after every writeParams (to keep "link to this view" links current). */
export function onParamsWritten(listener) {
  listeners.add(listener);
}
