import assert from 'node:assert/strict';
import { test } from 'node:test';
import { moduleUrl } from '../support/paths.mjs';

const { parseGeometry } = await import(moduleUrl('util/geometry.js'));

const square = { type: 'Polygon', coordinates: [[[-0.12, 51.45], [-0.11, 51.45], [-0.11, 51.46], [-0.12, 51.45]]] };

test('a geometry object comes back as it is', () => {
  assert.equal(parseGeometry(square), square);
});

test('a geometry sent as a JSON string is parsed', () => {
  assert.deepEqual(parseGeometry(JSON.stringify(square)), square);
});

test('a missing geometry is null', () => {
  assert.equal(parseGeometry(null), null);
  assert.equal(parseGeometry(undefined), null);
});

test('a string that is not JSON is null, not an error', () => {
  assert.equal(parseGeometry('POLYGON ((-0.12 51.45, -0.11 51.45))'), null);
  assert.equal(parseGeometry(''), null);
});
