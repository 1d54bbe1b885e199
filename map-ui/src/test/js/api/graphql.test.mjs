import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { json, stubFetch } from '../support/fetch.mjs';
import { moduleUrl } from '../support/paths.mjs';

const { GraphQLError, HttpError, NetworkError, createGraphQLClient, describeError } =
  await import(moduleUrl('api/graphql.js'));

const QUERY = 'query Wards { localities(kind: WARD) { id name } }';

describe('createGraphQLClient', () => {
  test('POSTs the query and variables to the endpoint and resolves to data', async (t) => {
    const calls = stubFetch(t, () => json({ data: { localities: [{ id: 'E05014100', name: 'Brixton Acre Lane' }] } }));
    const client = createGraphQLClient({ endpoint: '/graphql' });
    const data = await client.request({ query: QUERY, variables: { first: 2 } });
    assert.deepEqual(data, { localities: [{ id: 'E05014100', name: 'Brixton Acre Lane' }] });
    assert.equal(calls[0].url, '/graphql');
    assert.equal(calls[0].init.method, 'POST');
    assert.deepEqual(JSON.parse(calls[0].init.body), { query: QUERY, variables: { first: 2 } });
  });

  test('the endpoint is "graphql" next to the page, and variables {} unless given', async (t) => {
    const calls = stubFetch(t, () => json({ data: {} }));
    await createGraphQLClient().request({ query: QUERY });
    assert.equal(calls[0].url, 'graphql');
    assert.deepEqual(JSON.parse(calls[0].init.body).variables, {});
  });

  test('errors in a 200 answer reject with a GraphQLError carrying messages, classifications and data', async (t) => {
    stubFetch(t, () => json({
      data: { asset: null },
      errors: [
        { message: 'Unknown postcode ZZ1', extensions: { classification: 'BAD_REQUEST' } },
        { message: 'second' },
      ],
    }));
    const error = await createGraphQLClient().request({ query: QUERY }).catch((e) => e);
    assert.ok(error instanceof GraphQLError);
    assert.equal(error.name, 'GraphQLError');
    assert.deepEqual(error.messages, ['Unknown postcode ZZ1', 'second']);
    assert.equal(error.message, 'Unknown postcode ZZ1\nsecond');
    assert.deepEqual(error.classifications, ['BAD_REQUEST', null]);
    assert.deepEqual(error.data, { asset: null });
  });

  test('errors in an error status (400) are a GraphQLError too, not an HttpError', async (t) => {
    stubFetch(t, () => json({ errors: [{ message: 'Validation error' }] }, { status: 400 }));
    const error = await createGraphQLClient().request({ query: QUERY }).catch((e) => e);
    assert.ok(error instanceof GraphQLError);
    assert.equal(error.data, null);
  });

  test('an answer without data is an HttpError', async (t) => {
    stubFetch(t, () => json({ data: null }));
    const error = await createGraphQLClient().request({ query: QUERY }).catch((e) => e);
    assert.ok(error instanceof HttpError);
    assert.equal(error.message, 'GraphQL answer had no data');
  });

  test('an empty errors list is no error', async (t) => {
    stubFetch(t, () => json({ data: { ok: 1 }, errors: [] }));
    assert.deepEqual(await createGraphQLClient().request({ query: QUERY }), { ok: 1 });
  });
});

describe('describeError', () => {
  const graphQL = (errors) => new GraphQLError({ errors });

  test('GraphQL errors in the service\'s own words', () => {
    assert.equal(describeError(graphQL([{ message: 'Unknown postcode.' }, { message: 'Try another.' }])),
      'Unknown postcode. Try another.');
  });

  test('an internal GraphQL error in plain words, without its details', () => {
    const internal = graphQL([
      { message: 'NullPointerException at …', extensions: { classification: 'INTERNAL_ERROR' } },
    ]);
    assert.equal(describeError(internal),
      'The map service had a problem answering. Please try again in a moment.');
  });

  test('HTTP errors: the service broken (5xx) or refusing (4xx)', () => {
    assert.equal(describeError(new HttpError({ url: 'graphql', status: 502 })),
      'The map service is not working properly (HTTP 502). Please try again later.');
    assert.equal(describeError(new HttpError({ url: 'graphql', status: 403 })),
      'The map service refused the request (HTTP 403).');
  });

  test('no connection', () => {
    assert.equal(describeError(new NetworkError({ url: 'graphql', cause: new TypeError('x') })),
      'Could not reach the map service. Check your connection and try again.');
  });

  test('anything else: its message, or a sentence when it has none', () => {
    assert.equal(describeError(new Error('Leaflet did not load')), 'Leaflet did not load');
    assert.equal(describeError(new Error('')), 'Something went wrong.');
    assert.equal(describeError(undefined), 'Something went wrong.');
  });
});
