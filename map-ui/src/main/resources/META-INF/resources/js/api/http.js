// A small fetch wrapper: JSON in, JSON out, and typed errors instead of ad-hoc checks.

/** Base class for everything that can go wrong talking to the service. */
export class ApiError extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** The request never got an answer (offline, refused, DNS...). */
export class NetworkError extends ApiError {
  constructor({ url, cause }) {
    super(`Could not reach ${url}`, { cause });
    this.url = url;
  }
}

/** The service answered, but not with a usable 2xx JSON response. */
export class HttpError extends ApiError {
  constructor({ url, status, statusText = '', body = null, reason = '' }) {
    super(reason || `${url} answered HTTP ${status} ${statusText}`.trim());
    this.url = url;
    this.status = status;
    this.body = body;
  }
}

/**
 * fetchJson({ url, method, body, signal }) resolves to the parsed JSON body.
 * Rejects with NetworkError or HttpError; an aborted request rejects with the
 * browser's AbortError untouched, so callers can ignore it.
 * A non-2xx answer that still carries JSON is returned to `acceptError(status, json)`
 * when given, so protocols like GraphQL can turn it into their own error.
 */
export async function fetchJson({ url, method = 'GET', body, signal, acceptError }) {
  const response = await send({ url, method, body, signal });
  const json = await readJson(response);
  if (response.ok && json !== undefined) return json;
  if (!response.ok && json !== undefined && acceptError) acceptError(response.status, json);
  throw new HttpError({
    url,
    status: response.status,
    statusText: response.statusText,
    body: json ?? null,
    reason: response.ok ? `${url} did not answer with JSON` : '',
  });
}

async function send({ url, method, body, signal }) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  try {
    return await fetch(url, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
      credentials: 'same-origin',
    });
  } catch (error) {
    if (error?.name === 'AbortError') throw error;
    throw new NetworkError({ url, cause: error });
  }
}

async function readJson(response) {
  const type = response.headers.get('Content-Type') ?? '';
  if (!/json/i.test(type)) return undefined;
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}
