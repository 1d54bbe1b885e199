// Activating a map marker. Leaflet makes markers focusable (role=button) but only clicks them with a mouse or touch:
// here Enter and Space on a focused marker activate it too. Leaflet itself is not needed (a marker is anything with
// Leaflet's `on(type, fn)`), so this stays testable without a browser.

/** True for the keys that press a button: Enter and Space. */
export const isActivationKey = (event) => event.key === 'Enter' || event.key === ' ';

/**
 * onActivate(marker, handler): handler({ keyboard: false }) on a click, handler({ keyboard: true }) on Enter or
 * Space (whose default, Space scrolling the page, is prevented). Returns the marker, for chaining.
 */
export function onActivate(marker, handler) {
  return marker
    .on('click', () => handler({ keyboard: false }))
    .on('keydown', ({ originalEvent: event }) => {
      if (!isActivationKey(event)) return;
      event.preventDefault();
      handler({ keyboard: true });
    });
}
