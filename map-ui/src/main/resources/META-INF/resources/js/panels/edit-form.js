// The asset form of the edit view: its fields (those AddAssetInput and UpdateAssetInput take; the opening hours in
// hours-fields.js), filling it from an asset, the simple checks a browser can make, the input for addAsset or the
// changed fields for updateAsset, and errors shown beside their field (aria-invalid, aria-describedby, focus on the
// first).
import { el, setChildren } from '../util/dom.js';
import { createHoursFields } from './hours-fields.js';

export const ACCESSIBILITY_FEATURES = [
  ['STEP_FREE_ACCESS', 'Step-free access'],
  ['ACCESSIBLE_TOILET', 'Accessible toilet'],
  ['BABY_CHANGING', 'Baby changing'],
  ['HEARING_LOOP', 'Hearing loop'],
  ['QUIET_SPACE', 'Quiet space'],
  ['ASSISTANCE_DOGS_WELCOME', 'Assistance dogs welcome'],
];

const TEXT_FIELDS = ['name', 'description', 'address', 'postcode'];
const CONTACT_FIELDS = ['phone', 'email', 'website'];

// The service's argument paths, and the field each is shown beside (input.openingHours...: see hours-fields.js).
const ARGUMENT_FIELDS = {
  'input.name': 'name',
  'input.description': 'description',
  'input.categories': 'categories',
  'input.location.latitude': 'latitude',
  'input.location.longitude': 'longitude',
  'input.location.postcode': 'postcode',
  'input.address': 'address',
  'input.postcode': 'postcode',
  'input.contact.phone': 'phone',
  'input.contact.email': 'email',
  'input.contact.website': 'website',
  'input.free': 'free',
  'input.accessibility': 'accessibility',
  'input.visibility': 'visibility',
};

/**
 * createAssetForm({ onSubmit, onCancel, onPointTyped }) returns { element, setCategories(categories), fill(asset),
 * setPoint(point), point(), addInput(), changes(), showErrors(errors), clearErrors(), setBusy(busy) }.
 * onPointTyped({ latitude, longitude }): the latitude and longitude boxes now hold a valid point.
 */
