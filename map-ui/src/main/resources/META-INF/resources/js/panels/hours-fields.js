// The "Opening hours" fieldset of the asset form: a row per regular weekly span (day, opens, closes) and per dated
// exception (date, closed all day or times), each row added and removed with buttons; its values in the shape of
// OpeningHoursInput, and its fields by key so that the form can show errors beside them (keys follow the service's
// argument paths: input.openingHours.regular[2].closes is 'regular-2-closes').
import { el, setChildren } from '../util/dom.js';

const DAYS = [
  ['MONDAY', 'Monday'], ['TUESDAY', 'Tuesday'], ['WEDNESDAY', 'Wednesday'], ['THURSDAY', 'Thursday'],
  ['FRIDAY', 'Friday'], ['SATURDAY', 'Saturday'], ['SUNDAY', 'Sunday'],
];
const HINT_ID = 'edit-hours-hint';
const PARTS = 'day|opens|closes|closesNextDay|date|closed';
const PATH = new RegExp(`^input\\.openingHours(?:\\.(regular|exceptions)(?:\\[(\\d+)\\](?:\\.(${PARTS}))?)?)?$`);

/**
 * createHoursFields() returns { element, fill(openingHours), value(), isEmpty(), problems(), keyFor(argument),
 * field(key), keys() }. field(key) is { controls, error, hint } like the form's own fields.
 */
