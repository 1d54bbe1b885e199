// The page's state in its URL (?view=nearby&postcode=...&lat=..&lng=..&z=..), so a link reproduces the view.
// Reads and writes go through here; writes replace the history entry (no back-button spam).
import { afterNextPaint } from './frames.js';

// Writing the address bar (history.replaceState) costs the browser several milliseconds a call, and the map writes
// its centre and zoom on every pan and zoom: those writes are kept here and reach the address bar once the page is
// idle (after the new markers are drawn). Other writes (a tab, a filter) go to the address bar at once.
let pending = null; // URLSearchParams not yet in the address bar, or null
let flushing = false;

const current = () => pending ?? new URLSearchParams(window.location.search);

/** The current value of one query parameter, or null. */
export function readParam(name) {
  return current().get(name);
}

/** All query parameters as a plain object. */
export function readParams() {
  return Object.fromEntries(current());
}

/**
 * Sets (or, for null/undefined/'', removes) the given parameters, keeping the others, and replaces the history
 * entry (no back-button spam): at once, or with whenIdle once the page is idle after its next paint (at the latest
 * half a second after that).
 * Returns the new URL.
 */
export function writeParams(changes, { whenIdle = false } = {}) {
  const before = current();
  const params = new URLSearchParams(before);
  for (const [name, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === '') params.delete(name);
    else params.set(name, String(value));
  }
  const changed = params.toString() !== before.toString();
  pending = params;
  if (changed && !whenIdle) flushParams(); // a write that changes nothing leaves an idle one waiting
  else if (!flushing) {
    flushing = true;
    const flushWhenIdle = () => {
      flushing = false;
      flushParams();
    };
    // idle after the next paint: an idle moment before it (a frame still to come) would delay the markers' frame
    afterNextPaint(() => {
      if (window.requestIdleCallback) window.requestIdleCallback(flushWhenIdle, { timeout: 500 });
      else setTimeout(flushWhenIdle, 100);
    });
  }
  const url = urlOf(params);
  for (const listener of listeners) listener(url);
  return url;
}

/** Puts any parameters written since into the address bar now. */
export function flushParams() {
  if (!pending) return;
  const url = urlOf(pending);
  pending = null;
  if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
    window.history.replaceState(null, '', url);
  }
}

// (no window outside a browser: the unit tests import this module in node, with a window of their own or none)
if (typeof window !== 'undefined') window.addEventListener('pagehide', () => flushParams());

const urlOf = (params) => {
  const query = params.toString();
  return `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
};

const listeners = new Set();

/** Calls listener(url) after every writeParams (to keep "link to this view" links current). */
export function onParamsWritten(listener) {
  listeners.add(listener);
}
