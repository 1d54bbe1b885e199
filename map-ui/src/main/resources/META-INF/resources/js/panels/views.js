// The view tabs (Explore, Nearby, Network, Strength, Edit): one panel section shown at a time, the chosen view in
// the URL (?view=...), tabs above the caller's role hidden. Views register { activate(), deactivate() }.
import { readParam, writeParams } from '../util/url-state.js';

export const ROLE_ORDER = ['PUBLIC', 'PEER_SUPPORTER', 'LEAD', 'EDITOR', 'ADMIN'];

/** True when `role` is at least `minimum` in the role order. */
export function roleAtLeast(role, minimum) {
  return ROLE_ORDER.indexOf(role ?? 'PUBLIC') >= ROLE_ORDER.indexOf(minimum ?? 'PUBLIC');
}

/**
 * createViewSwitcher({ tabs, sections, fallback }) returns { register(name, view), show(name), current(), setRole(role) }.
 * tabs: the <a data-view> links; sections: the <section data-view> panels.
 */
export function createViewSwitcher({ tabs, sections, fallback = 'explore' }) {
  const views = new Map();
  let role = 'PUBLIC';
  let current = null;

  const allowed = (name) => {
    const tab = tabs.find((link) => link.dataset.view === name);
    return Boolean(tab) && roleAtLeast(role, tab.dataset.minRole);
  };

  for (const tab of tabs) {
    tab.addEventListener('click', (event) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey) return; // opening in a new tab keeps working
      event.preventDefault();
      show(tab.dataset.view, { focus: true });
    });
  }

  function show(name, { focus = false } = {}) {
    const target = allowed(name) ? name : fallback;
    if (target !== current) {
      views.get(current)?.deactivate?.();
      current = target;
    }
    for (const section of sections) section.hidden = section.dataset.view !== target;
    for (const tab of tabs) {
      if (tab.dataset.view === target) tab.setAttribute('aria-current', 'page');
      else tab.removeAttribute('aria-current');
    }
    writeParams({ view: target === fallback ? null : target });
    document.body.dataset.view = target;
    views.get(target)?.activate?.();
    if (focus) sections.find((section) => section.dataset.view === target)?.querySelector('h2')?.focus();
  }

  function setRole(newRole) {
    role = newRole ?? 'PUBLIC';
    for (const tab of tabs) tab.parentElement.hidden = !roleAtLeast(role, tab.dataset.minRole);
    if (current && !allowed(current)) show(fallback);
  }

  return {
    register(name, view) {
      views.set(name, view);
      if (name === current) view.activate?.();
    },
    show,
    start() { show(readParam('view') ?? fallback); },
    current: () => current,
    setRole,
  };
}