export function createAssetForm({ onSubmit, onCancel, onPointTyped }) {
  const fields = new Map(); // key -> { controls: [inputs], error: <p>, hint: id | null }
  const summary = el('p', { id: 'edit-form-error', className: 'message message-error', role: 'alert' });
  const categoryGroups = el('div', { className: 'edit-category-groups' });
  const hours = createHoursFields();
  let original = null; // the values the form was filled with (null: adding)
  const fieldOf = (key) => fields.get(key) ?? hours.field(key);
  const control = (key) => fieldOf(key).controls[0];
  const controls = (key) => fieldOf(key).controls;
  const checked = (key) => controls(key).filter((c) => c.checked).map((c) => c.value);
  const setChecked = (key, values) => controls(key).forEach((c) => { c.checked = values.includes(c.value); });


  // hint: its own hint text; sharedHint: the id of a hint already on the page (the location's)
  const text = (key, label, { hint, sharedHint = null, type = 'text', multiline = false, ...attrs } = {}) => {
    const id = `edit-${key}`;
    const control = multiline
      ? el('textarea', { id, name: key, rows: 3, ...attrs })
      : el('input', { id, name: key, type, ...attrs });
    return field(key, [control], el('div', { className: 'edit-field' },
      el('label', { for: id }, label),
      hint ? el('p', { id: `${id}-hint`, className: 'hint' }, hint) : null,
      control,
      errorFor(key)), hint ? `${id}-hint` : sharedHint);
  };

  function errorFor(key) {
    return el('p', { id: `edit-${key}-error`, className: 'field-error' });
  }

  function field(key, controls, wrapper, hint = null) {
    fields.set(key, { controls, error: wrapper.querySelector(`#edit-${key}-error`), hint });
    for (const control of controls) describe(control, hint, null);
    return wrapper;
  }

  const choiceGroup = (key, legend, options, type, { hint } = {}) => {
    const controls = options.map(([value, label]) => el('input', {
      type, name: key, value, id: `edit-${key}-${value.toLowerCase()}`,
    }));
    const hintId = hint ? `edit-${key}-hint` : null;
    return field(key, controls, el('fieldset', { className: `edit-choices edit-${key}` },
      el('legend', {}, legend),
      hint ? el('p', { id: hintId, className: 'hint' }, hint) : null,
      controls.map((control, i) => el('div', { className: 'edit-choice' }, control,
        el('label', { for: control.id }, options[i][1]))),
      errorFor(key)), hintId);
  };

  const submit = el('button', { type: 'submit', className: 'primary-button', id: 'edit-submit' }, 'Add asset');
  const form = el('form', { id: 'edit-form', className: 'edit-form', novalidate: true, 'aria-labelledby': 'edit-form-heading' },
    summary,
    text('name', 'Name (required)', { autocomplete: 'off', maxlength: 200, required: true }),
    text('description', 'Description', { multiline: true, maxlength: 2000 }),
    categoryFieldset(),
    el('fieldset', { className: 'edit-location' },
      el('legend', {}, 'Where it is (required)'),
      el('p', { id: 'edit-location-hint', className: 'hint' },
        'Click the map to place it (drag the marker to move it), type its latitude and longitude, '
        + 'or leave these empty and give its postcode below.'),
      el('div', { className: 'edit-pair' },
        text('latitude', 'Latitude', { sharedHint: 'edit-location-hint', inputmode: 'decimal', autocomplete: 'off', spellcheck: 'false' }),
        text('longitude', 'Longitude', { sharedHint: 'edit-location-hint', inputmode: 'decimal', autocomplete: 'off', spellcheck: 'false' }))),
    text('address', 'Address', { maxlength: 300, autocomplete: 'off' }),
    text('postcode', 'Postcode', { hint: 'For example SW2 1RW.', maxlength: 10, autocomplete: 'off', spellcheck: 'false' }),
    el('fieldset', { className: 'edit-contact' },
      el('legend', {}, 'Contact'),
      text('phone', 'Phone', { type: 'tel', maxlength: 40, autocomplete: 'off' }),
      text('email', 'Email', { type: 'email', hint: 'name@domain, for example hello@example.org', autocomplete: 'off', spellcheck: 'false' }),
      text('website', 'Website', { type: 'url', hint: 'Starting with https:// or http://', autocomplete: 'off', spellcheck: 'false' })),
    choiceGroup('free', 'Cost', [['YES', 'Free'], ['NO', 'Charges'], ['UNKNOWN', 'Not known']], 'radio'),
    hours.element,
    choiceGroup('accessibility', 'Accessibility', ACCESSIBILITY_FEATURES, 'checkbox'),
    choiceGroup('visibility', 'Who can see it', [['PUBLIC', 'Everyone'], ['NETWORK', 'The Network only (peer supporters and above)']], 'radio'),
    el('div', { className: 'button-row' },
      submit,
      el('button', { type: 'button', className: 'secondary-button', id: 'edit-cancel', onclick: () => onCancel() }, 'Clear form')));

  function categoryFieldset() {
    const wrapper = el('fieldset', { className: 'edit-categories' },
      el('legend', {}, 'Categories (at least one)'),
      categoryGroups,
      errorFor('categories'));
    fields.set('categories', { controls: [], error: wrapper.querySelector('#edit-categories-error'), hint: null });
    return wrapper;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onSubmit();
  });
  for (const key of ['latitude', 'longitude']) {
    control(key).addEventListener('change', () => {
      const point = typedPoint();
      if (point.ok && point.value) onPointTyped(point.value);
    });
  }

  /** Shows the categories as checkboxes, grouped under their broader category. */
  function setCategories(categories) {
    const selected = checked('categories');
    const byParent = new Map();
    for (const category of categories) {
      const parent = category.parent ?? category;
      if (!byParent.has(parent.id)) byParent.set(parent.id, { parent, children: [] });
      if (category.parent) byParent.get(parent.id).children.push(category);
    }
    const boxes = [];
    const groups = [...byParent.values()].sort((a, b) => a.parent.name.localeCompare(b.parent.name)).map(({ parent, children }) => {
      const options = [parent, ...children];
      return el('div', { className: 'edit-category-group' },
        options.map((category) => {
          const box = el('input', { type: 'checkbox', name: 'categories', value: category.id, id: `edit-category-${category.id}` });
          boxes.push(box);
          return el('div', { className: `edit-choice${category === parent ? ' edit-category-broad' : ''}` }, box,
            el('label', { for: box.id }, category.name));
        }));
    });
    setChildren(categoryGroups, groups);
    fields.get('categories').controls = boxes;
    setChecked('categories', selected);
  }

  /** Fills the form from an asset (null: empty, for a new one) and remembers it, so changes() can compare. */
  function fill(asset) {
    clearErrors();
    const values = asset ? valuesOf(asset) : emptyValues();
    if (asset) {
      const known = new Set(controls('categories').map((c) => c.value));
      const missing = asset.categories.filter((c) => !known.has(c.id));
      if (missing.length > 0) setCategories([...currentCategories(), ...missing.map((c) => ({ ...c, parent: null }))]);
    }
    for (const key of [...TEXT_FIELDS, ...CONTACT_FIELDS, 'latitude', 'longitude']) control(key).value = values[key];
    setChecked('free', [values.free === true ? 'YES' : values.free === false ? 'NO' : 'UNKNOWN']);
    setChecked('accessibility', values.accessibility);
    setChecked('visibility', [values.visibility]);
    setChecked('categories', values.categories);
    hours.fill(asset?.openingHours ?? null);
    original = asset ? { ...values, hours: hours.value() } : null;
    submit.textContent = asset ? 'Save changes' : 'Add asset';
  }

  function currentCategories() {
    return controls('categories').map((box) => ({ id: box.value, name: box.labels[0]?.textContent ?? box.value, parent: null }));
  }

  function setPoint({ latitude, longitude }) {
    control('latitude').value = String(latitude);
    control('longitude').value = String(longitude);
    showError('latitude', null);
    showError('longitude', null);
  }

  // { ok, value: { latitude, longitude } | null } from the two boxes, or { ok: false } with the errors shown.
  function typedPoint() {
    const [lat, lng] = ['latitude', 'longitude'].map((key) => control(key).value.trim());
    if (!lat && !lng) return { ok: true, value: null };
    const latitude = Number(lat);
    const longitude = Number(lng);
    if (!lat || !Number.isFinite(latitude) || Math.abs(latitude) > 90) return { ok: false, key: 'latitude', problem: 'Enter a latitude in degrees, for example 51.4613.' };
    if (!lng || !Number.isFinite(longitude) || Math.abs(longitude) > 180) return { ok: false, key: 'longitude', problem: 'Enter a longitude in degrees, for example -0.1156.' };
    return { ok: true, value: { latitude, longitude } };
  }

  function current() {
    const values = Object.fromEntries([...TEXT_FIELDS, ...CONTACT_FIELDS].map((key) => [key, control(key).value.trim()]));
    const free = checked('free')[0];
    return {
      ...values,
      free: free === 'YES' ? true : free === 'NO' ? false : null,
      accessibility: checked('accessibility').sort(),
      visibility: checked('visibility')[0] ?? 'PUBLIC',
      categories: checked('categories'),
    };
  }

  /** The checks a browser can make; shows them and returns false when any fails. */
  function check({ adding }) {
    const values = current();
    const problems = [];
    if (!values.name) problems.push({ key: 'name', problem: 'Enter a name.' });
    if (values.categories.length === 0) problems.push({ key: 'categories', problem: 'Choose at least one category.' });
    const point = typedPoint();
    if (!point.ok) problems.push(point);
    else if (!point.value && (!adding || !values.postcode)) {
      problems.push({ key: 'latitude', problem: adding
        ? 'Click the map to place it, or give its postcode below.'
        : 'Click the map to place it, or type its latitude and longitude.' });
    }
    problems.push(...hours.problems());
    showProblems(problems);
    return problems.length === 0;
  }

  /** The AddAssetInput for what the form holds, or null (with the errors shown) when a simple check fails. */
  function addInput() {
    if (!check({ adding: true })) return null;
    const values = current();
    const point = typedPoint().value;
    const input = {
      name: values.name,
      categories: values.categories,
      location: point ?? { postcode: values.postcode },
      visibility: values.visibility,
    };
    for (const key of ['description', 'address', 'postcode']) if (values[key]) input[key] = values[key];
    const contact = Object.fromEntries(CONTACT_FIELDS.filter((key) => values[key]).map((key) => [key, values[key]]));
    if (Object.keys(contact).length > 0) input.contact = contact;
    if (values.free !== null) input.free = values.free;
    if (values.accessibility.length > 0) input.accessibility = values.accessibility;
    if (!hours.isEmpty()) input.openingHours = hours.value();
    return input;
  }

  /** The changed fields only (without id; {} when nothing changed), or null when a simple check fails. */
  function changes() {
    if (!check({ adding: false })) return null;
    const values = current();
    const changed = {};
    for (const key of TEXT_FIELDS) if (values[key] !== original[key]) changed[key] = values[key];
    const contact = Object.fromEntries(CONTACT_FIELDS.filter((key) => values[key] !== original[key]).map((key) => [key, values[key]]));
    if (Object.keys(contact).length > 0) changed.contact = contact;
    if (values.free !== original.free) changed.free = values.free; // null: "Not known" clears it
    const openingHours = hours.value();
    if (JSON.stringify(openingHours) !== JSON.stringify(original.hours)) {
      changed.openingHours = hours.isEmpty() ? null : openingHours; // null clears them
    }
    if (values.accessibility.join() !== original.accessibility.join()) changed.accessibility = values.accessibility;
    if (values.visibility !== original.visibility) changed.visibility = values.visibility;
    if ([...values.categories].sort().join() !== [...original.categories].sort().join()) changed.categories = values.categories;
    const point = typedPoint().value;
    if (String(point.latitude) !== original.latitude || String(point.longitude) !== original.longitude) {
      changed.location = point;
    }
    return changed;
  }

  function showProblems(problems) {
    clearErrors();
    for (const { key, problem } of problems) showError(key, problem);
    if (problems.length > 0) {
      summary.textContent = problems.length === 1
        ? 'Please correct the field marked below.'
        : `Please correct the ${problems.length} fields marked below.`;
      controls(problems[0].key)[0]?.focus();
    }
  }

  /**
   * Shows the service's errors ([{ argument, problem }]) beside their fields and focuses the first; an error
   * naming no known field goes in the form's message. `locationByPostcode`: input.location was the postcode.
   */
  function showErrors(errors, { locationByPostcode = false } = {}) {
    const problems = [];
    const general = [];
    for (const { argument, problem } of errors) {
      const key = ARGUMENT_FIELDS[argument] ?? hours.keyFor(argument)
        ?? (argument === 'input.location' ? (locationByPostcode ? 'postcode' : 'latitude') : null);
      if (key) problems.push({ key, problem: sentence(problem) });
      else general.push(sentence(problem));
    }
    showProblems(problems);
    if (general.length > 0) summary.textContent = [summary.textContent, ...general].filter(Boolean).join(' ');
  }

  function showError(key, problem) {
    const { controls: inputs, error, hint } = fieldOf(key);
    error.textContent = problem ?? '';
    for (const input of inputs) {
      if (problem) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
      describe(input, hint, problem ? error.id : null);
    }
  }

  function clearErrors() {
    summary.textContent = '';
    for (const key of [...fields.keys(), ...hours.keys()]) showError(key, null);
  }

  return {
    element: form,
    setCategories,
    fill,
    setPoint,
    addInput,
    changes,
    showErrors,
    /** A message for the whole form (a failure that names no field). */
    showMessage: (message) => { clearErrors(); summary.textContent = message; },
    clearErrors,
    setBusy(busy) {
      if (busy) form.setAttribute('aria-busy', 'true');
      else form.removeAttribute('aria-busy');
      submit.disabled = busy;
    },
  };
}

