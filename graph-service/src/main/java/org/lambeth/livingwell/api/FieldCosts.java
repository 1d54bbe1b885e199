package org.lambeth.livingwell.api;

import static java.util.Map.entry;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

import graphql.normalized.ExecutableNormalizedField;

/**
 * What each field of the schema is expected to return, declared in one place for the cost model ({@link CostModel}):
 * how long each list is, how many bytes each geometry holds, and the work a field does beyond its answer. A list
 * with a page size is as long as the page it asks for; an unpaged list is as long as the most it returns over the
 * data (every LSOA, every ward) or, where the data sets no bound, a generous estimate. Every list and GeoJSON field
 * of the schema must be here ({@code CostModelTests} checks it); the locality figures are the seeded Lambeth data's
 * ({@code CostFiguresIT} measures them through the API).
 */
final class FieldCosts {

    /** A cost point is about this many bytes of answer: a GeoJSON value costs its size in points, beyond its 1. */
    static final int BYTES_PER_POINT = 50;

    /** Localities by kind: how many there are and the mean size of a boundary, its outline and a coverage gap. */
    enum Localities {
        BOROUGH(1, 50_000, 7_000, 0),
        HALF(2, 50_000, 5_500, 0),
        THIRD(3, 34_000, 4_500, 0),
        WARD(25, 12_000, 1_700, 16_000),
        LSOA(181, 8_500, 1_300, 9_000);

        final int count;
        final int boundaryBytes;
        final int outlineBytes;
        /** A coverage gap is the part of an area beyond the walk: its outline plus the walking circles' arcs. */
        final int gapBytes;

        Localities(int count, int boundaryBytes, int outlineBytes, int gapBytes) {
            this.count = count;
            this.boundaryBytes = boundaryBytes;
            this.outlineBytes = outlineBytes;
            this.gapBytes = gapBytes;
        }

        static int total() {
            int total = 0;
            for (var kind : values()) {
                total += kind.count;
            }
            return total;
        }