export function createHoursFields() {
  let regular = []; // [{ day, opens, closes }]
  let exceptions = []; // [{ date, closed, opens, closes }]
  let fields = new Map();
  // rows are groups (role="group", named "Weekly hours 2"...), so their containers are plain divs, not lists
  const regularList = el('div', { className: 'hours-rows', id: 'edit-regular-rows' });
  const exceptionList = el('div', { className: 'hours-rows', id: 'edit-exceptions-rows' });
  const addSpan = el('button', { type: 'button', className: 'secondary-button', id: 'edit-add-span',
    onclick: () => addRow('regular') }, 'Add weekly hours');
  const addException = el('button', { type: 'button', className: 'secondary-button', id: 'edit-add-exception',
    onclick: () => addRow('exceptions') }, 'Add a date');
  const groupError = el('p', { id: 'edit-hours-error', className: 'field-error' });
  const element = el('fieldset', { className: 'edit-hours', id: 'edit-hours' },
    el('legend', {}, 'Opening hours'),
    el('p', { id: HINT_ID, className: 'hint' },
      'A closing time before the opening time closes after midnight (18:00 to 02:00); 00:00 closes at '
      + 'midnight, and 00:00 to 00:00 is the whole day. Leave the hours empty when they are not known.'),
    groupError,
    el('h4', { className: 'hours-heading' }, 'Every week'),
    regularList,
    addSpan,
    el('h4', { className: 'hours-heading' }, 'Dates with other hours (holidays, closures)'),
    exceptionList,
    addException);

  function render() {
    fields = new Map([['hours', { controls: [], error: groupError, hint: null }]]);
    setChildren(regularList, regular.map((span, i) => spanRow(span, i)));
    setChildren(exceptionList, exceptions.map((exception, i) => exceptionRow(exception, i)));
  }

  function register(key, controls, error, hint = null) {
    fields.set(key, { controls, error, hint });
    if (hint) for (const control of controls) control.setAttribute('aria-describedby', hint);
  }

  function errorFor(key) {
    return el('p', { id: `edit-${key}-error`, className: 'field-error' });
  }

  function labelled(key, label, control) {
    const error = errorFor(key);
    const node = el('div', { className: 'hours-field' }, el('label', { for: control.id }, label), control, error);
    return { error, node };
  }

  function timeInput(key, value) {
    return el('input', { type: 'time', id: `edit-${key}`, name: key, value: value ?? '' });
  }

  function spanRow(span, i) {
    const key = `regular-${i}`;
    const day = el('select', { id: `edit-${key}-day`, name: `${key}-day` },
      DAYS.map(([value, name]) => el('option', { value, selected: value === span.day }, name)));
    const opens = timeInput(`${key}-opens`, span.opens);
    const closes = timeInput(`${key}-closes`, span.closes);
    // the row's own error first: clearing it drops the controls' descriptions, which the fields then restore
    const rowError = errorFor(key);
    register(key, [day, opens, closes], rowError);
    const parts = [labelled(`${key}-day`, 'Day', day), labelled(`${key}-opens`, 'Opens', opens),
      labelled(`${key}-closes`, 'Closes', closes)];
    register(`${key}-day`, [day], parts[0].error);
    register(`${key}-opens`, [opens], parts[1].error, HINT_ID);
    register(`${key}-closesNextDay`, [closes], parts[2].error, HINT_ID);
    register(`${key}-closes`, [closes], parts[2].error, HINT_ID);
    return el('div', { className: 'hours-row', role: 'group', 'aria-label': `Weekly hours ${i + 1}` },
      el('div', { className: 'hours-controls' }, parts.map((part) => part.node),
        el('button', { type: 'button', className: 'secondary-button hours-remove', id: `edit-${key}-remove`,
          'aria-label': `Remove weekly hours ${i + 1}`, onclick: () => removeRow('regular', i) }, 'Remove')),
      rowError);
  }

  function exceptionRow(exception, i) {
    const key = `exceptions-${i}`;
    const date = el('input', {
      type: 'date', id: `edit-${key}-date`, name: `${key}-date`, value: exception.date ?? '',
    });
    const closed = el('input', {
      type: 'checkbox', id: `edit-${key}-closed`, name: `${key}-closed`, checked: exception.closed,
    });
    const opens = timeInput(`${key}-opens`, exception.opens);
    const closes = timeInput(`${key}-closes`, exception.closes);
    const setTimesEnabled = () => { opens.disabled = closed.checked; closes.disabled = closed.checked; };
    closed.addEventListener('change', setTimesEnabled);
    setTimesEnabled();
    const rowError = errorFor(key);
    register(key, [date, opens, closes], rowError);
    const parts = [labelled(`${key}-date`, 'Date', date), labelled(`${key}-opens`, 'Opens', opens),
      labelled(`${key}-closes`, 'Closes', closes)];
    const closedError = errorFor(`${key}-closed`);
    register(`${key}-date`, [date], parts[0].error);
    register(`${key}-closed`, [closed], closedError);
    register(`${key}-opens`, [opens], parts[1].error, HINT_ID);
    register(`${key}-closes`, [closes], parts[2].error, HINT_ID);
    return el('div', { className: 'hours-row', role: 'group', 'aria-label': `Date with other hours ${i + 1}` },
      el('div', { className: 'hours-controls' }, parts[0].node,
        el('div', { className: 'hours-field hours-closed' }, closed,
          el('label', { for: closed.id }, 'Closed all day'), closedError),
        parts[1].node, parts[2].node,
        el('button', { type: 'button', className: 'secondary-button hours-remove', id: `edit-${key}-remove`,
          'aria-label': `Remove date ${i + 1}`, onclick: () => removeRow('exceptions', i) }, 'Remove')),
      rowError);
  }

  /** Reads what the rows hold back into the lists (before they are drawn again). */
  function read() {
    regular = regular.map((_, i) => ({
      day: control(`regular-${i}-day`).value,
      opens: control(`regular-${i}-opens`).value,
      closes: control(`regular-${i}-closes`).value,
    }));
    exceptions = exceptions.map((_, i) => ({
      date: control(`exceptions-${i}-date`).value,
      closed: control(`exceptions-${i}-closed`).checked,
      opens: control(`exceptions-${i}-opens`).value,
      closes: control(`exceptions-${i}-closes`).value,
    }));
  }

  function control(key) {
    return fields.get(key).controls[0];
  }

  function addRow(kind) {
    read();
    if (kind === 'regular') {
      const last = regular[regular.length - 1];
      regular.push({ day: nextDay(last?.day), opens: last?.opens ?? '09:00', closes: last?.closes ?? '17:00' });
    } else {
      exceptions.push({ date: '', closed: true, opens: '', closes: '' });
    }
    render();
    const i = (kind === 'regular' ? regular : exceptions).length - 1;
    control(kind === 'regular' ? `regular-${i}-day` : `exceptions-${i}-date`).focus();
  }

  function removeRow(kind, index) {
    read();
    const rows = kind === 'regular' ? regular : exceptions;
    rows.splice(index, 1);
    render();
    const next = Math.min(index, rows.length - 1);
    if (next >= 0) document.getElementById(`edit-${kind}-${next}-remove`).focus();
    else (kind === 'regular' ? addSpan : addException).focus();
  }

  function value() {
    read();
    return {
      regular: regular.map(({ day, opens, closes }) => ({ day, opens, closes: wholeDay(opens, closes) })),
      exceptions: exceptions.map(({ date, closed, opens, closes }) => (closed
        ? { date, closed: true } : { date, closed: false, opens, closes: wholeDay(opens, closes) })),
    };
  }

  render();

  return {
    element,
    /** Shows these hours (OpeningHours as the service gives them; null: none). */
    fill(openingHours) {
      regular = (openingHours?.regular ?? []).map(({ day, opens, closes }) => ({ day, opens, closes }));
      exceptions = (openingHours?.exceptions ?? []).map(({ date, closed, opens, closes }) => ({
        date, closed, opens: opens ?? '', closes: closes ?? '',
      }));
      render();
    },
    value,
    isEmpty() {
      const { regular: spans, exceptions: dates } = value();
      return spans.length === 0 && dates.length === 0;
    },
    /** The checks a browser can make: every time and date filled in. */
    problems() {
      const { regular: spans, exceptions: dates } = value();
      const problems = [];
      spans.forEach(({ opens, closes }, i) => {
        if (!opens) problems.push({ key: `regular-${i}-opens`, problem: 'Enter the time it opens.' });
        if (!closes) problems.push({ key: `regular-${i}-closes`, problem: 'Enter the time it closes.' });
      });
      dates.forEach(({ date, closed, opens, closes }, i) => {
        if (!date) problems.push({ key: `exceptions-${i}-date`, problem: 'Enter the date.' });
        if (!closed && !opens) {
          problems.push({ key: `exceptions-${i}-opens`, problem: 'Enter the time it opens, or tick Closed all day.' });
        }
        if (!closed && !closes) problems.push({ key: `exceptions-${i}-closes`, problem: 'Enter the time it closes.' });
      });
      return problems;
    },
    /** The key of the field a service argument path names, or null when it names none of these. */
    keyFor(argument) {
      const match = PATH.exec(argument);
      if (!match) return null;
      const [, kind, index, part] = match;
      if (!kind || index === undefined) return 'hours';
      const key = part ? `${kind}-${index}-${part}` : `${kind}-${index}`;
      return fields.has(key) ? key : 'hours';
    },
    field: (key) => fields.get(key),
    keys: () => [...fields.keys()],
  };
}

// A time box cannot hold 24:00: 00:00 to 00:00 is sent as the service's whole day, 00:00 to 24:00.
function wholeDay(opens, closes) {
  return opens === '00:00' && closes === '00:00' ? '24:00' : closes;
}

function nextDay(day) {
  const i = DAYS.findIndex(([value]) => value === day);
  return DAYS[(i + 1) % DAYS.length][0];
}
