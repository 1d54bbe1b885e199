// GraphQL over HTTP: POST {query, variables}, answer {data, errors}.
import { ApiError, HttpError, NetworkError, fetchJson } from './http.js';

export { ApiError, HttpError, NetworkError };

/**
 * The service answered with GraphQL errors (bad argument, unknown postcode...).
 * `errors` are the raw error objects; `messages` their texts; `data` any partial data.
 */
export class GraphQLError extends ApiError {
  constructor({ errors, data = null }) {
    const messages = errors.map((error) => String(error?.message ?? 'Unknown error'));
    super(messages.join('\n'));
    this.errors = errors;
    this.messages = messages;
    this.classifications = errors.map((error) => error?.extensions?.classification ?? null);
    this.data = data;
  }
}

/**
 * createGraphQLClient({ endpoint }) returns { request({ query, variables, signal }) },
 * which resolves to `data` or rejects with GraphQLError / HttpError / NetworkError.
 */
export function createGraphQLClient({ endpoint = 'graphql' } = {}) {
  async function request({ query, variables = {}, signal }) {
    const json = await fetchJson({
      url: endpoint,
      method: 'POST',
      body: { query, variables },
      signal,
      acceptError: (status, body) => throwIfGraphQLErrors(body),
    });
    throwIfGraphQLErrors(json);
    if (!json || typeof json.data !== 'object' || json.data === null) {
      throw new HttpError({ url: endpoint, status: 200, body: json, reason: 'GraphQL answer had no data' });
    }
    return json.data;
  }
  return { request };
}

function throwIfGraphQLErrors(json) {
  if (Array.isArray(json?.errors) && json.errors.length > 0) {
    throw new GraphQLError({ errors: json.errors, data: json.data ?? null });
  }
}

/** A sentence a person can act on, for any error thrown by the api/ modules. */
export function describeError(error) {
  if (error instanceof GraphQLError) {
    if (error.classifications.includes('INTERNAL_ERROR')) {
      return 'The map service had a problem answering. Please try again in a moment.';
    }
    return error.messages.join(' ');
  }
  if (error instanceof HttpError) {
    return error.status >= 500
      ? `The map service is not working properly (HTTP ${error.status}). Please try again later.`
      : `The map service refused the request (HTTP ${error.status}).`;
  }
  if (error instanceof NetworkError) {
    return 'Could not reach the map service. Check your connection and try again.';
  }
  return error?.message || 'Something went wrong.';
}
