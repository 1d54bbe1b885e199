package org.lambeth.livingwell.security;

import org.lambeth.livingwell.viewer.Role;

import static org.lambeth.livingwell.viewer.Role.ADMIN;
import static org.lambeth.livingwell.viewer.Role.EDITOR;
import static org.lambeth.livingwell.viewer.Role.LEAD;
import static org.lambeth.livingwell.viewer.Role.PEER_SUPPORTER;
import static org.lambeth.livingwell.viewer.Role.PUBLIC;

import java.util.List;

/**
 * Who may use what: the policy the security tests hold the service to, written down apart from the schema (a change
 * of access must change this file too). One row per way in: a GraphQL root field (with an operation that uses it) or
 * an HTTP endpoint.
 */
final class AccessMatrix {

    /** A GraphQL operation and the lowest role that may run it. */
    record Field(String field, Role lowest, String operation) {
    }

    /** An HTTP endpoint and the status each role gets (PUBLIC, PEER_SUPPORTER, LEAD, EDITOR, ADMIN). */
    record Endpoint(String method, String path, int[] statusByRole) {
    }

    static final List<Field> FIELDS = List.of(
            // public: assets, places, organisations and aggregates
            new Field("me", PUBLIC, "{ me { role } }"),
            new Field("assets", PUBLIC, "{ assets(first: 1) { edges { node { id } } } }"),
            new Field("assetFacets", PUBLIC, "{ assetFacets { __typename } }"),
            new Field("assetClusters", PUBLIC,
                    "{ assetClusters(box: {south: 51.44, west: -0.15, north: 51.46, east: -0.10}, zoom: 14) "
                            + "{ __typename } }"),
            new Field("nearest", PUBLIC,
                    "{ nearest(place: {postcode: \"SE11 5QY\"}, category: \"library\", n: 1) { distanceMetres } }"),
            new Field("assetsNear", PUBLIC,
                    "{ assetsNear(near: {postcode: \"SE11 5QY\"}, radiusMetres: 500, first: 1) { __typename } }"),
            new Field("asset", PUBLIC, "{ asset(id: \"no-such-asset\") { id } }"),
            new Field("categories", PUBLIC, "{ categories { id parentId } }"),
            new Field("coverage", PUBLIC, "{ coverage(category: \"library\") { __typename } }"),
            new Field("localities", PUBLIC, "{ localities(kind: BOROUGH) { id } }"),
            new Field("organisations", PUBLIC, "{ organisations(first: 1) { __typename } }"),
            new Field("networkStrengthHistory", PUBLIC, "{ networkStrengthHistory { id } }"),
            new Field("changeFeedPosition", PUBLIC, "{ changeFeedPosition }"),
            new Field("networkMap", PUBLIC, "{ networkMap { crossLocalityTies } }"),
            // signed in: live analysis (people anonymous below LEAD), people and their skills
            new Field("networkStrength", PEER_SUPPORTER, "{ networkStrength { crossTies } }"),
            new Field("keyConnectors", PEER_SUPPORTER, "{ keyConnectors(top: 1) { __typename } }"),
            new Field("whatIf", PEER_SUPPORTER, "{ whatIf(remove: [\"nobody\"]) { __typename } }"),
            new Field("communities", PEER_SUPPORTER, "{ communities { __typename } }"),
            new Field("people", PEER_SUPPORTER, "{ people(first: 1) { __typename } }"),
            new Field("person", PEER_SUPPORTER, "{ person(id: \"demo-person-0001\") { id } }"),
            new Field("skills", PEER_SUPPORTER, "{ skills { id } }"),
            // leads: about one person; snapshots
            new Field("reach", LEAD, "{ reach(personId: \"demo-person-0923\", hops: 1) { __typename } }"),
            new Field("takeNetworkSnapshot", LEAD, "mutation { takeNetworkSnapshot(input: {}) { snapshot { id } } }"),
            // editors: assets (the operations are refused by validation when allowed, so nothing is written)
            new Field("addAsset", EDITOR, "mutation { addAsset(input: {name: \"\", categories: [\"library\"], "
                    + "location: {latitude: 51.45, longitude: -0.12}}) { __typename } }"),
            new Field("updateAsset", EDITOR,
                    "mutation { updateAsset(input: {id: \"no-such-asset\", name: \"x\"}) { __typename } }"),
            new Field("retireAsset", EDITOR, "mutation { retireAsset(input: {id: \"no-such-asset\"}) { __typename } }"),
            new Field("importAssets", EDITOR, "mutation { importAssets(input: {upload: \"no-such-upload\", format: "
                    + "CSV, source: \"matrix\"}) { __typename } }"),
            // administrators
            new Field("apiKeys", ADMIN, "{ apiKeys { id } }"),
            new Field("createApiKey", ADMIN,
                    "mutation { createApiKey(input: {name: \"matrix\", role: PUBLIC}) { apiKey { id } } }"),
            new Field("revokeApiKey", ADMIN, "mutation { revokeApiKey(input: {id: \"no-such-key\"}) { __typename } }"),
            new Field("auditTrail", ADMIN, "{ auditTrail(first: 1) { __typename } }"),
            new Field("erasePerson", ADMIN, "mutation { erasePerson(input: {id: \"no-such-person\"}) { __typename } }"));

