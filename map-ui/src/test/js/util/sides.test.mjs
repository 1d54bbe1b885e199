import assert from 'node:assert/strict';
import { test } from 'node:test';
import { moduleUrl } from '../support/paths.mjs';

const { SIDE_NAMES } = await import(moduleUrl('util/sides.js'));

test('the two halves by their locality ids', () => {
  assert.deepEqual({ ...SIDE_NAMES }, { 'half-north': 'North', 'half-south': 'South' });
});

test('another id has no name, so each caller can say what then', () => {
  assert.equal(SIDE_NAMES['E05014100'], undefined);
  assert.equal(SIDE_NAMES[null], undefined);
  assert.equal(SIDE_NAMES[undefined], undefined);
});

test('shared by several views, so none can change it', () => {
  assert.ok(Object.isFrozen(SIDE_NAMES));
});
