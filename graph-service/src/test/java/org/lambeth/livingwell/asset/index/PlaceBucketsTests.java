package org.lambeth.livingwell.asset.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The cluster index's place grid hands on every slot of an area, whatever its size, and follows moves. */
class PlaceBucketsTests {

    private final Random random = new Random(20261127);
    private final PlaceBuckets buckets = new PlaceBuckets();
    private final List<double[]> places = new ArrayList<>();

    @Test
    void everySlotInAnAreaIsHandedOnForSmallAndWideAreas() {
        for (int slot = 0; slot < 20_000; slot++) {
            // Greater London, and a few either side of the prime meridian and the equator
            double latitude = slot % 100 == 0 ? random.nextDouble() * 2 - 1 : 51.28 + random.nextDouble() * 0.42;
            double longitude = slot % 100 == 0 ? random.nextDouble() * 2 - 1 : -0.51 + random.nextDouble() * 0.84;
            places.add(new double[] {latitude, longitude});
            buckets.add(slot, 1, -1, latitude, longitude);
        }
        // a street, a borough, London, a box across 0,0 and the whole world
        assertAreaHandsOnAllInIt(51.455, -0.125, 51.465, -0.110);
        assertAreaHandsOnAllInIt(51.411, -0.152, 51.511, -0.078);
        assertAreaHandsOnAllInIt(51.28, -0.51, 51.70, 0.33);
        assertAreaHandsOnAllInIt(-0.5, -0.5, 0.5, 0.5);
        assertAreaHandsOnAllInIt(-90, -180, 90, 180);
    }

    @Test
    void aMovedOrRemovedSlotIsHandedOnOnlyWhereItIsNow() {
        buckets.add(7, 1, -1, 51.4613, -0.1156);
        buckets.remove(7, 51.4613, -0.1156);
        buckets.add(7, 1, -1, 51.5000, -0.1000);
        assertThat(slotsIn(51.46, -0.12, 51.47, -0.11)).doesNotContain(7);
        assertThat(slotsIn(51.49, -0.11, 51.51, -0.09)).containsExactly(7);
        buckets.remove(7, 51.5000, -0.1000);
        assertThat(slotsIn(51.49, -0.11, 51.51, -0.09)).isEmpty();
        // no place: in no cell, and an unbounded area is left to the caller's full pass
        buckets.add(8, 1, -1, Double.NaN, Double.NaN);
        assertThat(slotsIn(-90, -180, 90, 180)).isEmpty();
        assertThat(buckets.forEachCellIn(Double.NEGATIVE_INFINITY, -180, 90, 180, cell -> { })).isFalse();
    }

    private void assertAreaHandsOnAllInIt(double south, double west, double north, double east) {
        var handed = slotsIn(south, west, north, east);
        var inside = new HashSet<Integer>();
        for (int slot = 0; slot < places.size(); slot++) {
            var place = places.get(slot);
            if (place[0] >= south && place[0] <= north && place[1] >= west && place[1] <= east) {
                inside.add(slot);
            }
        }
        assertThat(inside).isNotEmpty();
        assertThat(handed).containsAll(inside);
        // only the cells the area touches: nothing from far away
        for (int slot : handed) {
            var place = places.get(slot);
            assertThat(place[0]).isBetween(south - PlaceBuckets.CELL, north + PlaceBuckets.CELL);
            assertThat(place[1]).isBetween(west - PlaceBuckets.CELL, east + PlaceBuckets.CELL);
        }
    }

    private Set<Integer> slotsIn(double south, double west, double north, double east) {
        var handed = new HashSet<Integer>();
        assertThat(buckets.forEachCellIn(south, west, north, east, cell -> {
            for (int i = 0; i < cell.size; i++) {
                handed.add(cell.slots[i]);
            }
        })).isTrue();
        return handed;
    }
}
