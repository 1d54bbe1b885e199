// The Strength view's tables: the North–South figures (now, and after a what-if removal), cross ties by kind, and
// members shown with a "remove" toggle. Raw values ride in data-value so what is shown can be checked exactly.
import { el } from '../util/dom.js';
import { SIDE_NAMES } from '../util/sides.js';
import { TIE_STYLES } from '../layers/network-ties.js';

const PEOPLE_TIE_LABELS = { KNOWS: 'Knows (people)', INTRODUCTION: 'Introduction' };

/** The figures of a networkStrength report, in display order: [key, label, value, format]. */
export function figures(report) {
  const [north, south] = report.sides;
  const side = (s) => SIDE_NAMES[s.locality.id] ?? s.locality.name;
  return [
    ['membersNorth', `Members in ${side(north)}`, north.members, 'int'],
    ['membersSouth', `Members in ${side(south)}`, south.members, 'int'],
    ['tiesNorth', `Ties within ${side(north)}`, north.ties, 'int'],
    ['tiesSouth', `Ties within ${side(south)}`, south.ties, 'int'],
    ['densityNorth', `Density of ${side(north)}`, north.density, 'ratio'],
    ['densitySouth', `Density of ${side(south)}`, south.density, 'ratio'],
    ['crossTies', 'Ties across', report.crossTies, 'int'],
    ['eiIndex', 'E-I index (−1 inward … +1 outward)', report.eiIndex, 'index'],
    ['independentPaths', 'Independent paths between the sides', report.independentPaths, 'int'],
    ['crossIntroductions', 'Introductions across', report.crossIntroductions, 'int'],
  ];
}

export function formatFigure(value, format) {
  if (format === 'ratio') return value.toFixed(4);
  if (format === 'index') return value.toFixed(2);
  return String(value);
}

/** The figures table: one column now, and a second "without them" column when `after` is given. */
export function figuresTable(before, after) {
  const rowsBefore = figures(before);
  const rowsAfter = after ? figures(after) : null;
  return el('div', { className: 'table-scroll', tabindex: 0, role: 'region', 'aria-label': 'North–South figures' },
    el('table', { className: 'data-table strength-figures' },
      el('caption', { className: 'visually-hidden' }, after ? 'North–South figures now and without the members removed' : 'North–South figures now'),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Figure'), el('th', { scope: 'col' }, 'Now'),
        after ? el('th', { scope: 'col' }, 'Without them') : null)),
      el('tbody', {}, rowsBefore.map(([key, label, value, format], i) => {
        const changed = rowsAfter && rowsAfter[i][2] !== value;
        return el('tr', { dataset: { figure: key } },
          el('th', { scope: 'row' }, label),
          el('td', { className: 'figure-now', dataset: { value: String(value) } }, formatFigure(value, format)),
          rowsAfter ? el('td', { className: `figure-after${changed ? ' figure-changed' : ''}`, dataset: { value: String(rowsAfter[i][2]) } },
            formatFigure(rowsAfter[i][2], format), changed ? el('span', { className: 'visually-hidden' }, ' (changed)') : null,
            changed ? el('span', { 'aria-hidden': 'true' }, rowsAfter[i][2] > value ? ' ▲' : ' ▼') : null) : null);
      }))));
}

export function kindTable(kinds) {
  return el('table', { className: 'data-table strength-kinds' },
    el('caption', {}, 'Ties across, by kind'),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Kind'), el('th', { scope: 'col' }, 'Ties'), el('th', { scope: 'col' }, 'Share'))),
    el('tbody', {}, kinds.map((entry) => el('tr', { dataset: { kind: entry.kind } },
      el('th', { scope: 'row' }, TIE_STYLES[entry.kind]?.label ?? PEOPLE_TIE_LABELS[entry.kind] ?? entry.kind),
      el('td', {}, String(entry.count)),
      el('td', {}, `${Math.round(entry.share * 100)}%`)))));
}

/** How a member reads: its name, or, for a person not named to this viewer, "A person in North". */
export function memberLabel(member) {
  const where = SIDE_NAMES[member.side] ? ` in ${SIDE_NAMES[member.side]}` : '';
  if (member.name) return `${member.name} (${member.kind.toLowerCase()}${where})`;
  return `A ${member.kind === 'PERSON' ? 'person' : member.kind.toLowerCase()}${where}, not named to you`;
}

/**
 * A list of members, each with a "Remove" toggle (aria-pressed) when it has an id; onToggle(member) flips it.
 * isRemoved(id) says whether it is currently removed.
 */
export function memberList(members, { className, onToggle, isRemoved, extra = () => null }) {
  return el('ul', { className: `member-list ${className}` }, members.map((member) => el('li', { dataset: { id: member.id ?? '' } },
    el('span', { className: 'member-name' }, memberLabel(member)), extra(member),
    member.id ? el('button', {
      type: 'button', className: 'toggle-remove', 'aria-pressed': String(isRemoved(member.id)),
      dataset: { id: member.id },
      'aria-label': `${isRemoved(member.id) ? 'Put back' : 'Remove'} ${member.name ?? member.id}`,
      onclick: () => onToggle(member),
    }, isRemoved(member.id) ? 'Put back' : 'Remove') : null)));
}
