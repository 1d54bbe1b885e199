import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fakeClient, json, stubFetch } from '../support/fetch.mjs';
import { moduleUrl } from '../support/paths.mjs';

const { HttpError, NetworkError } = await import(moduleUrl('api/http.js'));
const { ME } = await import(moduleUrl('api/queries.js'));
const { ROLE_NAMES, SignInRefused, createSession } = await import(moduleUrl('api/session.js'));

const signedIn = (actor, role) => fakeClient({ me: { actor, role } });

describe('createSession', () => {
  test('starts anonymous and public, before asking', () => {
    const session = createSession({ client: signedIn('lead', 'LEAD') });
    assert.deepEqual(session.me(), { actor: 'anonymous', role: 'PUBLIC' });
  });

  test('refresh asks `me` and tells every listener the new role', async () => {
    const client = signedIn('lead', 'LEAD');
    const session = createSession({ client });
    const heard = [];
    session.onRoleChange((me) => heard.push(me));
    assert.deepEqual(await session.refresh(), { actor: 'lead', role: 'LEAD' });
    assert.deepEqual(session.me(), { actor: 'lead', role: 'LEAD' });
    assert.deepEqual(heard, [{ actor: 'lead', role: 'LEAD' }]);
    assert.equal(client.requests[0].query, ME);
  });

  test('a missing role is PUBLIC', async () => {
    const session = createSession({ client: signedIn('anonymous', null) });
    assert.deepEqual(await session.refresh(), { actor: 'anonymous', role: 'PUBLIC' });
  });

  test('a listener removed hears no more', async () => {
    const session = createSession({ client: signedIn('editor', 'EDITOR') });
    const heard = [];
    const stop = session.onRoleChange((me) => heard.push(me.role));
    session.onRoleChange(() => heard.push('other'));
    await session.refresh();
    stop();
    await session.refresh();
    assert.deepEqual(heard, ['EDITOR', 'other', 'other']);
  });

  test('signIn posts the name and password, then refreshes', async (t) => {
    const calls = stubFetch(t, () => json({ actor: 'lead' }));
    const session = createSession({ client: signedIn('lead', 'LEAD') });
    assert.deepEqual(await session.signIn({ username: 'lead', password: 'secret' }), { actor: 'lead', role: 'LEAD' });
    assert.equal(calls[0].url, 'api/login');
    assert.equal(calls[0].init.method, 'POST');
    assert.deepEqual(JSON.parse(calls[0].init.body), { username: 'lead', password: 'secret' });
  });

  test('a refused sign-in (401) is SignInRefused in the service\'s words, and the role is unchanged', async (t) => {
    stubFetch(t, () => json({ errors: [{ message: 'Unknown user or wrong password' }] }, { status: 401 }));
    const session = createSession({ client: signedIn('lead', 'LEAD') });
    const error = await session.signIn({ username: 'lead', password: 'nope' }).catch((e) => e);
    assert.ok(error instanceof SignInRefused);
    assert.equal(error.name, 'SignInRefused');
    assert.equal(error.message, 'Unknown user or wrong password');
    assert.equal(session.me().role, 'PUBLIC');
  });

  test('a 401 without words says "Wrong user name or password"', async (t) => {
    stubFetch(t, () => json({}, { status: 401 }));
    const error = await createSession({ client: signedIn('x', 'PUBLIC') }).signIn({ username: 'x', password: 'y' })
      .catch((e) => e);
    assert.equal(error.message, 'Wrong user name or password');
  });

  test('another failure to sign in is passed on as it is', async (t) => {
    stubFetch(t, () => json({}, { status: 500 }));
    const error = await createSession({ client: signedIn('x', 'PUBLIC') }).signIn({ username: 'x', password: 'y' })
      .catch((e) => e);
    assert.ok(error instanceof HttpError);
    assert.equal(error.status, 500);
  });

  test('signOut posts to api/logout, then refreshes', async (t) => {
    const calls = stubFetch(t, () => new Response(null, { status: 204 }));
    const session = createSession({ client: signedIn('anonymous', 'PUBLIC') });
    assert.deepEqual(await session.signOut(), { actor: 'anonymous', role: 'PUBLIC' });
    assert.equal(calls[0].url, 'api/logout');
    assert.deepEqual(calls[0].init, { method: 'POST', credentials: 'same-origin' });
  });

  test('signOut: a refusal is an HttpError, no answer a NetworkError', async (t) => {
    const session = createSession({ client: signedIn('anonymous', 'PUBLIC') });
    stubFetch(t, () => new Response(null, { status: 403, statusText: 'Forbidden' }));
    const refused = await session.signOut().catch((e) => e);
    assert.ok(refused instanceof HttpError);
    assert.equal(refused.status, 403);
    t.mock.restoreAll();
    stubFetch(t, () => { throw new TypeError('offline'); });
    const offline = await session.signOut().catch((e) => e);
    assert.ok(offline instanceof NetworkError);
    assert.equal(offline.url, 'api/logout');
  });
});

test('every role has words', () => {
  assert.deepEqual(Object.keys(ROLE_NAMES), ['PUBLIC', 'PEER_SUPPORTER', 'LEAD', 'EDITOR', 'ADMIN']);
  assert.equal(ROLE_NAMES.LEAD, 'collaborative lead');
});
