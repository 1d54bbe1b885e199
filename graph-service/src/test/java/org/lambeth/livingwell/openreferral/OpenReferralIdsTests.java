package org.lambeth.livingwell.openreferral;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class OpenReferralIdsTests {

    @Test
    void aServiceIdIsTheNameBasedUuidOfTheAssetId() {
        assertThat(OpenReferralIds.service("lambeth-library-7"))
                .isEqualTo(UUID.nameUUIDFromBytes("asset:lambeth-library-7".getBytes(UTF_8)));
        assertThat(OpenReferralIds.service("lambeth-library-7").version()).isEqualTo(3);
    }

    @Test
    void idsAreStableAndDifferByKindAndId() {
        assertThat(OpenReferralIds.service("a")).isEqualTo(OpenReferralIds.service("a"));
        var all = new HashSet<UUID>();
        for (var id : new String[] {"a", "b"}) {
            all.add(OpenReferralIds.service(id));
            all.add(OpenReferralIds.location(id));
            all.add(OpenReferralIds.serviceAtLocation(id));
            all.add(OpenReferralIds.address(id));
            all.add(OpenReferralIds.organization(id));
            all.add(OpenReferralIds.taxonomyTerm(id));
            all.add(OpenReferralIds.phone(id));
            all.add(OpenReferralIds.costOption(id));
        }
        assertThat(all).hasSize(16);
        // a separator keeps composite keys apart: ("ab", "c") is not ("a", "bc")
        assertThat(OpenReferralIds.attribute("ab", "c")).isNotEqualTo(OpenReferralIds.attribute("a", "bc"));
    }

    @Test
    void parseTakesOnlyWellFormedUuids() {
        var id = OpenReferralIds.service("x");
        assertThat(OpenReferralIds.parse(id.toString())).contains(id);
        assertThat(OpenReferralIds.parse(id.toString().toUpperCase())).contains(id);
        assertThat(OpenReferralIds.parse("x")).isEmpty();
        assertThat(OpenReferralIds.parse(null)).isEmpty();
        assertThat(OpenReferralIds.parse("1-1-1-1-1")).isEmpty();
        assertThat(OpenReferralIds.parse(id.toString().replace('-', 'x'))).isEmpty();
    }
}
