import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { moduleUrl } from '../support/paths.mjs';

const { isActivationKey, onActivate } = await import(moduleUrl('util/activate.js'));

/** A marker as Leaflet's: on(type, fn) chains; fire(type, event) calls what was registered. */
function fakeMarker() {
  const handlers = new Map();
  const marker = {
    on(type, fn) {
      handlers.set(type, [...(handlers.get(type) ?? []), fn]);
      return marker;
    },
    fire(type, event = {}) {
      for (const fn of handlers.get(type) ?? []) fn(event);
    },
    types: () => [...handlers.keys()],
  };
  return marker;
}

/** A keydown as Leaflet passes it on: the DOM event in originalEvent. */
function keydown(key) {
  const event = { key, defaultPrevented: false, preventDefault() { this.defaultPrevented = true; } };
  return { originalEvent: event };
}

describe('onActivate', () => {
  test('returns the marker, so a call can go on to addTo', () => {
    const marker = fakeMarker();
    assert.equal(onActivate(marker, () => {}), marker);
    assert.deepEqual(marker.types(), ['click', 'keydown']);
  });

  test('a click activates, not by keyboard', () => {
    const marker = fakeMarker();
    const calls = [];
    onActivate(marker, (how) => calls.push(how));
    marker.fire('click');
    assert.deepEqual(calls, [{ keyboard: false }]);
  });

  for (const key of ['Enter', ' ']) {
    test(`${JSON.stringify(key)} activates by keyboard and keeps the key's default from happening`, () => {
      const marker = fakeMarker();
      const calls = [];
      onActivate(marker, (how) => calls.push(how));
      const event = keydown(key);
      marker.fire('keydown', event);
      assert.deepEqual(calls, [{ keyboard: true }]);
      assert.equal(event.originalEvent.defaultPrevented, true);
    });
  }

  test('other keys do nothing and keep their default (Tab still moves on)', () => {
    const marker = fakeMarker();
    const calls = [];
    onActivate(marker, (how) => calls.push(how));
    for (const key of ['Tab', 'Escape', 'ArrowDown', 'a', 'Spacebar', 'Shift']) {
      const event = keydown(key);
      marker.fire('keydown', event);
      assert.equal(event.originalEvent.defaultPrevented, false, key);
    }
    assert.deepEqual(calls, []);
  });
});

test('isActivationKey: Enter and Space only', () => {
  assert.equal(isActivationKey({ key: 'Enter' }), true);
  assert.equal(isActivationKey({ key: ' ' }), true);
  assert.equal(isActivationKey({ key: 'Space' }), false);
  assert.equal(isActivationKey({ key: 'NumpadEnter' }), false);
});
