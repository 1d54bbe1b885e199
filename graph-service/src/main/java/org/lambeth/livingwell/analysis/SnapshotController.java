package org.lambeth.livingwell.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.lambeth.livingwell.viewer.Viewer;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import graphql.schema.DataFetchingEnvironment;

/** takeNetworkSnapshot and networkStrengthHistory. */
@Controller
class SnapshotController {

    record TakeNetworkSnapshotInput(List<String> between) {
    }

    private final SnapshotService snapshots;

    SnapshotController(SnapshotService snapshots) {
        this.snapshots = snapshots;
    }

    @MutationMapping
    Map<String, NetworkSnapshot> takeNetworkSnapshot(@Argument TakeNetworkSnapshotInput input,
            DataFetchingEnvironment env) {
        return Map.of("snapshot", snapshots.takeSnapshot(input.between(), Viewer.of(env)));
    }

    @QueryMapping
    List<NetworkSnapshot> networkStrengthHistory(@Argument List<String> between, @Argument LocalDate from,
            @Argument LocalDate to) {
        return snapshots.history(between, from, to);
    }
}
