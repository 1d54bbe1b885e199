package org.lambeth.livingwell.live;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One committed change of the map's data, as the feed keeps it: never personal data, only which asset changed (or how
 * many an import wrote) and the visibilities it had before and after, so a subscriber sees only what its role may.
 *
 * @param position the change's place in the feed (1, 2, 3... in commit order, with no gaps)
 * @param assetId the asset changed; null for an import or a resync
 * @param count how many assets the change wrote (1 for an edit)
 * @param source an import's source; null otherwise
 * @param visibilities the asset's visibilities before and after the change (those of all rows for an import)
 * @param at when the change was committed (the writer's clock)
 */
public record Change(long position, ChangeKind kind, String assetId, int count, String source,
        List<String> visibilities, OffsetDateTime at) {

    /** Tells a client to reload: the changes after its position are not all kept any more. */
    static Change resync(long position) {
        return new Change(position, ChangeKind.RESYNC, null, 0, null, List.of(), OffsetDateTime.now());
    }
}
