// What the live feed brought: a status line ("Live", "Reconnecting…", said in words, not only by colour) and a
// short list of the latest changes, newest first, announced politely to screen readers.
import { el, setChildren } from '../util/dom.js';

const STATUS_TEXT = {
  connecting: 'Connecting to live updates…',
  live: 'Live: changes appear as they are made.',
  reconnecting: 'Reconnecting to live updates… Changes made meanwhile will follow.',
  unavailable: 'Live updates are not available; reload the page to see changes.',
};

const KIND_TEXT = { ADDED: 'Added', UPDATED: 'Updated', RETIRED: 'Removed', IMPORTED: 'Imported', RESYNC: 'Reloaded' };
const SHOWN = 8;

/** createLiveChangesPanel({ status, list }) returns { setStatus(status), add(change) }. */
export function createLiveChangesPanel({ status, list }) {
  const items = [];

  function describe(change) {
    if (change.kind === 'IMPORTED') {
      return `${change.count} place${change.count === 1 ? '' : 's'} imported${change.source ? ` from ${change.source}` : ''}`;
    }
    if (change.kind === 'RESYNC') return 'The map was reloaded to catch up with changes';
    const name = change.asset?.name;
    return name ? `${KIND_TEXT[change.kind]}: ${name}` : `${KIND_TEXT[change.kind]}: a place`;
  }

  return {
    setStatus(state) {
      status.textContent = STATUS_TEXT[state] ?? '';
      status.dataset.state = state;
    },
    add(change) {
      const at = change.at ? new Date(change.at) : new Date();
      items.unshift(el('li', { dataset: { kind: change.kind, position: change.position } },
        el('time', { datetime: at.toISOString() }, at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })),
        ' ', describe(change)));
      items.length = Math.min(items.length, SHOWN);
      setChildren(list, ...items);
    },
  };
}
