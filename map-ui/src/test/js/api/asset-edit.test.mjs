import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fakeClient } from '../support/fetch.mjs';
import { moduleUrl } from '../support/paths.mjs';

const { GraphQLError } = await import(moduleUrl('api/graphql.js'));
const { FIND_RESULT_COUNT, argumentErrors, fetchCategories, findAssetsToEdit, retireAsset } =
  await import(moduleUrl('api/asset-edit.js'));

test('categories: each with its parent\'s id and name, sorted by name', async () => {
  const client = fakeClient({
    categories: [
      { id: 'sport', name: 'Sport', parentId: null },
      { id: 'football', name: 'Football', parentId: 'sport' },
      { id: 'orphan', name: 'Allotments', parentId: 'gone' },
    ],
  });
  assert.deepEqual(await fetchCategories({ client }), [
    { id: 'orphan', name: 'Allotments', parent: null },
    { id: 'football', name: 'Football', parent: { id: 'sport', name: 'Sport' } },
    { id: 'sport', name: 'Sport', parent: null },
  ]);
});

test('finding assets to edit: the nodes and the total, at most FIND_RESULT_COUNT asked for', async () => {
  const client = fakeClient({ assets: { totalCount: 31, edges: [{ node: { id: 'a1', name: 'Oasis' } }] } });
  assert.deepEqual(await findAssetsToEdit({ client, text: 'oasis' }),
    { totalCount: 31, assets: [{ id: 'a1', name: 'Oasis' }] });
  assert.deepEqual(client.requests[0].variables, { text: 'oasis', first: FIND_RESULT_COUNT });
  assert.equal(FIND_RESULT_COUNT, 10);
});

test('retiring sends a reason only when there is one', async () => {
  const client = fakeClient({ retireAsset: { id: 'a1' } });
  await retireAsset({ client, id: 'a1', reason: 'Closed down' });
  await retireAsset({ client, id: 'a1', reason: '' });
  assert.deepEqual(client.requests.map((r) => r.variables.input), [{ id: 'a1', reason: 'Closed down' }, { id: 'a1' }]);
});

describe('argumentErrors', () => {
  test('the arguments the service named, each with its problem without the argument\'s prefix', () => {
    const error = new GraphQLError({
      errors: [
        { message: 'input.contact.email: not an email address', extensions: { argument: 'input.contact.email' } },
        { message: 'must not be blank', extensions: { argument: 'input.name' } },
        { message: 'Not allowed' },
      ],
    });
    assert.deepEqual(argumentErrors(error), [
      { argument: 'input.contact.email', problem: 'not an email address' },
      { argument: 'input.name', problem: 'must not be blank' },
    ]);
  });

  test('none for an error that is not a GraphQL error', () => {
    assert.deepEqual(argumentErrors(new Error('input.name: x')), []);
    assert.deepEqual(argumentErrors(null), []);
  });
});
