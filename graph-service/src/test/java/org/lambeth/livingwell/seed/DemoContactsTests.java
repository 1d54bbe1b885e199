package org.lambeth.livingwell.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.seeds.network.DemoPerson;

class DemoContactsTests {

    private static List<Map<String, Object>> contacts(int people) {
        var contacts = new ArrayList<Map<String, Object>>();
        for (int i = 0; i < people; i++) {
            var person = new DemoPerson(String.format("demo-person-%04d", i + 1), "Cobalt Heron " + (i + 1),
                    "CARER", "E05014098");
            contacts.add(DemoContacts.of(person, i));
        }
        return contacts;
    }

    @Test
    void aboutAThirdConsentAndOnlyTheyHaveContactDetails() {
        var contacts = contacts(1000);
        var consenting = contacts.stream().filter(c -> !c.isEmpty()).toList();
        assertThat(consenting.size()).isBetween(290, 380);
        assertThat(consenting).allSatisfy(c -> assertThat(c).containsOnlyKeys("contactConsent", "contactConsentOn",
                "email", "phone").containsEntry("contactConsent", true));
    }

    @Test
    void detailsReachNobodyRealAndAreUnique() {
        var consenting = contacts(1000).stream().filter(c -> !c.isEmpty()).toList();
        assertThat(consenting).allSatisfy(c -> {
            assertThat((String) c.get("email")).matches("cobalt-heron-\\d+@example\\.org");
            assertThat((String) c.get("phone")).matches("07700 900\\d{3}");
        });
        assertThat(new HashSet<>(consenting.stream().map(c -> c.get("phone")).toList())).hasSize(consenting.size());
        assertThat(new HashSet<>(consenting.stream().map(c -> c.get("email")).toList())).hasSize(consenting.size());
    }

    @Test
    void theSameIdAlwaysGivesTheSameDetails() {
        assertThat(contacts(200)).isEqualTo(contacts(200));
        assertThat(DemoContacts.slug("Cobalt Heron 2")).isEqualTo("cobalt-heron-2");
        assertThat(DemoContacts.slug(" Ochre  Wren!")).isEqualTo("ochre-wren");
    }
}
