package org.lambeth.livingwell.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PseudonymsTests {

    private static final List<String> IDS = IntStream.rangeClosed(1, 200)
            .mapToObj(i -> "demo-person-%04d".formatted(i)).toList();

    @Test
    void everyoneGetsOneOfPerson1ToN() {
        var pseudonyms = Pseudonyms.draw(IDS, new SplittableRandom(1));
        var labels = new HashSet<String>();
        for (var id : IDS) {
            var label = pseudonyms.label(id);
            assertThat(label).matches("Person \\d+").doesNotContain(id);
            assertThat(pseudonyms.label(id)).as("stable within the export").isEqualTo(label);
            assertThat(pseudonyms.elementId(id)).isEqualTo("person:" + label.substring(7));
            labels.add(label);
        }
        assertThat(labels).hasSize(IDS.size())
                .containsAll(IntStream.rangeClosed(1, IDS.size()).mapToObj(i -> "Person " + i).toList());
    }

    @Test
    void theNumberingIsNotTheIdsOrderAndChangesFromExportToExport() {
        var one = Pseudonyms.draw(IDS, new SplittableRandom(1));
        var two = Pseudonyms.draw(IDS, new SplittableRandom(2));
        int inIdOrder = 0;
        int same = 0;
        for (int i = 0; i < IDS.size(); i++) {
            inIdOrder += one.label(IDS.get(i)).equals("Person " + (i + 1)) ? 1 : 0;
            same += one.label(IDS.get(i)).equals(two.label(IDS.get(i))) ? 1 : 0;
        }
        assertThat(inIdOrder).isLessThan(10);
        assertThat(same).isLessThan(10);
    }

    @Test
    void theOrderPeopleAreReadInPlaysNoPart() {
        var shuffled = new ArrayList<>(IDS);
        Collections.reverse(shuffled);
        var one = Pseudonyms.draw(IDS, new SplittableRandom(7));
        var two = Pseudonyms.draw(shuffled, new SplittableRandom(7));
        IDS.forEach(id -> assertThat(two.label(id)).isEqualTo(one.label(id)));
    }

    @Test
    void someoneOutsideTheExportHasNoPseudonym() {
        var pseudonyms = Pseudonyms.draw(IDS, new SplittableRandom(1));
        assertThat(pseudonyms.knows("demo-person-9999")).isFalse();
        assertThatThrownBy(() -> pseudonyms.label("demo-person-9999")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("9999");
    }
}