        static Optional<Localities> of(Object kind) {
            if (kind == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(valueOf(kind.toString().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    /** Which localities a Locality field stands for, and so what its geometry weighs. */
    enum LocalityMix {
        /** All of them, in the proportions of the data (an unfiltered list). */
        ALL,
        /** One of each kind (an asset's localities: its ward, LSOA, groupings and the borough). */
        ONE_OF_EACH,
        /** One locality of any kind: priced as the largest. */
        ANY;

        long meanBytes(ToLongFunction<Localities> bytes) {
            long sum = 0;
            long max = 0;
            for (var kind : Localities.values()) {
                sum += this == ALL ? bytes.applyAsLong(kind) * kind.count : bytes.applyAsLong(kind);
                max = Math.max(max, bytes.applyAsLong(kind));
            }
            return switch (this) {
                case ALL -> sum / Localities.total();
                case ONE_OF_EACH -> sum / Localities.values().length;
                case ANY -> max;
            };
        }
    }

    /** A figure for one field in an operation: from its arguments, its parents', or the data. */
    interface Estimate extends ToLongFunction<ExecutableNormalizedField> {
    }

    /**
     * How long each list is: the page it asks for (the schema's default when left out), or the most it holds over the
     * data, or an estimate where nothing bounds it.
     */
    private static final Map<String, Estimate> LENGTHS = Map.ofEntries(
            // the search and the map
            entry("Query.localities", field -> localityCount(field.getResolvedArguments().get("kind"))),
            entry("Query.categories", fixed(50)),
            entry("Query.nearest", argument("n", 5)),
            entry("AssetConnection.edges", parentArgument("first", 20)),
            entry("Asset.categories", fixed(5)),
            entry("Asset.localities", fixed(Localities.values().length)),
            entry("Asset.runBy", fixed(3)),
            entry("Asset.accessibility", fixed(6)),
            entry("OpeningHours.regular", fixed(35)),
            entry("OpeningHours.exceptions", fixed(30)),
            entry("AssetFacets.categories", fixed(50)),
            entry("AssetFacets.localities", fixed(Localities.total())),
            entry("AssetFacets.accessibility", fixed(6)),
            // a map view shows a few hundred cells at most; the singles are also capped by the service (2,000)
            entry("AssetClusters.clusters", fixed(300)),
            entry("AssetClusters.assets", fixed(500)),
            entry("AssetCluster.topCategories", fixed(3)),
            // people and organisations
            entry("Query.skills", fixed(100)),
            entry("Person.skills", fixed(5)),
            entry("PersonConnection.edges", parentArgument("first", 50)),
            entry("OrganisationConnection.edges", parentArgument("first", 50)),
            // analyses: the report's lists over the network
            entry("NetworkStrengthReport.kinds", fixed(8)),
            entry("NetworkStrengthReport.sides", fixed(2)),
            entry("NetworkStrengthReport.minimumCut", fixed(50)),
            entry("NetworkStrengthReport.crossTiesByKind", fixed(8)),
            entry("NetworkStrengthReport.organisationTiesByKind", fixed(8)),
            entry("KeyConnectorReport.articulationPoints", fixed(200)),
            entry("KeyConnectorReport.bridges", fixed(200)),
            entry("KeyConnectorReport.betweenness", parentArgument("top", 10)),
            entry("KeyConnectorReport.departures", parentArgument("top", 10)),
            entry("Departure.bySide", fixed(3)),
            entry("WhatIfReport.removed", field -> listArgument(field.getParent(), "remove")),
            entry("WhatIfReport.cutOff", fixed(3)),
            entry("CommunityReport.communities", fixed(100)),
            entry("Community.localityMix", fixed(3)),
            entry("Community.bridgingMembers", fixed(10)),
            entry("ReachReport.assets", fixed(500)),
            entry("ReachReport.organisations", fixed(200)),
            entry("NetworkMap.kinds", fixed(8)),
            entry("NetworkMap.organisations", fixed(200)),
            entry("NetworkMap.assets", fixed(500)),
            entry("NetworkMap.ties", fixed(500)),
            entry("CoverageReport.areas", field -> coverageKind(field).count),
            entry("Query.networkStrengthHistory", fixed(260)),
            entry("NetworkSnapshot.between", fixed(2)),
            entry("NetworkSnapshot.members", fixed(2)),
            entry("NetworkSnapshot.density", fixed(2)),
            // administration
            entry("Query.apiKeys", fixed(100)),
            entry("AuditEntryConnection.edges", parentArgument("first", 50)),
            entry("ImportReport.problems", argument("first", 100)),
            entry("ImportReport.rows", argument("first", 100)),
            entry("ImportReport.ignoredFields", fixed(20)));

    /**
     * Work beyond the answer, in points: fields computed over the whole network or borough. An analysis reads the
     * network and runs its algorithms whatever is selected; coverage buffers every asset and cuts every area.
     */
    private static final Map<String, Estimate> WORK = Map.of(
            "Query.networkStrength", fixed(1_000),
            "Query.whatIf", fixed(2_000),
            "Query.keyConnectors", fixed(1_000),
            "Query.communities", fixed(1_000),
            "Query.reach", fixed(500),
            "Query.networkMap", fixed(200),
            "Query.coverage", field -> 500 + 10L * Localities.of(field.getResolvedArguments().get("kind"))
                    .orElse(Localities.WARD).count);

    /** The GeoJSON fields, by their typical size in bytes. */
    private static final Map<String, Estimate> GEOMETRY_BYTES = Map.of(
            "Locality.boundary", field -> localityBytes(field.getParent(), kind -> kind.boundaryBytes),
            "Locality.outline", field -> localityBytes(field.getParent(), kind -> kind.outlineBytes),
            "CoverageArea.gap", field -> coverageKind(field).gapBytes);

    private FieldCosts() {
    }

    /** The expected length of a list field, if declared. */
    static Optional<Estimate> length(String coordinates) {
        return Optional.ofNullable(LENGTHS.get(coordinates));
    }

    /** The work points of a field beyond its answer (0 for most). */
    static long work(String coordinates, ExecutableNormalizedField field) {
        var work = WORK.get(coordinates);
        return work == null ? 0 : work.applyAsLong(field);
    }

    /** The typical size in bytes of a GeoJSON field's value, if declared. */
    static Optional<Long> geometryBytes(String coordinates, ExecutableNormalizedField field) {
        var bytes = GEOMETRY_BYTES.get(coordinates);
        return bytes == null ? Optional.empty() : Optional.of(bytes.applyAsLong(field));
    }

    /** The points a geometry of this many bytes costs beyond its 1 as a field (rounded up). */
    static long points(long bytes) {
        return (bytes + BYTES_PER_POINT - 1) / BYTES_PER_POINT;
    }

    static boolean declaresGeometry(String coordinates) {
        return GEOMETRY_BYTES.containsKey(coordinates);
    }

    private static Estimate fixed(long length) {
        return field -> length;
    }

    /** A page size the field takes itself ({@code first}, {@code n}); the schema's default when left out. */
    private static Estimate argument(String name, long byDefault) {
        return field -> number(field.getResolvedArguments().get(name), byDefault);
    }

    /** A connection's {@code edges}: as many as the page its field asks for. */
    private static Estimate parentArgument(String name, long byDefault) {
        return field -> field.getParent() == null ? byDefault
                : number(field.getParent().getResolvedArguments().get(name), byDefault);
    }

    private static long number(Object value, long byDefault) {
        return value instanceof Number number ? Math.max(0, number.longValue()) : byDefault;
    }

    private static long listArgument(ExecutableNormalizedField field, String name) {
        return field != null && field.getResolvedArguments().get(name) instanceof List<?> list ? list.size() : 1;
    }

    private static long localityCount(Object kind) {
        return Localities.of(kind).map(k -> (long) k.count).orElse((long) Localities.total());
    }

    /** The kind a coverage report is broken down by: its {@code kind} argument, WARD by default. */
    private static Localities coverageKind(ExecutableNormalizedField field) {
        for (var up = field; up != null; up = up.getParent()) {
            if (up.getParent() == null && up.getFieldName().equals("coverage")) {
                return Localities.of(up.getResolvedArguments().get("kind")).orElse(Localities.WARD);
            }
        }
        return Localities.WARD;
    }

    /** The mean size of a Locality field's geometry, for the localities the field that returned it stands for. */
    private static long localityBytes(ExecutableNormalizedField owner, ToLongFunction<Localities> bytes) {
        if (owner == null) {
            return LocalityMix.ANY.meanBytes(bytes);
        }
        return switch (owner.getSingleObjectTypeName() + "." + owner.getFieldName()) {
            case "Query.localities" -> Localities.of(owner.getResolvedArguments().get("kind"))
                    .map(bytes::applyAsLong).orElseGet(() -> LocalityMix.ALL.meanBytes(bytes));
            case "Asset.localities" -> LocalityMix.ONE_OF_EACH.meanBytes(bytes);
            case "LocalityCount.locality" -> LocalityMix.ALL.meanBytes(bytes);
            case "CoverageArea.locality" -> bytes.applyAsLong(coverageKind(owner));
            case "Person.locality" -> bytes.applyAsLong(Localities.WARD);
            default -> LocalityMix.ANY.meanBytes(bytes);
        };
    }
}
