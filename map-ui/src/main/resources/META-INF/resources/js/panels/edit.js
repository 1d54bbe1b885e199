// The Edit view (EDITOR and above): find an asset to change (by name, or by clicking its marker), or click the map
// to place a new one; the form (edit-form.js) adds it or sends the changed fields; retiring asks first.
import {
  addAsset, argumentErrors, fetchAssetToEdit, fetchCategories, findAssetsToEdit, retireAsset, updateAsset,
} from '../api/asset-edit.js';
import { describeError } from '../api/graphql.js';
import { el, setChildren } from '../util/dom.js';
import { plural } from '../util/format.js';
import { createAssetForm } from './edit-form.js';

/**
 * createEditView({ section, client, marker, onAssetsChanged }) returns { activate(), deactivate(), selectAsset(id),
 * reset() }. section: the view's <section>; marker: the edit marker (layers/edit-marker.js), whose onMove should call
 * the returned pointChosen(point); onAssetsChanged(): something was added, changed or retired.
 */
export function createEditView({ section, client, marker, onAssetsChanged }) {
  let editing = null; // the asset being changed; null while adding
  let categoriesLoaded = false;
  let active = false;

  const status = el('p', { id: 'edit-status', className: 'edit-status', role: 'status' });
  const finder = createFinder({ client, onChoose: (id) => selectAsset(id) });
  const heading = el('h3', { id: 'edit-form-heading', tabindex: '-1' }, 'Add an asset');
  const form = createAssetForm({
    onSubmit: () => save(),
    onCancel: () => startNew({ announce: 'The form is clear: click the map to place a new asset.' }),
    onPointTyped: (point) => marker.place(point, { pan: true }),
  });
  const retire = createRetirePanel({ onConfirm: (reason) => retireEditing(reason) });

  section.append(
    el('p', { className: 'hint' }, 'Click the map to place a new asset, or find one to change.'),
    finder.element,
    status,
    el('section', { className: 'edit-asset', 'aria-labelledby': 'edit-form-heading' },
      el('div', { className: 'edit-asset-head' },
        heading,
        el('button', { type: 'button', className: 'secondary-button', id: 'edit-new',
          onclick: () => startNew({ focus: true }) }, 'New asset')),
      form.element),
    retire.element,
  );

  async function loadCategories() {
    if (categoriesLoaded) return;
    try {
      form.setCategories(await fetchCategories({ client }));
      categoriesLoaded = true;
    } catch (error) {
      form.showMessage(`The categories could not be loaded. ${describeError(error)}`);
    }
  }

  function startNew({ focus = false, announce = null } = {}) {
    editing = null;
    form.element.removeAttribute('data-asset-id');
    form.fill(null);
    marker.clear();
    setChildren(heading, 'Add an asset');
    retire.hide();
    if (announce) status.textContent = announce;
    if (focus) heading.focus();
  }

  function showEditing(asset) {
    editing = asset;
    form.element.dataset.assetId = asset.id;
    form.fill(asset);
    setChildren(heading, 'Change ', el('q', { className: 'edit-asset-name' }, asset.name));
    retire.show(asset);
    marker.place(asset.location, { pan: true });
  }

  /** Loads an asset into the form (its id from the finder, or its marker clicked while this view shows). */
  async function selectAsset(id) {
    status.textContent = 'Loading the asset…';
    try {
      await loadCategories();
      const asset = await fetchAssetToEdit({ client, id });
      if (!asset) {
        status.textContent = 'That asset is no longer on the map (it may have been retired).';
        return;
      }
      showEditing(asset);
      status.textContent = `Changing “${asset.name}”.`;
      heading.focus();
    } catch (error) {
      status.textContent = `The asset could not be loaded. ${describeError(error)}`;
    }
  }

  async function save() {
    const adding = editing === null;
    const input = adding ? form.addInput() : form.changes();
    if (input === null) return; // the form shows what to correct
    if (!adding && Object.keys(input).length === 0) {
      form.clearErrors();
      status.textContent = 'Nothing has changed, so nothing was saved.';
      return;
    }
    form.setBusy(true);
    status.textContent = adding ? 'Adding…' : 'Saving…';
    try {
      const asset = adding
        ? await addAsset({ client, input })
        : await updateAsset({ client, input: { id: editing.id, ...input } });
      form.clearErrors();
      showEditing(asset);
      status.textContent = adding
        ? `Added “${asset.name}” to the map. You can change it below.`
        : `Saved the changes to “${asset.name}”.`;
      status.scrollIntoView({ block: 'nearest' });
      onAssetsChanged();
    } catch (error) {
      status.textContent = adding ? 'The asset was not added: see the form.' : 'The changes were not saved: see the form.';
      const named = argumentErrors(error);
      if (named.length > 0) form.showErrors(named, { locationByPostcode: adding && !('latitude' in input.location) });
      else form.showMessage(describeError(error));
    } finally {
      form.setBusy(false);
    }
  }

  async function retireEditing(reason) {
    const asset = editing;
    try {
      await retireAsset({ client, id: asset.id, reason });
      startNew();
      status.textContent = `Retired “${asset.name}”: it is no longer on the map.`;
      heading.focus();
      onAssetsChanged();
    } catch (error) {
      retire.showError(`It was not retired. ${describeError(error)}`);
    }
  }

  return {
    activate() {
      active = true;
      marker.enablePlacing();
      loadCategories();
    },
    deactivate() {
      active = false;
      marker.disablePlacing();
    },
    /** The map was clicked, or the marker dragged, while this view shows. */
    pointChosen(point) {
      form.setPoint(point);
      status.textContent = `Place set to latitude ${point.latitude}, longitude ${point.longitude}.`;
    },
    /** An asset's marker was activated: true when this view took it (it shows), false to let the map handle it. */
    takeSelection(asset) {
      if (!active) return false;
      selectAsset(asset.id);
      return true;
    },
    selectAsset,
    /** Forgets the asset being edited (someone signed out). */
    reset() {
      startNew();
      finder.clear();
      status.textContent = '';
    },
  };
}

