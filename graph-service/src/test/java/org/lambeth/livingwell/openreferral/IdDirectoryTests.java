package org.lambeth.livingwell.openreferral;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

class IdDirectoryTests {

    /** No database behind it: a lookup that tried to read every published id would fail. */
    private final IdDirectory directory = new IdDirectory(null, null);

    @Test
    void aUuidThatIsNotNameBasedIsUnknownWithoutReadingTheGraph() {
        assertThat(directory.assetOfService(UUID.randomUUID())).isEmpty();
        assertThat(directory.organisation(UUID.randomUUID())).isEmpty();
    }

    @Test
    void aUuidHandedOutIsFoundAgain() {
        directory.rememberAsset("lambeth-library-7");
        assertThat(directory.assetOfService(OpenReferralIds.service("lambeth-library-7")))
                .contains("lambeth-library-7");
    }
}
