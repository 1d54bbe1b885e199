package org.lambeth.livingwell.asset.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lambeth.livingwell.api.InvalidArgumentException;
import org.lambeth.livingwell.asset.PlaceInput;
import org.lambeth.livingwell.asset.PlaceResolver;
import org.lambeth.livingwell.asset.Visibility;
import org.lambeth.livingwell.asset.hours.AccessibilityFeature;
import org.springframework.graphql.data.ArgumentValue;

/** The checks on an asset's fields: each refusal names the field the map shows it beside. */
class AssetFieldRulesTests {

    private static final PlaceInput HERE = new PlaceInput(null, 51.46, -0.115);

    private static AssetInputs.Add add(String name, String description, List<String> categories,
            AssetInputs.Contact contact, String postcode) {
        return new AssetInputs.Add(name, description, categories, HERE, null, postcode, contact, null, null, null,
                null);
    }

    private static AssetInputs.Update update(String description, AssetInputs.Contact contact) {
        return new AssetInputs.Update("asset-1", null, description, null, null, null, null, contact,
                ArgumentValue.omitted(), null, null, ArgumentValue.omitted());
    }

    static Stream<Arguments> refusals() {
        var ok = List.of("library");
        return Stream.of(
                Arguments.of(add("", null, ok, null, null), "input.name", "must not be empty"),
                Arguments.of(add("   ", null, ok, null, null), "input.name", "must not be empty"),
                Arguments.of(add(null, null, ok, null, null), "input.name", "must not be empty"),
                Arguments.of(add("x".repeat(201), null, ok, null, null), "input.name", "at most 200"),
                Arguments.of(add("two\nlines", null, ok, null, null), "input.name", "one line"),
                Arguments.of(add("A", "d".repeat(2001), ok, null, null), "input.description", "at most 2000"),
                Arguments.of(add("A", null, ok, null, "not a postcode"), "input.postcode", "not a UK postcode"),
                Arguments.of(add("A", null, ok, new AssetInputs.Contact(null, "nobody", null), null),
                        "input.contact.email", "not an email address"),
                Arguments.of(add("A", null, ok, new AssetInputs.Contact(null, "a@b", null), null),
                        "input.contact.email", "not an email address"),
                Arguments.of(add("A", null, ok, new AssetInputs.Contact(null, null, "ftp://example.org"), null),
                        "input.contact.website", "http:// or https://"),
                Arguments.of(add("A", null, ok, new AssetInputs.Contact(null, null, "javascript:alert(1)"), null),
                        "input.contact.website", "http:// or https://"),
                Arguments.of(add("A", null, ok, new AssetInputs.Contact(null, null, "https://exa mple.org"), null),
                        "input.contact.website", "http:// or https://"),
                Arguments.of(add("A", null, ok, new AssetInputs.Contact("call us", null, null), null),
                        "input.contact.phone", "not a phone number"),
                Arguments.of(update("d".repeat(2001), null), "input.description", "at most 2000"),
                Arguments.of(update(null, new AssetInputs.Contact(null, "x@", null)), "input.contact.email",
                        "not an email address"));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void aBadFieldIsRefusedNamingIt(AssetInputs.Fields input, String argument, String problem) {
        assertThatThrownBy(() -> AssetFieldRules.properties(input, input instanceof AssetInputs.Add))
                .isInstanceOfSatisfying(InvalidArgumentException.class,
                        e -> assertThat(e.argument()).isEqualTo(argument))
                .hasMessageContaining(problem);
    }

    @Test
    void aNewAssetIsStrippedNormalisedAndPublicByDefault() {
        var input = new AssetInputs.Add("  Brixton Larder  ", " Food bank ", List.of("food"), HERE, "1 Acre Lane",
                "sw21rw", new AssetInputs.Contact("020 7926 1000", "hello@larder.example.org",
                        "https://larder.example.org/open"),
                true, List.of(AccessibilityFeature.QUIET_SPACE, AccessibilityFeature.STEP_FREE_ACCESS,
                        AccessibilityFeature.QUIET_SPACE),
                null, null);
        assertThat(AssetFieldRules.properties(input, true)).containsExactly(entry("name", "Brixton Larder"),
                entry("description", "Food bank"), entry("address", "1 Acre Lane"), entry("postcode", "SW2 1RW"),
                entry("phone", "020 7926 1000"), entry("email", "hello@larder.example.org"),
                entry("website", "https://larder.example.org/open"),
                entry("accessibility", List.of("STEP_FREE_ACCESS", "QUIET_SPACE")), entry("visibility", "PUBLIC"),
                entry("free", true));
    }

    @Test
    void anUpdateHoldsOnlyTheFieldsGivenAndAnEmptyStringClears() {
        var props = AssetFieldRules.properties(update("", new AssetInputs.Contact(null, null, " ")), false);
        assertThat(props).hasSize(2).containsEntry("description", null).containsEntry("website", null);
        var cleared = AssetFieldRules.properties(new AssetInputs.Update("asset-1", null, null, null, null, null, null,
                null, ArgumentValue.omitted(), List.of(), Visibility.NETWORK, ArgumentValue.omitted()), false);
        assertThat(cleared).containsEntry("accessibility", null).containsEntry("visibility", "NETWORK").hasSize(2);
    }

    @Test
    void anExplicitNullClearsFreeAndTheHoursWhileLeavingThemOutChangesNothing() {
        var cleared = AssetFieldRules.properties(new AssetInputs.Update("asset-1", null, null, null, null, null, null,
                null, ArgumentValue.ofNullable(null), null, null, ArgumentValue.ofNullable(null)), false);
        assertThat(cleared).hasSize(3).containsEntry("free", null).containsEntry("weeklyOpen", null)
                .containsEntry("openExceptions", null);
        var set = AssetFieldRules.properties(new AssetInputs.Update("asset-1", null, null, null, null, null, null,
                null, ArgumentValue.ofNullable(false), null, null, ArgumentValue.omitted()), false);
        assertThat(set).containsExactly(entry("free", false));
        var adding = AssetFieldRules.properties(add("A", null, List.of("library"), null, null), true);
        assertThat(adding).doesNotContainKeys("free", "weeklyOpen", "openExceptions");
    }

    @Test
    void categoriesAreRequiredOnAddDistinctAndAtMostTen() {
        assertThat(AssetFieldRules.categories(List.of("food", " food ", "library"), true))
                .containsExactly("food", "library");
        assertThat(AssetFieldRules.categories(null, false)).isNull();
        for (var bad : List.<List<String>>of(List.of(), List.of(" "),
                Stream.iterate(0, i -> i + 1).limit(11).map(i -> "c" + i).toList())) {
            assertThatThrownBy(() -> AssetFieldRules.categories(bad, true))
                    .isInstanceOfSatisfying(InvalidArgumentException.class,
                            e -> assertThat(e.argument()).isEqualTo("input.categories"));
        }
    }

    @Test
    void aRetirementReasonIsOptionalAndBounded() {
        assertThat(AssetFieldRules.reason("  ")).isNull();
        assertThat(AssetFieldRules.reason(" Closed in 2026 ")).isEqualTo("Closed in 2026");
        assertThatThrownBy(() -> AssetFieldRules.reason("r".repeat(501))).hasMessageStartingWith("input.reason:");
    }

    @Test
    void placesAreRangeCheckedNamingTheCoordinate() {
        var places = new PlaceResolver(null, null);
        for (var bad : List.of(new PlaceInput(null, 91.0, 0.0), new PlaceInput(null, Double.NaN, 0.0))) {
            assertThatThrownBy(() -> places.resolve(bad, "input.location"))
                    .isInstanceOfSatisfying(InvalidArgumentException.class,
                            e -> assertThat(e.argument()).isEqualTo("input.location.latitude"));
        }
        assertThatThrownBy(() -> places.resolve(new PlaceInput(null, 51.4, Double.POSITIVE_INFINITY),
                "input.location")).hasMessageStartingWith("input.location.longitude:");
        assertThatThrownBy(() -> places.resolve(new PlaceInput(null, 51.4, null), "input.location"))
                .hasMessageStartingWith("input.location:");
    }
}