/** The "find an asset to change" search box and its list of matches. */
function createFinder({ client, onChoose }) {
  const input = el('input', {
    id: 'edit-find', name: 'text', type: 'search', autocomplete: 'off', spellcheck: 'false', maxlength: 200,
    'aria-describedby': 'edit-find-hint',
  });
  const found = el('p', { id: 'edit-find-status', className: 'edit-find-status', role: 'status' });
  const list = el('ul', { id: 'edit-find-results', className: 'edit-find-results', 'aria-label': 'Matching assets' });
  let inFlight = null;

  const element = el('form', { className: 'edit-find', role: 'search', 'aria-label': 'Find an asset to change', novalidate: true,
    onsubmit: (event) => {
      event.preventDefault();
      run(input.value.trim());
    } },
  el('label', { for: 'edit-find' }, 'Find an asset to change'),
  el('p', { id: 'edit-find-hint', className: 'hint' }, 'Words from its name, or click its marker on the map.'),
  el('div', { className: 'search-row' }, input, el('button', { type: 'submit' }, 'Find')),
  found,
  list);

  async function run(text) {
    inFlight?.abort();
    list.replaceChildren();
    if (!text) {
      found.textContent = 'Enter words from the asset’s name.';
      return;
    }
    const controller = new AbortController();
    inFlight = controller;
    found.textContent = 'Searching…';
    try {
      const { totalCount, assets } = await findAssetsToEdit({ client, text, signal: controller.signal });
      if (controller.signal.aborted) return;
      found.textContent = totalCount === 0 ? `No asset matches “${text}”.`
        : totalCount > assets.length ? `${plural(totalCount, 'asset')} match; the best ${assets.length}:`
          : `${plural(totalCount, 'asset')} match:`;
      list.replaceChildren(...assets.map((asset) => el('li', {},
        el('button', { type: 'button', className: 'link-button', dataset: { assetId: asset.id }, onclick: () => onChoose(asset.id) },
          asset.name),
        asset.address || asset.postcode
          ? el('span', { className: 'edit-find-where' }, [asset.address, asset.postcode].filter(Boolean).join(', '))
          : null)));
    } catch (error) {
      if (error?.name === 'AbortError') return;
      found.textContent = `The search failed. ${describeError(error)}`;
    }
  }

  return {
    element,
    clear() {
      input.value = '';
      found.textContent = '';
      list.replaceChildren();
    },
  };
}

/** Retiring, in two steps: "Retire this asset…" shows a confirmation with an optional reason. */
function createRetirePanel({ onConfirm }) {
  const reason = el('textarea', { id: 'retire-reason', name: 'reason', rows: 2, maxlength: 500, 'aria-describedby': 'retire-reason-hint' });
  const error = el('p', { id: 'retire-error', className: 'message message-error', role: 'alert' });
  const question = el('p', { id: 'retire-question', className: 'retire-question', tabindex: '-1' });
  const confirmButton = el('button', { type: 'submit', className: 'danger-button', id: 'retire-confirm' }, 'Yes, retire it');
  const start = el('button', { type: 'button', className: 'secondary-button', id: 'retire-start', 'aria-expanded': 'false',
    'aria-controls': 'retire-confirmation', onclick: () => openConfirmation() }, 'Retire this asset…');
  const confirmation = el('form', { id: 'retire-confirmation', className: 'retire-confirmation', hidden: true, novalidate: true,
    'aria-labelledby': 'retire-question',
    onsubmit: async (event) => {
      event.preventDefault();
      error.textContent = '';
      confirmButton.disabled = true;
      try {
        await onConfirm(reason.value.trim());
      } finally {
        confirmButton.disabled = false;
      }
    } },
  question,
  el('label', { for: 'retire-reason' }, 'Reason (optional)'),
  el('p', { id: 'retire-reason-hint', className: 'hint' }, 'Closed, moved, a duplicate of another record…'),
  reason,
  error,
  el('div', { className: 'button-row' },
    confirmButton,
    el('button', { type: 'button', className: 'secondary-button', onclick: () => closeConfirmation({ focus: true }) }, 'Keep it')));
  const element = el('section', { className: 'edit-retire', 'aria-labelledby': 'retire-heading', hidden: true },
    el('h3', { id: 'retire-heading' }, 'Retire this asset'),
    el('p', { className: 'hint' }, 'A retired asset is no longer shown or found; its record is kept for the audit trail.'),
    start,
    confirmation);

  function openConfirmation() {
    confirmation.hidden = false;
    start.setAttribute('aria-expanded', 'true');
    question.focus();
  }

  function closeConfirmation({ focus = false } = {}) {
    confirmation.hidden = true;
    start.setAttribute('aria-expanded', 'false');
    reason.value = '';
    error.textContent = '';
    if (focus) start.focus();
  }

  return {
    element,
    show(asset) {
      closeConfirmation();
      setChildren(question, 'Retire ', el('q', {}, asset.name), '? It will disappear from the map and from searches.');
      element.hidden = false;
    },
    hide() {
      closeConfirmation();
      element.hidden = true;
    },
    showError(message) {
      error.textContent = message;
    },
  };
}
