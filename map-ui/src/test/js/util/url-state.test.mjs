import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { installBrowser, nextTask } from '../support/browser.mjs';
import { moduleUrl } from '../support/paths.mjs';

// url-state keeps what it has not yet written in module state: each test loads a copy of its own.
let copies = 0;
const loadUrlState = () => import(`${moduleUrl('util/url-state.js')}?copy=${++copies}`);

let browser;
afterEach(() => browser?.uninstall());

/** Runs what writeParams({ ... }, { whenIdle: true }) waits for: two frames, a task, then the idle callback. */
async function becomeIdle() {
  browser.runFrame();
  browser.runFrame();
  await nextTask();
  return browser.runIdle();
}

describe('url-state', () => {
  test('reads the parameters of the page it was loaded on', async () => {
    browser = installBrowser({ url: 'http://localhost:8080/?view=nearby&postcode=SE11%205RR&z=15#map' });
    const { readParam, readParams } = await loadUrlState();
    assert.equal(readParam('view'), 'nearby');
    assert.equal(readParam('postcode'), 'SE11 5RR');
    assert.equal(readParam('missing'), null);
    assert.deepEqual(readParams(), { view: 'nearby', postcode: 'SE11 5RR', z: '15' });
  });

  test('a write goes to the address bar at once and reads back the same (values as text)', async () => {
    browser = installBrowser({ url: 'http://localhost:8080/map?view=explore#top' });
    const { readParam, readParams, writeParams } = await loadUrlState();
    const url = writeParams({ postcode: 'SE1 7PB', lat: 51.4975, lng: -0.1357, z: 14, free: true });
    assert.equal(url, '/map?view=explore&postcode=SE1+7PB&lat=51.4975&lng=-0.1357&z=14&free=true#top');
    assert.deepEqual(browser.replaced, [url]);
    assert.equal(readParam('postcode'), 'SE1 7PB');
    assert.equal(Number(readParam('lat')), 51.4975);
    assert.equal(Number(readParam('lng')), -0.1357);
    assert.deepEqual(readParams(), {
      view: 'explore', postcode: 'SE1 7PB', lat: '51.4975', lng: '-0.1357', z: '14', free: 'true',
    });
  });

  test('text that needs escaping survives the round trip', async () => {
    browser = installBrowser();
    const { readParam, writeParams } = await loadUrlState();
    const text = 'café & "tea" = 100% #1 ?+/';
    writeParams({ text });
    assert.equal(new URL(browser.window.location.href).searchParams.get('text'), text);
    assert.equal(readParam('text'), text);
  });

  test('null, undefined and the empty string remove a parameter; 0 and false are kept', async () => {
    browser = installBrowser({ url: 'http://localhost:8080/?a=1&b=2&c=3&d=4' });
    const { readParams, writeParams } = await loadUrlState();
    writeParams({ a: null, b: undefined, c: '', zero: 0, no: false });
    assert.deepEqual(readParams(), { d: '4', zero: '0', no: 'false' });
    assert.equal(browser.window.location.search, '?d=4&zero=0&no=false');
  });

  test('removing every parameter leaves no question mark, and keeps the hash', async () => {
    browser = installBrowser({ url: 'http://localhost:8080/?view=network#list' });
    const { writeParams } = await loadUrlState();
    assert.equal(writeParams({ view: null }), '/#list');
    assert.deepEqual(browser.replaced, ['/#list']);
  });

  test('a write that changes nothing never touches the history', async () => {
    browser = installBrowser({ url: 'http://localhost:8080/?view=nearby' });
    const { writeParams } = await loadUrlState();
    assert.equal(writeParams({ view: 'nearby', gone: null }), '/?view=nearby');
    await becomeIdle();
    assert.deepEqual(browser.replaced, []);
  });

  test('an idle write waits for the next paint and an idle moment, and is read back meanwhile', async () => {
    browser = installBrowser({ url: 'http://localhost:8080/?view=explore' });
    const { readParam, writeParams } = await loadUrlState();
    writeParams({ lat: 51.5, lng: -0.12, z: 13 }, { whenIdle: true });
    writeParams({ z: 14 }, { whenIdle: true }); // a second move before the first is written
    assert.equal(readParam('z'), '14');
    browser.runFrame();
    await nextTask();
    assert.deepEqual(browser.replaced, [], 'not before the next frame is painted');
    browser.runFrame();
    await nextTask();
    assert.deepEqual(browser.replaced, [], 'not before the page is idle');
    assert.deepEqual(browser.runIdle(), [{ timeout: 500 }], 'one idle wait for both writes, at most 500 ms');
    assert.deepEqual(browser.replaced, ['/?view=explore&lat=51.5&lng=-0.12&z=14']);
    await becomeIdle();
    assert.equal(browser.replaced.length, 1, 'written once');
  });

  test('without requestIdleCallback an idle write waits 100 ms after the paint', async (t) => {
    browser = installBrowser({ idle: false });
    t.mock.timers.enable({ apis: ['setTimeout'] });
    const { writeParams } = await loadUrlState();
    writeParams({ z: 12 }, { whenIdle: true });
    browser.runFrame();
    browser.runFrame();
    t.mock.timers.tick(0);
    t.mock.timers.tick(99);
    assert.deepEqual(browser.replaced, []);
    t.mock.timers.tick(1);
    assert.deepEqual(browser.replaced, ['/?z=12']);
  });

  test('a write at once also writes what an idle write left waiting', async () => {
    browser = installBrowser();
    const { writeParams } = await loadUrlState();
    writeParams({ z: 16 }, { whenIdle: true });
    writeParams({ view: 'nearby' });
    assert.deepEqual(browser.replaced, ['/?z=16&view=nearby']);
    await becomeIdle();
    assert.equal(browser.replaced.length, 1);
  });

  test('a write at once that changes nothing leaves a waiting idle write to wait', async () => {
    browser = installBrowser();
    const { readParam, writeParams } = await loadUrlState();
    writeParams({ z: 15 }, { whenIdle: true });
    writeParams({ z: 15 });
    assert.deepEqual(browser.replaced, [], 'still waiting for the page to be idle');
    assert.equal(readParam('z'), '15');
    await becomeIdle();
    assert.deepEqual(browser.replaced, ['/?z=15']);
  });

  test('flushParams writes a waiting write now, and leaving the page does too', async () => {
    browser = installBrowser();
    const { flushParams, writeParams } = await loadUrlState();
    writeParams({ z: 10 }, { whenIdle: true });
    flushParams();
    assert.deepEqual(browser.replaced, ['/?z=10']);
    flushParams();
    assert.equal(browser.replaced.length, 1, 'nothing left to write');
    writeParams({ z: 11 }, { whenIdle: true });
    browser.dispatch('pagehide');
    assert.deepEqual(browser.replaced, ['/?z=10', '/?z=11']);
  });

  test('listeners hear the new URL after every write, idle or not', async () => {
    browser = installBrowser({ url: 'http://localhost:8080/?view=explore' });
    const { onParamsWritten, writeParams } = await loadUrlState();
    const heard = [];
    onParamsWritten((url) => heard.push(url));
    writeParams({ view: 'nearby' });
    writeParams({ z: 9 }, { whenIdle: true });
    writeParams({ z: 9 });
    assert.deepEqual(heard, ['/?view=nearby', '/?view=nearby&z=9', '/?view=nearby&z=9']);
  });

  test('loads outside a browser (no window) without throwing', async () => {
    assert.equal(globalThis.window, undefined);
    const urlState = await loadUrlState();
    assert.equal(typeof urlState.readParam, 'function');
  });
});
