package org.lambeth.livingwell.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import graphql.execution.RawVariables;
import graphql.introspection.IntrospectionQuery;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.parser.Parser;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cost model over the real schema, the configured limits, the map page's own documents and the example operations
 * for partner tools: issue 19's requests cost far over the limit, what the map and the examples send costs under it.
 */
class CostModelTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static GraphQLSchema schema;
    private static CostModel model;
    private static QueryLimits limits;

    @BeforeAll
    static void loadSchemaAndLimits() throws IOException {
        var registry = new TypeDefinitionRegistry();
        for (var file : new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/*.graphqls")) {
            registry.merge(new SchemaParser().parse(file.getContentAsString(StandardCharsets.UTF_8)));
        }
        schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
        model = new CostModel(schema);
        var environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        limits = new Binder(ConfigurationPropertySources.get(environment))
                .bindOrCreate("livingwell.graphql", QueryLimits.class);
    }

    static long cost(String document, Map<String, Object> variables) {
        var operation = ExecutableNormalizedOperationFactory.createExecutableNormalizedOperationWithRawVariables(
                schema, Parser.parse(document), null, RawVariables.of(variables));
        return model.cost(operation);
    }

    static long cost(String document) {
        return cost(document, Map.of());
    }

    @Test
    void theConfiguredLimitsAreTheDocumentedOnes() {
        assertThat(limits.maxComplexity()).isEqualTo(50_000);
        assertThat(limits.expensiveCost()).isEqualTo(20_000);
        assertThat(limits.maxExpensivePerClient()).isEqualTo(2);
        assertThat(limits.maxResponseSize().toMegabytes()).isEqualTo(16);
        assertThat(limits.timeLimit()).hasSeconds(60);
    }

    @Test
    void everyListAndGeoJsonFieldDeclaresWhatItReturns() {
        var undeclared = new ArrayList<String>();
        for (var type : schema.getAllTypesAsList()) {
            if (!(type instanceof GraphQLObjectType object) || object.getName().startsWith("__")) {
                continue;
            }
            for (var field : object.getFieldDefinitions()) {
                var coordinates = object.getName() + "." + field.getName();
                var fieldType = GraphQLTypeUtil.unwrapNonNull(field.getType());
                if (GraphQLTypeUtil.isList(fieldType) && FieldCosts.length(coordinates).isEmpty()) {
                    undeclared.add(coordinates + " (a list: how long?)");
                }
                if (GraphQLTypeUtil.unwrapAll(fieldType).getName().equals("GeoJSON")
                        && !FieldCosts.declaresGeometry(coordinates)) {
                    undeclared.add(coordinates + " (GeoJSON: how large?)");
                }
            }
        }
        assertThat(undeclared).as("declare these in FieldCosts").isEmpty();
    }

    @Test
    void eachFieldCostsOneAndAListItsLengthTimesWhatEachItemSelects() {
        assertThat(cost("{ me { role } }")).isEqualTo(2);
        assertThat(cost("{ localities(kind: WARD) { id } }")).isEqualTo(1 + 25);
        assertThat(cost("{ localities(kind: LSOA) { id name } }")).isEqualTo(1 + 181 * 2);
        assertThat(cost("{ localities { id } }")).isEqualTo(1 + 212);
        // a page by its size, the schema's default when first is left out
        assertThat(cost("{ assets(first: 7) { edges { node { id } } } }")).isEqualTo(1 + 1 + 7 * 2);
        assertThat(cost("{ assets { edges { node { id } } } }")).isEqualTo(1 + 1 + 20 * 2);
        assertThat(cost("query($n: Int) { assets(first: $n) { totalCount edges { node { id } } } }",
                Map.of("n", 500))).isEqualTo(1 + 1 + 1 + 500 * 2);
        // a list of leaves costs 1 an item
        assertThat(cost("{ asset(id: \"x\") { accessibility } }")).isEqualTo(1 + 1 + 6);
    }

    @Test
    void eachAliasCountsAndTheSameFieldTwiceUnderOneKeyCountsOnce() {
        long one = cost("{ localities(kind: LSOA) { a: boundary } }");
        long two = cost("{ localities(kind: LSOA) { a: boundary b: boundary } }");
        long sameKey = cost("{ localities(kind: LSOA) { boundary boundary } }");
        assertThat(two - one).isEqualTo(181L * (1 + 170));
        // graphql-java merges the same key into one answer field: it is sent once
        assertThat(sameKey).isEqualTo(one);
    }

    @Test
    void aGeometryCostsItsTypicalSizeByWhatItIsTheGeometryOf() {
        // one point for every 50 bytes, beyond the field's own 1
        assertThat(cost("{ localities(kind: LSOA) { boundary } }")).isEqualTo(1 + 181 * (1 + 170));
        assertThat(cost("{ localities(kind: WARD) { boundary } }")).isEqualTo(1 + 25 * (1 + 240));
        assertThat(cost("{ localities(kind: BOROUGH) { boundary } }")).isEqualTo(1 + 1 + 1000);
        assertThat(cost("{ localities(kind: WARD) { outline } }")).isEqualTo(1 + 25 * (1 + 34));
        // an asset's localities are one of each kind
        long mixed = (50_000 + 50_000 + 34_000 + 12_000 + 8_500) / 5 / 50;
        assertThat(cost("{ asset(id: \"x\") { localities { boundary } } }")).isEqualTo(1 + 1 + 5 * (1 + mixed));
        // a coverage gap by the kind of area
        long lsoaCoverage = cost("{ coverage(category: \"library\", kind: LSOA) { areas { gap } } }");
        long wardCoverage = cost("{ coverage(category: \"library\", kind: WARD) { areas { gap } } }");
        assertThat(lsoaCoverage).isEqualTo(1 + 500 + 10 * 181 + 1 + 181 * (1 + 180));
        assertThat(wardCoverage).isEqualTo(1 + 500 + 10 * 25 + 1 + 25 * (1 + 320));
    }

    /** Issue 19's requests: each answered hundreds of megabytes (or would have, within the old limits). */
    @Test
    void theIssuesRequestsCostFarOverTheLimit() {
        var aliases = IntStream.range(0, 200).mapToObj(i -> "b" + i + ": boundary").collect(Collectors.joining(" "));
        long boundaries = cost("{ localities(kind: LSOA) { " + aliases + " } }");
        assertThat(boundaries).isEqualTo(1 + 181L * 200 * (1 + 170)).isGreaterThan(100L * limits.maxComplexity());
        long assetBoundaries = cost("{ assets(first: 500) { edges { node { localities { boundary } } } } }");
        assertThat(assetBoundaries).isGreaterThan(10L * limits.maxComplexity());
        var coverages = IntStream.range(0, 50).mapToObj(i -> "c" + i + ": coverage(category: \"library\", "
                + "kind: LSOA) { areas { gap } }").collect(Collectors.joining(" "));
        assertThat(cost("{ " + coverages + " }")).isGreaterThan(10L * limits.maxComplexity());
        var gaps = IntStream.range(0, 50).mapToObj(i -> "a" + i + ": areas { gap }").collect(Collectors.joining(" "));
        assertThat(cost("{ coverage(category: \"library\", kind: LSOA) { " + gaps + " } }"))
                .isGreaterThan(10L * limits.maxComplexity());
        // within the root-field limit, two LSOA coverages in one request are over it too
        assertThat(cost("{ a: coverage(category: \"library\", kind: LSOA) { areas { gap } } "
                + "b: coverage(category: \"school\", kind: LSOA) { areas { gap } } }"))
                .isGreaterThan(limits.maxComplexity());
    }

    @Test
    void costsSaturateInsteadOfWrappingRound() {
        var siblings = IntStream.range(0, 200).mapToObj(i -> "a" + i + ": assets(first: 2147483647) { edges { node {"
                + " localities { boundary outline } } } }").collect(Collectors.joining(" "));
        assertThat(cost("{ " + siblings + " }")).isEqualTo(CostModel.CEILING);
        assertThat(CostModel.multiply(CostModel.CEILING, CostModel.CEILING)).isEqualTo(CostModel.CEILING);
        assertThat(CostModel.add(CostModel.CEILING, CostModel.CEILING)).isEqualTo(CostModel.CEILING);
    }

    @Test
    void aClientsSchemaDownloadCostsWhatItReturns() {
        long introspection = cost(IntrospectionQuery.INTROSPECTION_QUERY);
        assertThat(introspection).isBetween(1_000L, (long) limits.maxComplexity());
        // nesting introspection's lists multiplies them, as it multiplies the answer
        long flat = cost("{ __schema { types { fields { name } } } }");
        long nested = cost("{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }");
        assertThat(nested).isGreaterThan(3 * flat);
    }

    /** The variables the page sends with each operation (the largest it sends where it varies). */
    private static final Map<String, Map<String, Object>> MAP_VARIABLES = Map.ofEntries(
            Map.entry("AssetClusters", Map.of("box", Map.of("south", 51.41, "west", -0.16, "north", 51.52,
                    "east", -0.07), "zoom", 12)),
            Map.entry("AssetFacets", Map.of()),
            Map.entry("AssetPage", Map.of("first", 20)),
            Map.entry("AssetById", Map.of("id", "lib-200000455963")),
            Map.entry("Wards", Map.of()),
            Map.entry("Lsoas", Map.of()),
            Map.entry("Me", Map.of()),
            Map.entry("NetworkMap", Map.of()),
            Map.entry("NetworkStrength", Map.of()),
            Map.entry("KeyConnectors", Map.of("top", 10)),
            Map.entry("WhatIf", Map.of("remove", List.of("org-a", "org-b", "org-c", "org-d", "org-e"))),
            Map.entry("Communities", Map.of()),
            Map.entry("CoverageCategories", Map.of()),
            Map.entry("Coverage", Map.of("category", "library", "walkMetres", 800, "kind", "LSOA")),
            Map.entry("StrengthHistory", Map.of()),
            Map.entry("TakeSnapshot", Map.of()),
            Map.entry("EditCategories", Map.of()),
            Map.entry("FindAssetsToEdit", Map.of("text", "library", "first", 10)),
            Map.entry("AssetToEdit", Map.of("id", "lib-200000455963")),
            Map.entry("AddAsset", Map.of("input", Map.of("name", "A place", "categories", List.of("library"),
                    "location", Map.of("latitude", 51.46, "longitude", -0.11)))),
            Map.entry("UpdateAsset", Map.of("input", Map.of("id", "lib-200000455963"))),
            Map.entry("RetireAsset", Map.of("input", Map.of("id", "lib-200000455963"))),
            Map.entry("ChangeFeedPosition", Map.of()),
            Map.entry("AssetChanges", Map.of("after", "0")));

    @Test
    void everyOperationTheMapSendsCostsUnderTheLimitAndOnlyTheLsoaCoverageIsExpensive() {
        var operations = MapDocuments.operations();
        assertThat(operations.keySet()).as("every operation the page sends has its variables here")
                .containsExactlyInAnyOrderElementsOf(MAP_VARIABLES.keySet());
        var costs = new TreeMap<String, Long>();
        operations.forEach((name, document) -> costs.put(name, cost(document, MAP_VARIABLES.get(name))));
        var wardCoverage = new java.util.HashMap<>(MAP_VARIABLES.get("Coverage"));
        wardCoverage.put("kind", "WARD");
        costs.put("Coverage(WARD)", cost(operations.get("Coverage"), wardCoverage));
        System.out.println("map operations' costs: " + costs);
        assertThat(costs).allSatisfy((name, cost) -> assertThat(cost).as(name).isLessThan(limits.maxComplexity()));
        var expensive = costs.entrySet().stream().filter(e -> e.getValue() >= limits.expensiveCost())
                .map(Map.Entry::getKey).toList();
        // the everyday map never meets the per-client limit; the LSOA coverage is the one heavy request it makes
        assertThat(expensive).containsExactly("Coverage");
    }

    @Test
    void theExampleOperationsForPartnerToolsCostUnderTheLimit() throws IOException {
        var examples = Path.of("../queries/graphql");
        var costs = new TreeMap<String, Long>();
        try (Stream<Path> files = Files.list(examples)) {
            for (var file : files.filter(f -> f.toString().endsWith(".graphql")).toList()) {
                var name = file.getFileName().toString().replace(".graphql", "");
                var variablesFile = examples.resolve(name + ".variables.json");
                Map<String, Object> variables = Files.exists(variablesFile) ? JSON.readValue(
                        Files.readString(variablesFile), new TypeReference<Map<String, Object>>() { }) : Map.of();
                costs.put(name, cost(Files.readString(file), variables));
            }
        }
        System.out.println("example operations' costs: " + costs);
        assertThat(costs).hasSizeGreaterThanOrEqualTo(8)
                .allSatisfy((name, cost) -> assertThat(cost).as(name).isLessThan(limits.expensiveCost()));
    }
}
