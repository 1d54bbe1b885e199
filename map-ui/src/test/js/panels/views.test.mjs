import assert from 'node:assert/strict';
import { test } from 'node:test';
import { moduleUrl } from '../support/paths.mjs';

// views.js builds the view tabs (DOM, at call time); its role order is plain and decides which tabs a role sees.
const { ROLE_ORDER, roleAtLeast } = await import(moduleUrl('panels/views.js'));

test('the roles, least first', () => {
  assert.deepEqual(ROLE_ORDER, ['PUBLIC', 'PEER_SUPPORTER', 'LEAD', 'EDITOR', 'ADMIN']);
});

test('a role reaches its own level and those below, not those above', () => {
  assert.equal(roleAtLeast('LEAD', 'LEAD'), true);
  assert.equal(roleAtLeast('LEAD', 'PEER_SUPPORTER'), true);
  assert.equal(roleAtLeast('LEAD', 'EDITOR'), false);
  assert.equal(roleAtLeast('ADMIN', 'EDITOR'), true);
  assert.equal(roleAtLeast('PEER_SUPPORTER', 'ADMIN'), false);
});

test('no role is PUBLIC, and no minimum is PUBLIC', () => {
  assert.equal(roleAtLeast(null, 'PUBLIC'), true);
  assert.equal(roleAtLeast(undefined, 'PEER_SUPPORTER'), false);
  assert.equal(roleAtLeast('PUBLIC', undefined), true);
});
