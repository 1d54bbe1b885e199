import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fakeClient } from '../support/fetch.mjs';
import { moduleUrl } from '../support/paths.mjs';

const { COVERAGE, fetchCoverage, fetchCoverageCategories, fetchKeyConnectors, fetchNetworkMap } =
  await import(moduleUrl('api/network-data.js'));

test('coverage: each area\'s gap, sent as JSON text, becomes a geometry object', async () => {
  const gap = { type: 'MultiPolygon', coordinates: [] };
  const client = fakeClient({
    coverage: {
      categoryName: 'Food', kind: 'WARD',
      areas: [{ locality: { id: 'w1' }, gap: JSON.stringify(gap) }, { locality: { id: 'w2' }, gap: null }],
    },
  });
  const coverage = await fetchCoverage({ client, category: 'food', walkMetres: 800, kind: 'WARD' });
  assert.deepEqual(coverage, {
    categoryName: 'Food', kind: 'WARD',
    areas: [{ locality: { id: 'w1' }, gap }, { locality: { id: 'w2' }, gap: null }],
  });
  assert.equal(client.requests[0].query, COVERAGE);
  assert.deepEqual(client.requests[0].variables, { category: 'food', walkMetres: 800, kind: 'WARD' });
});

test('coverage categories: flattened with their counts, by name', async () => {
  const client = fakeClient({
    assetFacets: {
      categories: [
        { category: { id: 'sport', name: 'Sport' }, count: 3 },
        { category: { id: 'arts', name: 'Arts and culture' }, count: 5 },
        { category: { id: 'food', name: 'Food' }, count: 1 },
      ],
    },
  });
  assert.deepEqual(await fetchCoverageCategories({ client }), [
    { id: 'arts', name: 'Arts and culture', count: 5 },
    { id: 'food', name: 'Food', count: 1 },
    { id: 'sport', name: 'Sport', count: 3 },
  ]);
});

test('defaults: every tie kind, and the top 10 connectors', async () => {
  const client = fakeClient({ networkMap: { ties: [] }, keyConnectors: { members: 1 } });
  assert.deepEqual(await fetchNetworkMap({ client }), { ties: [] });
  assert.deepEqual(await fetchKeyConnectors({ client }), { members: 1 });
  assert.deepEqual(client.requests.map((r) => r.variables), [{ kinds: null }, { top: 10 }]);
});
