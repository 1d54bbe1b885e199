import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { json, stubFetch } from '../support/fetch.mjs';
import { moduleUrl } from '../support/paths.mjs';

const { ApiError, HttpError, NetworkError, fetchJson } = await import(moduleUrl('api/http.js'));

describe('fetchJson', () => {
  test('GET: asks for JSON with the page\'s cookies and resolves to the parsed body', async (t) => {
    const calls = stubFetch(t, () => json({ zoom: 13 }));
    assert.deepEqual(await fetchJson({ url: 'api/map-config' }), { zoom: 13 });
    assert.equal(calls.length, 1);
    const { url, init } = calls[0];
    assert.equal(url, 'api/map-config');
    assert.equal(init.method, 'GET');
    assert.deepEqual(init.headers, { Accept: 'application/json' });
    assert.equal(init.body, undefined);
    assert.equal(init.credentials, 'same-origin');
  });

  test('POST: the body goes as JSON, and the signal along', async (t) => {
    const calls = stubFetch(t, () => json({ ok: true }));
    const { signal } = new AbortController();
    await fetchJson({ url: 'api/login', method: 'POST', body: { username: 'lead', password: 'pw' }, signal });
    const { init } = calls[0];
    assert.equal(init.method, 'POST');
    assert.deepEqual(init.headers, { Accept: 'application/json', 'Content-Type': 'application/json' });
    assert.equal(init.body, '{"username":"lead","password":"pw"}');
    assert.equal(init.signal, signal);
  });

  test('an answer that is not JSON is an HttpError, even with 200', async (t) => {
    stubFetch(t, () => new Response('<html>', { status: 200, headers: { 'Content-Type': 'text/html' } }));
    const error = await fetchJson({ url: 'api/map-config' }).catch((e) => e);
    assert.ok(error instanceof HttpError);
    assert.ok(error instanceof ApiError);
    assert.equal(error.name, 'HttpError');
    assert.equal(error.status, 200);
    assert.equal(error.message, 'api/map-config did not answer with JSON');
  });

  test('a JSON content type with a body that does not parse is not JSON either', async (t) => {
    stubFetch(t, () => new Response('{"half', { status: 200, headers: { 'Content-Type': 'application/json' } }));
    const error = await fetchJson({ url: 'graphql' }).catch((e) => e);
    assert.ok(error instanceof HttpError);
    assert.equal(error.body, null);
  });

  test('an error status is an HttpError carrying the status and any JSON body', async (t) => {
    stubFetch(t, () => json({ error: 'boom' }, { status: 503, statusText: 'Service Unavailable' }));
    const error = await fetchJson({ url: 'graphql' }).catch((e) => e);
    assert.ok(error instanceof HttpError);
    assert.equal(error.status, 503);
    assert.deepEqual(error.body, { error: 'boom' });
    assert.equal(error.message, 'graphql answered HTTP 503 Service Unavailable');
  });

  test('an error status with JSON goes to acceptError first, which may throw its own error', async (t) => {
    stubFetch(t, () => json({ errors: [{ message: 'bad' }] }, { status: 400 }));
    const seen = [];
    const mine = new Error('mine');
    const error = await fetchJson({
      url: 'graphql',
      acceptError: (status, body) => { seen.push([status, body]); throw mine; },
    }).catch((e) => e);
    assert.equal(error, mine);
    assert.deepEqual(seen, [[400, { errors: [{ message: 'bad' }] }]]);
  });

  test('acceptError that does not throw leaves the HttpError', async (t) => {
    stubFetch(t, () => json({ errors: [] }, { status: 400 }));
    const error = await fetchJson({ url: 'graphql', acceptError: () => {} }).catch((e) => e);
    assert.ok(error instanceof HttpError);
    assert.equal(error.status, 400);
  });

  test('no answer at all is a NetworkError naming the URL, with the cause', async (t) => {
    const cause = new TypeError('Failed to fetch');
    stubFetch(t, () => { throw cause; });
    const error = await fetchJson({ url: 'api/map-config' }).catch((e) => e);
    assert.ok(error instanceof NetworkError);
    assert.equal(error.name, 'NetworkError');
    assert.equal(error.url, 'api/map-config');
    assert.equal(error.cause, cause);
    assert.equal(error.message, 'Could not reach api/map-config');
  });

  test('an aborted request rejects with the AbortError untouched', async (t) => {
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    stubFetch(t, () => { throw abort; });
    assert.equal(await fetchJson({ url: 'graphql' }).catch((e) => e), abort);
  });
});
