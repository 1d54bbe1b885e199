// Asset popups: built as DOM nodes (text only, never HTML from data) and shown as one map-level
// popup, so re-clustering, which replaces markers, never closes it.
import { el } from '../util/dom.js';
import { L } from '../layers/leaflet.js';

/**
 * createAssetPopups({ map, loadAsset }) returns
 *   { remember(assets), show(asset, { focus }), showById({ id, fallback }), showColocated({ assets, latlng, keyboard }) }.
 * loadAsset(id) fetches an asset the map has not loaded (resolves to an asset or null).
 * With focus (a marker opened from the keyboard), focus moves into the popup and Escape
 * closes it and returns focus to where it was.
 */
export function createAssetPopups({ map, loadAsset }) {
  const known = new Map();
  const popup = L.popup({ maxWidth: 320, minWidth: 200, autoPanPadding: [24, 24], className: 'asset-popup-container' });

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
    if (event.popup !== popup || !returnFocusTo) return;
    const active = document.activeElement;
    const focusLost = active === document.body || popup.getElement()?.contains(active);
    if (focusLost && returnFocusTo.isConnected) returnFocusTo.focus();
    returnFocusTo = null;
  });

  function show(asset, { focus = false } = {}) {
    open({ latlng: latLngOf(asset), content: assetPopupContent(asset), focus });
  }

  let latestRequest = 0; // a slow fetch must not replace a popup chosen after it

  async function showById({ id, fallback }) {
    const request = ++latestRequest;
    const asset = known.get(id) ?? (await loadAsset(id).catch(() => null)) ?? fallback;
    if (asset && request === latestRequest) show(asset);
  }

  function showColocated({ assets, latlng, keyboard = false }) {
    const sorted = [...assets].sort((a, b) => a.name.localeCompare(b.name));
    const onSelect = (asset, event) => show(asset, { focus: event.detail === 0 }); // detail 0: keyboard
    open({ latlng, content: colocatedContent({ assets: sorted, onSelect }), focus: keyboard });
  }

  return {
    remember: (assets) => assets.forEach((asset) => known.set(asset.id, asset)),
    show,
    showById,
    showColocated,
  };
}

/** The popup body for one asset. Every field is optional except name and location. */
export function assetPopupContent(asset) {
  const wards = (asset.localities ?? []).filter((l) => l.kind === 'WARD').map((l) => l.name);
  const address = [asset.address, asset.postcode].filter(Boolean).join(', ');
  return el('article', { className: 'asset-popup' },
    el('h2', { className: 'asset-popup-name' }, asset.name),
    categoryLine(asset.categories),
    asset.description ? el('p', { className: 'asset-popup-description' }, asset.description) : null,
    el('dl', { className: 'asset-popup-facts' },
      fact('Address', address || null),
      fact('Ward', wards.length ? wards.join(', ') : asset.inBorough === false ? 'Outside Lambeth' : null),
      fact('Run by', runBy(asset.runBy)),
      fact('Source', asset.source || null)));
}

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

function fact(term, details) {
  if (details == null || (Array.isArray(details) && details.length === 0)) return null;
  return [el('dt', {}, term), el('dd', {}, details)];
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
