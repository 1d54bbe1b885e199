package org.lambeth.livingwell.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.lambeth.livingwell.support.GoldenJson;
import org.lambeth.livingwell.support.GraphQlServiceTest;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The example operations for partner tools (queries/graphql/*.graphql) answer over the seeded data exactly as their
 * golden answers (queries/graphql/expectations/*.json) say, with no errors.
 */
class GraphQlExamplesIT extends GraphQlServiceTest {

    private static final Path EXAMPLES = Path.of("../queries/graphql");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static List<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            var names = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".graphql"))
                    .map(n -> n.substring(0, n.length() - ".graphql".length())).sorted().toList();
            assertThat(names).hasSizeGreaterThanOrEqualTo(8);
            return names;
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void answersAsItsGoldenFile(String name) throws IOException {
        var query = Files.readString(EXAMPLES.resolve(name + ".graphql"));
        var variablesFile = EXAMPLES.resolve(name + ".variables.json");
        Map<String, Object> variables = Files.exists(variablesFile)
                ? JSON.readValue(Files.readString(variablesFile), new TypeReference<Map<String, Object>>() { })
                : Map.of();
        var response = graphql.post(query, variables);
        assertThat(response.path("errors").isMissingNode()).as(name + ": " + response.path("errors")).isTrue();
        assertThat(response.path("data").size()).as(name).isPositive();
        GoldenJson.assertMatches(EXAMPLES.resolve("expectations/" + name + ".json"), response);
    }
}
