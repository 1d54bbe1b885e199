/**
 * Operating the service: the request id (taken from a safe {@code X-Request-Id} or made, put in the logging MDC for
 * every log line of the request, echoed as a response header and added to every GraphQL error's extensions), the
 * GraphQL meters (errors by classification and limit, request timers tagged with their root fields) and the
 * propagation of the MDC to the threads GraphQL data fetchers run on. Never a person's data in a tag: tags are
 * schema field names, classifications and limit names only.
 */
package org.lambeth.livingwell.telemetry;
