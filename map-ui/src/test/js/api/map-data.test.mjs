import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fakeClient, json, stubFetch } from '../support/fetch.mjs';
import { moduleUrl } from '../support/paths.mjs';

const { fetchAssetPage, fetchLsoas, fetchWards, loadMapConfig } = await import(moduleUrl('api/map-data.js'));
const { ASSET_PAGE, WARDS } = await import(moduleUrl('api/queries.js'));

describe('loadMapConfig', () => {
  test('takes what the service sends', async (t) => {
    const calls = stubFetch(t, () => json({
      tileUrl: 'https://tiles.example/{z}/{x}/{y}.png',
      tileAttribution: '© OpenStreetMap contributors',
      dataAttribution: ['Lambeth Council', 42],
      centre: { latitude: 51.46, longitude: -0.12 },
      zoom: 14,
    }));
    assert.deepEqual(await loadMapConfig(), {
      tileUrl: 'https://tiles.example/{z}/{x}/{y}.png',
      tileAttribution: '© OpenStreetMap contributors',
      dataAttribution: ['Lambeth Council', '42'],
      centre: { latitude: 51.46, longitude: -0.12 },
      zoom: 14,
    });
    assert.equal(calls[0].url, 'api/map-config');
  });

  test('fills in what is missing or of the wrong kind: no tiles, central Lambeth at zoom 13', async (t) => {
    stubFetch(t, () => json({
      tileUrl: '', tileAttribution: 7, dataAttribution: 'x', centre: { latitude: 51.5 }, zoom: '15',
    }));
    assert.deepEqual(await loadMapConfig({ url: '/elsewhere' }), {
      tileUrl: null,
      tileAttribution: '',
      dataAttribution: [],
      centre: { latitude: 51.457, longitude: -0.116 },
      zoom: 13,
    });
  });
});

describe('localities', () => {
  test('wards: boundaries sent as JSON text become geometry objects; objects stay', async () => {
    const polygon = { type: 'Polygon', coordinates: [[[-0.1, 51.4], [-0.2, 51.4], [-0.1, 51.5], [-0.1, 51.4]]] };
    const client = fakeClient({
      localities: [
        { id: 'w1', name: 'Oval', boundary: JSON.stringify(polygon) },
        { id: 'w2', name: 'Vauxhall', boundary: polygon },
        { id: 'w3', name: 'Nowhere', boundary: null },
      ],
    });
    const wards = await fetchWards({ client });
    assert.deepEqual(wards.map((ward) => ward.boundary), [polygon, polygon, null]);
    assert.deepEqual(wards[0], { id: 'w1', name: 'Oval', boundary: polygon });
    assert.equal(client.requests[0].query, WARDS);
  });

  test('LSOAs: a boundary that is not JSON is null', async () => {
    const lsoas = await fetchLsoas({ client: fakeClient({ localities: [{ id: 'l1', boundary: 'not json' }] }) });
    assert.deepEqual(lsoas, [{ id: 'l1', boundary: null }]);
  });
});

test('fetchAssetPage sends `after` only for a later page', async () => {
  const client = fakeClient({ assets: { totalCount: 0, edges: [] } });
  await fetchAssetPage({ client, filter: { text: 'tea' }, sort: 'NAME' });
  await fetchAssetPage({ client, filter: { text: 'tea' }, sort: 'NAME', first: 5, after: 'c20' });
  assert.deepEqual(client.requests.map((r) => r.variables), [
    { filter: { text: 'tea' }, sort: 'NAME', first: 20 },
    { filter: { text: 'tea' }, sort: 'NAME', first: 5, after: 'c20' },
  ]);
  assert.equal(client.requests[0].query, ASSET_PAGE);
});
