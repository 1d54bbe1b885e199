package org.lambeth.livingwell.asset.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.asset.SearchFilter;

/**
 * The near circle's flat-earth distance stays well inside the error the cluster index allows it, so that what it
 * settles (surely inside, surely outside, surely farther) agrees with the exact distance Cypher gives.
 */
class NearCircleTests {

    @Test
    void theApproximateDistanceIsWithinATenthOfTheAllowanceUpTo80DegreesAnd25Km() {
        var random = new Random(20261127);
        double worst = 0;
        for (int centres = 0; centres < 2_000; centres++) {
            double latitude = random.nextDouble() * 150 - 75;
            double longitude = random.nextDouble() * 340 - 170;
            var circle = circle(latitude, longitude, 20_000);
            assertThat(circle.approximable()).isTrue();
            for (int points = 0; points < 200; points++) {
                // anywhere in the circle's box (a little more than 20 km each way)
                double pointLatitude = circle.south() + random.nextDouble() * (circle.north() - circle.south());
                double pointLongitude = circle.west() + random.nextDouble() * (circle.east() - circle.west());
                double exact = circle.distanceTo(pointLatitude, pointLongitude);
                double approximate = circle.approximateDistance(pointLatitude, pointLongitude);
                if (exact > 1) {
                    worst = Math.max(worst, Math.abs(approximate - exact) / approximate);
                }
            }
        }
        assertThat(worst).isPositive().isLessThan(NearCircle.APPROXIMATION / 10);
    }

    @Test
    void whatItSettlesAgreesWithTheExactDistance() {
        var random = new Random(7);
        var circle = circle(51.4613, -0.1156, 1_000);
        int settled = 0;
        for (int i = 0; i < 100_000; i++) {
            double latitude = circle.south() + random.nextDouble() * (circle.north() - circle.south());
            double longitude = circle.west() + random.nextDouble() * (circle.east() - circle.west());
            double exact = circle.distanceTo(latitude, longitude);
            double approximate = circle.approximateDistance(latitude, longitude);
            if (circle.surelyInside(approximate)) {
                assertThat(exact).isLessThanOrEqualTo(1_000);
                settled++;
            }
            if (circle.surelyOutside(approximate)) {
                assertThat(exact).isGreaterThan(1_000);
                settled++;
            }
            if (NearCircle.surelyFarther(approximate, 500)) {
                assertThat(exact).isGreaterThan(500);
            }
        }
        // most places are settled without the exact distance
        assertThat(settled).isGreaterThan(95_000);
    }

    @Test
    void nearAPoleOrAcrossTheAntimeridianNothingIsSettledByTheApproximation() {
        var polar = circle(88.5, 10, 20_000);
        var across = circle(0, 179.95, 20_000);
        assertThat(polar.approximable()).isFalse();
        assertThat(across.approximable()).isFalse();
        double approximate = across.approximateDistance(0, -179.95);
        assertThat(across.surelyOutside(approximate)).isFalse();
        assertThat(across.surelyInside(approximate)).isFalse();
        assertThat(across.distanceTo(0, -179.95)).isLessThan(20_000);
    }

    private static NearCircle circle(double latitude, double longitude, double radius) {
        return NearCircle.of(new SearchFilter.Near(latitude, longitude, radius));
    }
}
