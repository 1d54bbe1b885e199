package org.lambeth.livingwell.asset.edit;

import graphql.schema.DataFetchingEnvironment;
import org.lambeth.livingwell.asset.AssetView;
import org.lambeth.livingwell.viewer.Viewer;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/** {@code addAsset}, {@code updateAsset} and {@code retireAsset} (EDITOR, checked by the @auth directive). */
@Controller
class AssetEditController {

    /** AddAssetPayload and UpdateAssetPayload. */
    record AssetPayload(AssetView asset) {
    }

    private final AssetEditService edits;

    AssetEditController(AssetEditService edits) {
        this.edits = edits;
    }

    @MutationMapping
    AssetPayload addAsset(@Argument AssetInputs.Add input, DataFetchingEnvironment env) {
        return new AssetPayload(edits.add(input, Viewer.of(env)));
    }

    @MutationMapping
    AssetPayload updateAsset(@Argument AssetInputs.Update input, DataFetchingEnvironment env) {
        return new AssetPayload(edits.update(input, Viewer.of(env)));
    }

    @MutationMapping
    AssetEditService.RetiredAsset retireAsset(@Argument AssetInputs.Retire input, DataFetchingEnvironment env) {
        return edits.retire(input, Viewer.of(env));
    }
}
