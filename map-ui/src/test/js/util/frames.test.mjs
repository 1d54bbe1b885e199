import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { installBrowser, nextTask } from '../support/browser.mjs';
import { moduleUrl } from '../support/paths.mjs';

const { afterNextPaint, onNextPaint } = await import(moduleUrl('util/frames.js'));

let browser;
afterEach(() => browser?.uninstall());

test('onNextPaint runs once two animation frames have passed, not one', () => {
  browser = installBrowser();
  let ran = 0;
  onNextPaint(() => { ran += 1; });
  assert.equal(browser.runFrame(), 1);
  assert.equal(ran, 0, 'not in the frame being painted');
  assert.equal(browser.runFrame(), 1);
  assert.equal(ran, 1);
  assert.equal(browser.runFrame(), 0, 'nothing more asked for');
});

test('afterNextPaint runs in a task of its own after the next paint', async () => {
  browser = installBrowser();
  let ran = 0;
  afterNextPaint(() => { ran += 1; });
  browser.runFrame();
  browser.runFrame();
  assert.equal(ran, 0, 'not inside the frame callback');
  await nextTask();
  assert.equal(ran, 1);
});
