package org.lambeth.livingwell.asset.hours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Accessibility features from the Community Toilet Scheme's facilities text. */
class AccessibilityTextTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Male/Female                          |
            Male/Female/Disabled                 | ACCESSIBLE_TOILET
            Male/Female/Baby Changing            | BABY_CHANGING
            Male/Female/Disabled/Baby Changing   | ACCESSIBLE_TOILET BABY_CHANGING
            Baby Changing / disabled             | ACCESSIBLE_TOILET BABY_CHANGING
            """)
    void readsTheSchemesFacilities(String facilities, String features) {
        var expected = features == null ? List.<String>of() : List.of(features.split(" "));

        assertThat(AccessibilityText.fromToiletFacilities(facilities)).isEqualTo(expected);
    }

    @Test
    void noFacilitiesIsNoFeatures() {
        assertThat(AccessibilityText.fromToiletFacilities(null)).isEmpty();
        assertThat(AccessibilityText.fromToiletFacilities(" ")).isEmpty();
    }

    @Test
    void theFeaturesAreNamesOfTheEnum() {
        assertThat(AccessibilityText.toiletFeatures("Male/Female/Disabled/Baby Changing"))
                .containsExactlyInAnyOrder(AccessibilityFeature.ACCESSIBLE_TOILET, AccessibilityFeature.BABY_CHANGING);
        assertThat(AccessibilityFeature.values()).extracting(Enum::name).containsExactly("STEP_FREE_ACCESS",
                "ACCESSIBLE_TOILET", "BABY_CHANGING", "HEARING_LOOP", "QUIET_SPACE", "ASSISTANCE_DOGS_WELCOME");
    }

    @Test
    void anUnknownFacilityIsNamedInTheMessage() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AccessibilityText.fromToiletFacilities("Male/Female/Shower"))
                .withMessage("Cannot read toilet facilities: unknown facility \"Shower\" in \"Male/Female/Shower\"");
    }
}
