package org.lambeth.livingwell.asset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lambeth.livingwell.support.GraphQlServiceTest;

/** Every bad argument is a GraphQL error that names the argument; never a 500, never data. */
class AssetArgumentErrorsIT extends GraphQlServiceTest {

    static java.util.stream.Stream<Arguments> badArguments() {
        return java.util.stream.Stream.of(
                Arguments.of(Map.of("postcode", "ZZ9 9ZZ"), 1000, 20, "near.postcode", "unknown postcode"),
                Arguments.of(Map.of("postcode", "not a postcode"), 1000, 20, "near.postcode", "not a UK postcode"),
                Arguments.of(Map.of("latitude", 95.0, "longitude", -0.1), 1000, 20, "near.latitude", "between -90"),
                Arguments.of(Map.of("latitude", 51.4, "longitude", -190.0), 1000, 20, "near.longitude",
                        "between -180"),
                Arguments.of(Map.of("latitude", 51.4), 1000, 20, "near", "no place given"),
                Arguments.of(Map.of(), 1000, 20, "near", "no place given"),
                Arguments.of(Map.of("postcode", "SW2 1RW", "latitude", 51.4, "longitude", -0.1), 1000, 20, "near",
                        "not both"),
                Arguments.of(Map.of("postcode", "SW2 1RW"), 25_000, 20, "radiusMetres", "at most 20000"),
                Arguments.of(Map.of("postcode", "SW2 1RW"), -5, 20, "radiusMetres", "more than 0"),
                Arguments.of(Map.of("postcode", "SW2 1RW"), 1000, 501, "first", "between 1 and 500"),
                Arguments.of(Map.of("postcode", "SW2 1RW"), 1000, 0, "first", "between 1 and 500"));
    }

    @ParameterizedTest
    @MethodSource("badArguments")
    void aBadArgumentIsAnErrorNamingIt(Map<String, Object> near, double radius, int first, String argument,
            String problem) {
        var response = graphql.post("""
                query($near: PlaceInput!, $radius: Float!, $first: Int) {
                  assetsNear(near: $near, radiusMetres: $radius, first: $first) { totalCount }
                }""", Map.of("near", near, "radius", radius, "first", first));
        var error = response.path("errors").get(0);
        assertThat(error.path("message").asString()).startsWith(argument + ":").contains(problem);
        assertThat(error.path("extensions").path("argument").asString()).isEqualTo(argument);
        assertThat(error.path("extensions").path("classification").asString()).isEqualTo("BAD_REQUEST");
        assertThat(response.path("data").path("assetsNear").isMissingNode() || response.path("data").isNull()
                || response.path("data").path("assetsNear").isNull()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void aForgedCursorIsAnErrorNamingAfter() {
        var response = graphql.post("""
                { assetsNear(near: {postcode: "SW2 1RW"}, radiusMetres: 1000, after: "bm9wZQ") { totalCount } }""");
        assertThat(response.path("errors").get(0).path("extensions").path("argument").asString()).isEqualTo("after");
    }
}