function describe(input, hint, error) {
  const ids = [hint, error].filter(Boolean).join(' ');
  if (ids) input.setAttribute('aria-describedby', ids);
  else input.removeAttribute('aria-describedby');
}

// "'x' is not an email address (expected name@domain)" -> "'x' is not an email address (expected name@domain)."
function sentence(text) {
  const trimmed = String(text ?? '').trim();
  const capital = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?)]$/.test(capital) ? capital : `${capital}.`;
}

function emptyValues() {
  return {
    name: '', description: '', address: '', postcode: '', phone: '', email: '', website: '',
    latitude: '', longitude: '', free: null, accessibility: [], visibility: 'PUBLIC', categories: [],
  };
}

function valuesOf(asset) {
  return {
    name: asset.name ?? '',
    description: asset.description ?? '',
    address: asset.address ?? '',
    postcode: asset.postcode ?? '',
    phone: asset.contact?.phone ?? '',
    email: asset.contact?.email ?? '',
    website: asset.contact?.website ?? '',
    latitude: String(asset.location.latitude),
    longitude: String(asset.location.longitude),
    free: asset.free ?? null,
    accessibility: [...(asset.accessibility ?? [])].sort(),
    visibility: asset.visibility ?? 'PUBLIC',
    categories: asset.categories.map((c) => c.id),
  };
}
