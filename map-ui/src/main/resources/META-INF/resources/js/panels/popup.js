// The asset panel: one map-level popup (so re-clustering, which replaces markers, never closes it) built as DOM
// nodes (text only, never HTML from data). It opens at once with what the marker or list row knows, then fills in
// the full record (hours, accessibility, cost, contact, who runs it) from `asset(id)`.
import { el } from '../util/dom.js';
import { formatCost, formatException, featureName, weeklyHours } from '../util/format.js';
import { L } from '../layers/leaflet.js';

/**
 * createAssetPopups({ map, loadAsset, onOpen, onClose }) returns
 *   { show(asset, { focus }), showById({ id, fallback, focus }), showColocated({ assets, latlng, keyboard }), close() }.
 * loadAsset(id) fetches an asset's full record (resolves to an asset or null); records are kept once fetched.
 * onOpen(asset) / onClose(): an asset's panel opened / the panel closed (to highlight it in the lists).
 * With focus (a marker opened from the keyboard), focus moves into the popup and Escape
 * closes it and returns focus to where it was.
 */
export function createAssetPopups({ map, loadAsset, onOpen = () => {}, onClose = () => {} }) {
  const detailed = new Map(); // id -> full record
  const popup = L.popup({
    // on a phone the panel must fit beside the map's edges
    maxWidth: Math.min(340, map.getSize().x - 64), minWidth: Math.min(220, map.getSize().x - 64),
    autoPanPadding: [24, 24], className: 'asset-popup-container',
    maxHeight: Math.max(220, Math.round(map.getSize().y * 0.7)),
  });

  let returnFocusTo = null; // the marker or button a keyboard user opened the popup from

  function open({ latlng, content, focus = false }) {
    const active = document.activeElement;
    if (focus && !popup.getElement()?.contains(active)) returnFocusTo = active;
    if (!focus) returnFocusTo = null;
    popup.setLatLng(latlng).setContent(content).openOn(map);
    if (focus) {
      content.setAttribute('tabindex', '-1');
      content.focus({ preventScroll: true });
    }
  }

  // Escape anywhere in the popup (its text or its close button) closes it.
  map.getContainer().addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && popup.getElement()?.contains(event.target)) map.closePopup(popup);
  });

  map.on('popupclose', (event) => {
    if (event.popup !== popup) return;
    onClose();
    if (!returnFocusTo) return;
    const active = document.activeElement;
    const focusLost = active === document.body || popup.getElement()?.contains(active);
    if (focusLost && returnFocusTo.isConnected) returnFocusTo.focus();
    returnFocusTo = null;
  });

  let latestRequest = 0; // a slow fetch must not replace a panel chosen after it

  /** Opens the asset at once with what is known, then with its full record. */
  async function show(asset, { focus = false } = {}) {
    const request = ++latestRequest;
    const known = detailed.get(asset.id);
    open({ latlng: latLngOf(asset), content: assetPopupContent(known ?? asset, { loading: !known }), focus });
    onOpen(asset);
    if (known) return;
    const full = await loadAsset(asset.id).catch(() => null);
    if (!full) {
      if (request === latestRequest) replaceContent(assetPopupContent(asset, { failed: true }));
      return;
    }
    detailed.set(full.id, full);
    if (request === latestRequest && popup.isOpen()) replaceContent(assetPopupContent(full));
  }

  // Swap the body, keeping focus inside the panel when it was there.
  function replaceContent(content) {
    const hadFocus = popup.getElement()?.contains(document.activeElement);
    popup.setContent(content);
    if (hadFocus) {
      content.setAttribute('tabindex', '-1');
      content.focus({ preventScroll: true });
    }
  }

  async function showById({ id, fallback, focus = false }) {
    const asset = detailed.get(id) ?? fallback ?? (await loadAsset(id).catch(() => null));
    if (asset) show(asset, { focus });
  }

  function showColocated({ assets, latlng, keyboard = false }) {
    const sorted = [...assets].sort((a, b) => a.name.localeCompare(b.name));
    const onSelect = (asset, event) => show(asset, { focus: event.detail === 0 }); // detail 0: keyboard
    open({ latlng, content: colocatedContent({ assets: sorted, onSelect }), focus: keyboard });
  }

  return { show, showById, showColocated, close: () => map.closePopup(popup) };
}

/**
 * The panel body for one asset. Every field is optional except name and location; `loading` while the full
 * record is on its way, `failed` when it could not be fetched.
 */
