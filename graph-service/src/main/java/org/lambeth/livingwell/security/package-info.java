/**
 * The filter chain (built-in login, API keys, OIDC bearer tokens, CSP, CORS, rate and size limits), the viewer of
 * each request, and {@code FieldAccess}, the written access policy every GraphQL field is checked against.
 */
package org.lambeth.livingwell.security;
