// Small DOM builders. Text always goes in as text nodes (never parsed as HTML),
// so data from the API can be passed straight in without escaping.

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Creates an HTML element.
 *   el('li', { className: 'result', tabindex: 0, onclick: fn }, el('strong', {}, name), ' text')
 * attrs: className, dataset (object), on<event> (function) or any attribute (string/number/true).
 * children: nodes, strings/numbers (added as text), arrays, null/false (skipped).
 */
export function el(tag, attrs = {}, ...children) {
  return build(document.createElement(tag), attrs, children);
}

/** Creates an SVG element, with the same attrs/children rules as el(). */
export function svgEl(tag, attrs = {}, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

/** Replaces all children of a node. */
export function setChildren(node, ...children) {
  node.replaceChildren();
  appendChildren(node, children);
  return node;
}

/**
 * Returns the HTML-escaped form of plain text, for the few Leaflet APIs that only
 * take HTML strings (the attribution control). The browser does the escaping.
 */
export function textAsHtml(text) {
  const holder = document.createElement('span');
  holder.textContent = String(text);
  return holder.innerHTML;
}

function build(node, attrs, children) {
  for (const [name, value] of Object.entries(attrs ?? {})) {
    setAttribute(node, name, value);
  }
  appendChildren(node, children);
  return node;
}

function setAttribute(node, name, value) {
  if (value == null || value === false) return;
  if (name === 'className') {
    node.setAttribute('class', value);
  } else if (name === 'dataset') {
    Object.assign(node.dataset, value);
  } else if (name.startsWith('on')) {
    if (typeof value !== 'function') throw new TypeError(`${name} must be a function`);
    node.addEventListener(name.slice(2).toLowerCase(), value);
  } else {
    node.setAttribute(name, value === true ? '' : String(value));
  }
}

function appendChildren(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    node.append(child instanceof Node ? child : String(child));
  }
}
