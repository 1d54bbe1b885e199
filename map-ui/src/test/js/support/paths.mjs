// Where the served modules are, as file URLs, for the tests' dynamic imports (a query string gives a fresh copy).
const JS = new URL('../../../main/resources/META-INF/resources/js/', import.meta.url);

/** The URL of a served module, e.g. moduleUrl('util/url-state.js'). */
export const moduleUrl = (path) => new URL(path, JS).href;
