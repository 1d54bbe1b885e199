/**
 * Operating the service: answers while the database cannot be reached (503 with a clear error, never 500), and the
 * drain on shutdown (new requests refused with 503 while those in flight finish). The health groups themselves are
 * configuration ({@code management.endpoint.health.group.*}); the search index's part in readiness is
 * {@code asset.index.SearchIndexHealth}, the live sockets' goodbye {@code live.LiveSockets}.
 */
package org.lambeth.livingwell.ops;
