package org.lambeth.livingwell.asset;

import java.util.List;

import org.lambeth.livingwell.api.ForbiddenException;
import org.lambeth.livingwell.viewer.Role;
import org.lambeth.livingwell.viewer.Viewer;

/**
 * Who may see which assets: PUBLIC ones are for everyone; NETWORK ones (known inside the Network, such as a peer
 * group's meeting place) only for PEER_SUPPORTER and above.
 */
public final class VisibilityAccess {

    static final Role NETWORK_ROLE = Role.PEER_SUPPORTER;

    private VisibilityAccess() {
    }

    /** Refuses a filter asking for NETWORK assets from a viewer who may not see them. */
    static void check(AssetFilter filter, Viewer viewer) {
        if (filter != null && filter.visibility() != null && filter.visibility().contains(Visibility.NETWORK)
                && !viewer.may(NETWORK_ROLE)) {
            throw new ForbiddenException("filter.visibility: NETWORK assets need the role " + NETWORK_ROLE
                    + " or above; this request has " + viewer.role());
        }
    }

    /** The visibilities (as stored) of the assets this viewer may see. */
    public static List<String> visibleTo(Viewer viewer) {
        return viewer.may(NETWORK_ROLE) ? List.of(Visibility.PUBLIC.name(), Visibility.NETWORK.name())
                : List.of(Visibility.PUBLIC.name());
    }

    /** Whether the viewer may see this asset. */
    static boolean visible(AssetView asset, Viewer viewer) {
        return asset.visibility() != Visibility.NETWORK || viewer.may(NETWORK_ROLE);
    }
}
