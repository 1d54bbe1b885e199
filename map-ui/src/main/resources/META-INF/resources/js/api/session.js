// Who is signed in: the built-in login (POST api/login, api/logout) and `me { actor role }`, with listeners that
// hear every change of role (the view tabs, the edit view...).
import { HttpError, NetworkError, fetchJson } from './http.js';
import { ME } from './queries.js';

/** The service refused the user name and password (HTTP 401). `message` is the service's own words. */
export class SignInRefused extends Error {
  constructor(message) {
    super(message || 'Wrong user name or password');
    this.name = 'SignInRefused';
  }
}

/** The roles in words, for people. */
export const ROLE_NAMES = {
  PUBLIC: 'public',
  PEER_SUPPORTER: 'peer supporter',
  LEAD: 'collaborative lead',
  EDITOR: 'editor',
  ADMIN: 'administrator',
};

/**
 * createSession({ client }) returns
 *   { me(), refresh(), signIn({ username, password }), signOut(), onRoleChange(listener) }.
 * refresh(), signIn() and signOut() resolve to the new { actor, role } after telling every listener.
 */
export function createSession({ client, loginUrl = 'api/login', logoutUrl = 'api/logout' }) {
  let current = { actor: 'anonymous', role: 'PUBLIC' };
  const listeners = [];

  async function refresh() {
    const { me } = await client.request({ query: ME });
    current = { actor: String(me.actor), role: me.role ?? 'PUBLIC' };
    for (const listener of listeners) listener(current);
    return current;
  }

  async function signIn({ username, password }) {
    try {
      await fetchJson({ url: loginUrl, method: 'POST', body: { username, password } });
    } catch (error) {
      if (error instanceof HttpError && error.status === 401) {
        throw new SignInRefused(error.body?.errors?.[0]?.message);
      }
      throw error;
    }
    return refresh();
  }

  async function signOut() {
    let response;
    try {
      response = await fetch(logoutUrl, { method: 'POST', credentials: 'same-origin' });
    } catch (cause) {
      throw new NetworkError({ url: logoutUrl, cause });
    }
    if (!response.ok) throw new HttpError({ url: logoutUrl, status: response.status, statusText: response.statusText });
    return refresh();
  }

  return {
    me: () => current,
    refresh,
    signIn,
    signOut,
    /** listener({ actor, role }) runs after every refresh; returns a function that removes it. */
    onRoleChange(listener) {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    },
  };
}