    /** Assets known inside the Network only. */
    static final List<Field> NETWORK_ASSETS = List.of(
            new Field("assets", PEER_SUPPORTER, "{ assets(filter: {visibility: [NETWORK]}) { __typename } }"),
            new Field("assetFacets", PEER_SUPPORTER,
                    "{ assetFacets(filter: {visibility: [PUBLIC, NETWORK]}) { __typename } }"),
            new Field("assetClusters", PEER_SUPPORTER,
                    "{ assetClusters(box: {south: 51.44, west: -0.15, north: 51.46, east: -0.10}, zoom: 14, "
                            + "filter: {visibility: [NETWORK]}) { __typename } }"));

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/", new int[] {200, 200, 200, 200, 200}),
            new Endpoint("GET", "/api/map-config", new int[] {200, 200, 200, 200, 200}),
            new Endpoint("GET", "/actuator/health", new int[] {200, 200, 200, 200, 200}),
            new Endpoint("GET", "/actuator/info", new int[] {200, 200, 200, 200, 200}),
            // metrics: operational figures, for ADMIN (a scraper signs in with a bearer token holding ADMIN)
            new Endpoint("GET", "/actuator/prometheus", new int[] {401, 403, 403, 403, 200}),
            new Endpoint("GET", "/api/admin/audit.csv", new int[] {401, 403, 403, 403, 200}),
            // the Open Referral UK feed: public; an {id} is sent as a UUID nothing has (see AccessMatrixIT)
            new Endpoint("GET", "/openreferral", new int[] {200, 200, 200, 200, 200}),
            new Endpoint("GET", "/openreferral/", new int[] {200, 200, 200, 200, 200}),
            new Endpoint("GET", "/openreferral/services", new int[] {200, 200, 200, 200, 200}),
            new Endpoint("GET", "/openreferral/services/{id}", new int[] {404, 404, 404, 404, 404}),
            new Endpoint("GET", "/openreferral/service_at_locations", new int[] {200, 200, 200, 200, 200}),
            new Endpoint("GET", "/openreferral/taxonomies", new int[] {200, 200, 200, 200, 200}),
            new Endpoint("GET", "/openreferral/taxonomies/{id}", new int[] {404, 404, 404, 404, 404}),
            new Endpoint("GET", "/openreferral/taxonomy_terms", new int[] {200, 200, 200, 200, 200}),
            new Endpoint("GET", "/openreferral/taxonomy_terms/{id}", new int[] {404, 404, 404, 404, 404}),
            new Endpoint("GET", "/openreferral/organizations", new int[] {200, 200, 200, 200, 200}),
            new Endpoint("GET", "/openreferral/organizations/{id}", new int[] {404, 404, 404, 404, 404}),
            new Endpoint("GET", "/api/admin/backup", new int[] {401, 403, 403, 403, 200}),
            // an empty upload is kept (for its uploader only) until it expires; nothing reaches the graph
            new Endpoint("POST", "/api/imports/uploads", new int[] {401, 403, 403, 201, 201}),
            new Endpoint("GET", "/api/exports/assets.geojson", new int[] {200, 200, 200, 200, 200}),
            new Endpoint("GET", "/api/exports/assets.csv", new int[] {200, 200, 200, 200, 200}),
            new Endpoint("GET", "/api/exports/localities.geojson", new int[] {200, 200, 200, 200, 200}),
            new Endpoint("GET", "/api/exports/network.kumu.json", new int[] {200, 200, 200, 200, 200}),
            new Endpoint("GET", "/api/exports/network.graphml", new int[] {200, 200, 200, 200, 200}),
            new Endpoint("GET", "/actuator/env", new int[] {404, 404, 404, 404, 404}),
            new Endpoint("GET", "/actuator/heapdump", new int[] {404, 404, 404, 404, 404}));

    private AccessMatrix() {
    }
}
