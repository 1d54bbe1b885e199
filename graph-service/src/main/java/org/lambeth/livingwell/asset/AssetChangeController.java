package org.lambeth.livingwell.asset;

import java.util.OptionalLong;

import org.lambeth.livingwell.api.InvalidArgumentException;
import org.lambeth.livingwell.live.Change;
import org.lambeth.livingwell.live.ChangeKind;
import org.lambeth.livingwell.live.ChangeStream;
import org.lambeth.livingwell.viewer.Viewer;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

import reactor.core.publisher.Flux;

/** The live map's feed: changeFeedPosition and the assetChanges subscription, filtered by what the viewer may see. */
@Controller
class AssetChangeController {

    private final ChangeStream changes;
    private final AssetService assets;

    AssetChangeController(ChangeStream changes, AssetService assets) {
        this.changes = changes;
        this.assets = assets;
    }

    @QueryMapping
    String changeFeedPosition() {
        return Long.toString(changes.position());
    }

    @SubscriptionMapping
    Flux<Change> assetChanges(@Argument String after, @ContextValue(Viewer.KEY) Viewer viewer) {
        var visible = VisibilityAccess.visibleTo(viewer);
        return changes.changes(position(after)).filter(change -> change.kind() == ChangeKind.RESYNC
                || change.visibilities().stream().anyMatch(visible::contains));
    }

    @SchemaMapping(typeName = "AssetChange")
    String position(Change change) {
        return Long.toString(change.position());
    }

    @SchemaMapping(typeName = "AssetChange")
    AssetView asset(Change change, @ContextValue(Viewer.KEY) Viewer viewer) {
        if (change.assetId() == null || change.kind() == ChangeKind.RETIRED) {
            return null;
        }
        return assets.findAsset(change.assetId()).filter(asset -> VisibilityAccess.visible(asset, viewer))
                .orElse(null);
    }

    private static OptionalLong position(String after) {
        if (after == null) {
            return OptionalLong.empty();
        }
        try {
            long position = Long.parseLong(after.strip());
            if (position < 0) {
                throw new NumberFormatException();
            }
            return OptionalLong.of(position);
        } catch (NumberFormatException e) {
            throw new InvalidArgumentException("after", "not a change-feed position (give one from "
                    + "changeFeedPosition or an earlier change)");
        }
    }
}
