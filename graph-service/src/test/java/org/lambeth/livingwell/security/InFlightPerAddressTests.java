package org.lambeth.livingwell.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class InFlightPerAddressTests {

    @Test
    void anAddressGetsItsMaximumAndNoMoreWhileOthersAreUnaffected() {
        var inFlight = new InFlightPerAddress(2);
        assertThat(inFlight.tryEnter("10.0.0.1")).isTrue();
        assertThat(inFlight.tryEnter("10.0.0.1")).isTrue();
        assertThat(inFlight.tryEnter("10.0.0.1")).isFalse();
        assertThat(inFlight.tryEnter("10.0.0.2")).isTrue();
        assertThat(inFlight.inFlight("10.0.0.1")).isEqualTo(2);
    }

    @Test
    void aPlaceIsGivenBackWhenARequestLeavesAndAnIdleAddressIsForgotten() {
        var inFlight = new InFlightPerAddress(1);
        assertThat(inFlight.tryEnter("10.0.0.1")).isTrue();
        assertThat(inFlight.tryEnter("10.0.0.1")).isFalse();
        inFlight.leave("10.0.0.1");
        assertThat(inFlight.inFlight("10.0.0.1")).isZero();
        assertThat(inFlight.tryEnter("10.0.0.1")).isTrue();
        inFlight.leave("10.0.0.1");
        inFlight.leave("10.0.0.1");
        assertThat(inFlight.inFlight("10.0.0.1")).isZero();
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> new InFlightPerAddress(0)).hasMessageContaining("max-concurrent-requests-per-address");
    }
}
