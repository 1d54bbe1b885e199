package org.lambeth.livingwell.analysis.networkmap;

import java.time.LocalDate;
import java.util.List;

import org.lambeth.livingwell.viewer.Viewer;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code networkMap(kinds, asOf)}: the organisations' network the viewer may see, for the map. */
@Controller
class NetworkMapController {

    private final NetworkMapService service;

    NetworkMapController(NetworkMapService service) {
        this.service = service;
    }

    @QueryMapping
    NetworkMap networkMap(@Argument List<String> kinds, @Argument LocalDate asOf,
            @ContextValue(Viewer.KEY) Viewer viewer) {
        return service.networkMap(kinds, asOf, viewer);
    }
}
