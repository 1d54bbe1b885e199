package org.lambeth.livingwell.export;

import java.util.List;

/** Rows and networks for the exports' unit tests. */
final class ExportRows {

    private ExportRows() {
    }

    static AssetRow asset(String id, String name, double latitude, double longitude) {
        return new AssetRow(id, name, "A place, with \"quotes\", commas\nand a new line", latitude, longitude,
                "1 High St", "SW9 8HE", "020 7926 1000", "hello@example.org", "https://example.org", true,
                List.of("STEP_FREE", "HEARING_LOOP"), "PUBLIC", "2026-01-02T03:04:05Z",
                List.of(new AssetRow.Named("library", "Library"), new AssetRow.Named("cafe", "Cafe")),
                List.of(new AssetRow.Named("org-lambeth-council", "Lambeth Council")),
                List.of("E05014098", "half-south"));
    }

    static AssetRow bare(String id, String name) {
        return new AssetRow(id, name, null, 51.46, -0.11, null, null, null, null, null, null, List.of(), "NETWORK",
                null, List.of(), List.of(), List.of());
    }

    static Network network() {
        return new Network(List.of(
                new Network.Element("organisation:org-a", "Organisation", "Org A", "VOLUNTARY", null, "Does good",
                        "https://a.example", List.of()),
                new Network.Element("organisation:org-b", "Organisation", "Org B\u0001", "NHS_TRUST", null, null, null,
                        List.of()),
                new Network.Element("asset:lib", "Asset", "Library", "PUBLIC", "South Lambeth", null, null,
                        List.of("Library", "Community venue")),
                new Network.Element("person:2", "Person", "Person 2", "PEER_SUPPORTER", "North Lambeth", null, null,
                        List.of()),
                new Network.Element("person:1", "Person", "Person 1", "CARER", "South Lambeth", null, null,
                        List.of())),
                List.of(
                        new Network.Connection("c1", "organisation:org-a", "organisation:org-b", "WORKS_WITH",
                                "COLLABORATION", 0.7, "2013-04-01", null, null, null),
                        new Network.Connection("c2", "organisation:org-a", "organisation:org-b", "WORKS_WITH",
                                "CONTRACT", null, null, null, null, null),
                        new Network.Connection("c3", "organisation:org-a", "asset:lib", "RUNS", null, null, null,
                                null, null, null),
                        new Network.Connection("c4", "person:1", "person:2", "KNOWS", null, 0.4, "2015-01-01",
                                "2016-01-01", null, null),
                        new Network.Connection("c5", "person:2", "asset:lib", "INTRODUCED", null, null, null, null,
                                "2015-06-01", "ATTENDED"),
                        new Network.Connection("c6", "person:1", "organisation:org-a", "MEMBER_OF", null, null, null,
                                null, null, null)));
    }
}
