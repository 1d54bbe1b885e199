package org.lambeth.livingwell.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTests {

    @ParameterizedTest
    @CsvSource({"sw2 1rw,SW2 1RW,SW21RW", "SE11  5QY,SE11 5QY,SE115QY", " sw1a1aa ,SW1A 1AA,SW1A1AA", "CR4 1TL,CR4 1TL,CR41TL"})
    void normalisesCaseAndSpacing(String text, String value, String key) {
        var postcode = Postcode.parse(text);
        assertThat(postcode.value()).isEqualTo(value);
        assertThat(postcode.key()).isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "SW2", "12345", "SW2 1R", "'; DROP", "SW21RWX9"})
    void refusesWhatIsNotAPostcode(String text) {
        assertThatThrownBy(() -> Postcode.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
