// The header's account area: "Sign in" opens a modal dialog (Escape or Cancel closes it, focus returns to the
// button); once signed in it says who and with which role, beside a "Sign out" button.
import { describeError } from '../api/graphql.js';
import { ROLE_NAMES, SignInRefused } from '../api/session.js';
import { el, setChildren } from '../util/dom.js';

/** createAccountPanel({ container, session }) renders the account area and keeps it in step with the session. */
export function createAccountPanel({ container, session }) {
  const announce = el('p', { className: 'visually-hidden', role: 'status', id: 'account-status' });
  const slot = el('div', { className: 'account-row' });
  const dialog = signInDialog({ session, onSignedIn: () => slot.querySelector('#sign-out')?.focus() });
  container.append(slot, announce, dialog.element);

  let focusNext = null; // what to focus once the area is drawn again (its old button is gone)
  function focusAfterRender(selector) {
    focusNext = selector;
  }

  function render({ actor, role }) {
    if (role === 'PUBLIC' || actor === 'anonymous') {
      setChildren(slot, el('button', {
        type: 'button', id: 'sign-in', className: 'account-button', 'aria-haspopup': 'dialog',
        onclick: (event) => dialog.open(event.currentTarget),
      }, 'Sign in'));
    } else {
      setChildren(slot,
        el('span', { className: 'account-who', id: 'account-who' },
          `Signed in as ${actor} (${ROLE_NAMES[role] ?? role})`),
        el('button', { type: 'button', id: 'sign-out', className: 'account-button', onclick: signOut }, 'Sign out'));
    }
    if (focusNext) slot.querySelector(focusNext)?.focus();
    focusNext = null;
  }

  async function signOut(event) {
    const button = event.currentTarget;
    button.disabled = true;
    try {
      focusAfterRender('#sign-in');
      await session.signOut();
      announce.textContent = 'Signed out.';
    } catch (error) {
      focusNext = null;
      button.disabled = false;
      announce.textContent = `Could not sign out. ${describeError(error)}`;
    }
  }

  session.onRoleChange((me) => {
    render(me);
    if (me.role !== 'PUBLIC') announce.textContent = `Signed in as ${me.actor} (${ROLE_NAMES[me.role] ?? me.role}).`;
  });
  render(session.me());
}

function signInDialog({ session, onSignedIn }) {
  const username = el('input', {
    id: 'sign-in-username', name: 'username', type: 'text', autocomplete: 'username', autocapitalize: 'none',
    spellcheck: 'false', maxlength: 100, required: true,
  });
  const password = el('input', {
    id: 'sign-in-password', name: 'password', type: 'password', autocomplete: 'current-password', maxlength: 200,
    required: true,
  });
  const error = el('p', { id: 'sign-in-error', className: 'message message-error', role: 'alert' });
  const submit = el('button', { type: 'submit', className: 'primary-button' }, 'Sign in');
  const form = el('form', { className: 'sign-in-form', method: 'dialog', novalidate: true },
    el('h2', { id: 'sign-in-heading' }, 'Sign in'),
    el('p', { className: 'hint' }, 'For the Network\'s editors, leads and peer supporters.'),
    el('label', { for: 'sign-in-username' }, 'User name'),
    username,
    el('label', { for: 'sign-in-password' }, 'Password'),
    password,
    error,
    el('div', { className: 'button-row' },
      submit,
      el('button', { type: 'button', className: 'secondary-button', onclick: () => close() }, 'Cancel')));
  const dialog = el('dialog', { className: 'sign-in-dialog', 'aria-labelledby': 'sign-in-heading' }, form);
  let opener = null;

  function showError(message, fields) {
    error.textContent = message ?? '';
    for (const input of [username, password]) {
      const bad = Boolean(message) && fields.includes(input);
      if (bad) {
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', 'sign-in-error');
      } else {
        input.removeAttribute('aria-invalid');
        input.removeAttribute('aria-describedby');
      }
    }
  }

  function close() {
    dialog.close();
  }

  dialog.addEventListener('close', () => {
    password.value = '';
    showError(null, []);
    form.removeAttribute('aria-busy');
    submit.disabled = false;
    if (opener?.isConnected) opener.focus();
    opener = null;
  });

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const missing = [username, password].filter((input) => !input.value.trim());
    if (missing.length > 0) {
      showError(missing.length === 2 ? 'Enter your user name and password.'
        : missing[0] === username ? 'Enter your user name.' : 'Enter your password.', missing);
      missing[0].focus();
      return;
    }
    showError(null, []);
    form.setAttribute('aria-busy', 'true');
    submit.disabled = true;
    try {
      await session.signIn({ username: username.value.trim(), password: password.value });
      opener = null; // the Sign in button is gone: Sign out takes the focus instead
      dialog.close();
      username.value = '';
      onSignedIn();
    } catch (failure) {
      const refused = failure instanceof SignInRefused;
      showError(refused
        ? `${failure.message}. Check them and try again.`
        : `Could not sign in. ${describeError(failure)}`, refused ? [username, password] : []);
      password.select();
      password.focus();
    } finally {
      form.removeAttribute('aria-busy');
      submit.disabled = false;
    }
  });

  return {
    element: dialog,
    open(from) {
      opener = from;
      dialog.showModal();
      username.focus();
    },
  };
}