export function assetPopupContent(asset, { loading = false, failed = false } = {}) {
  const wards = (asset.localities ?? []).filter((l) => l.kind === 'WARD').map((l) => l.name);
  const address = [asset.address, asset.postcode].filter(Boolean).join(', ');
  const complete = !loading && !failed;
  return el('article', { className: 'asset-popup', dataset: { assetId: asset.id, state: complete ? 'complete' : loading ? 'loading' : 'failed' } },
    el('h2', { className: 'asset-popup-name' }, asset.name),
    categoryLine(asset.categories),
    asset.description ? el('p', { className: 'asset-popup-description' }, asset.description) : null,
    el('dl', { className: 'asset-popup-facts' },
      fact('Address', address || null),
      fact('Ward', wards.length ? wards.join(', ') : asset.inBorough === false ? 'Outside Lambeth' : null),
      complete ? fact('Open', openLine(asset.openingHours), 'asset-hours') : null,
      complete ? fact('Access', accessLine(asset.accessibility), 'asset-access') : null,
      complete ? fact('Cost', formatCost(asset.free) ?? 'Not recorded', 'asset-cost') : null,
      complete ? fact('Contact', contactLinks(asset.contact), 'asset-contact') : null,
      complete ? fact('Run by', runBy(asset.runBy).length ? runBy(asset.runBy) : 'Not recorded', 'asset-run-by') : null,
      fact('Source', asset.source || null)),
    complete ? hoursTable(asset.openingHours) : null,
    complete ? introduction(asset) : null,
    loading ? el('p', { className: 'asset-popup-note', role: 'status' }, 'Loading opening hours and contact details…') : null,
    failed ? el('p', { className: 'asset-popup-note' }, 'Opening hours and contact details could not be loaded.') : null);
}

function openLine(hours) {
  if (!hours) return 'Hours not recorded';
  return hours.openNow ? 'Open now' : 'Closed now';
}

function hoursTable(hours) {
  if (!hours || (hours.regular ?? []).length === 0) return null;
  const rows = weeklyHours(hours.regular);
  const exceptions = (hours.exceptions ?? []).slice(0, 5);
  return el('div', { className: 'asset-popup-hours' },
    el('table', { className: 'hours-table' },
      el('caption', {}, 'Opening hours (UK time)'),
      el('tbody', {}, rows.map(({ day, hours: text }) => el('tr', {}, el('th', { scope: 'row' }, day), el('td', {}, text))))),
    exceptions.length
      ? el('ul', { className: 'hours-exceptions', 'aria-label': 'Dates with different hours' },
        exceptions.map((exception) => el('li', {}, formatException(exception))))
      : null);
}

function accessLine(features) {
  if (!features || features.length === 0) return 'No accessibility features recorded';
  return el('ul', { className: 'feature-list' }, features.map((f) => el('li', {}, featureName(f))));
}

function contactLinks(contact) {
  const items = [];
  if (contact?.phone) items.push(el('a', { href: `tel:${contact.phone.replace(/[^0-9+]/g, '')}` }, contact.phone));
  if (contact?.email && /^[^\s@]+@[^\s@]+$/.test(contact.email)) {
    items.push(el('a', { href: `mailto:${contact.email}` }, contact.email));
  }
  const website = safeWebsite(contact?.website);
  if (website) {
    items.push(el('a', { href: website, target: '_blank', rel: 'noopener noreferrer' },
      displayUrl(website), el('span', { className: 'visually-hidden' }, ' (opens in a new tab)')));
  }
  if (items.length === 0) return 'Not recorded';
  return el('ul', { className: 'contact-list' }, items.map((item) => el('li', {}, item)));
}

// How to be introduced: honest about what the map can do (it does not book or refer).
function introduction(asset) {
  const hasContact = Boolean(asset.contact?.phone || asset.contact?.email || safeWebsite(asset.contact?.website));
  const organisation = (asset.runBy ?? [])[0]?.name;
  const who = organisation ? `contact ${organisation}` : 'contact the place';
  const text = hasContact
    ? `To be introduced, ask a peer supporter in the Living Well Network, or ${who} yourself using the details above.`
    : `To be introduced, ask a peer supporter in the Living Well Network: no contact details are recorded for this place yet.`;
  return el('p', { className: 'asset-popup-intro' }, el('strong', {}, 'Getting introduced: '), text);
}

const displayUrl = (href) => href.replace(/^https?:\/\//, '').replace(/\/$/, '');

function colocatedContent({ assets, onSelect }) {
  // This click replaces the popup's content, detaching the button; were the click to reach the
  // map, Leaflet could no longer tell it came from inside the popup and would close it.
  const choose = (asset, event) => {
    event.stopPropagation();
    onSelect(asset, event);
  };
  return el('div', { className: 'asset-popup' },
    el('h2', { className: 'asset-popup-name' }, `${assets.length} places here`),
    el('ul', { className: 'colocated-list' },
      assets.map((asset) => el('li', {},
        el('button', { type: 'button', className: 'link-button', onclick: (event) => choose(asset, event) }, asset.name)))));
}

function categoryLine(categories) {
  const names = (categories ?? []).map((c) => c.name).filter(Boolean);
  return names.length ? el('p', { className: 'asset-popup-categories' }, names.join(' · ')) : null;
}

function fact(term, details, className = null) {
  if (details == null || (Array.isArray(details) && details.length === 0)) return null;
  return [el('dt', {}, term), el('dd', { className }, details)];
}

function runBy(organisations) {
  const items = (organisations ?? []).map((org) => {
    const href = safeWebsite(org.website);
    return href
      ? el('a', { href, target: '_blank', rel: 'noopener noreferrer' },
        org.name, el('span', { className: 'visually-hidden' }, ' (opens in a new tab)'))
      : org.name;
  });
  return items.flatMap((item, i) => (i === 0 ? [item] : [', ', item]));
}

// Only http(s) links from data: never javascript: or data: URLs.
function safeWebsite(website) {
  if (!website) return null;
  try {
    const url = new URL(website);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

const latLngOf = (asset) => [asset.location.latitude, asset.location.longitude];
