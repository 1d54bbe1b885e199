package org.lambeth.livingwell.openreferral;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /openreferral/service_at_locations}: each public service at its location, paged; with {@code postcode}
 * only those within {@code proximity} metres of its centroid (5 km when not given), nearest first. Also takes
 * {@code search}, {@code taxonomy_term_id} and {@code taxonomy_id}.
 */
@RestController
class ServiceAtLocationController {

    private final FeedQueries queries;
    private final IdDirectory ids;

    ServiceAtLocationController(FeedQueries queries, IdDirectory ids) {
        this.queries = queries;
        this.ids = ids;
    }

    @GetMapping("/openreferral/service_at_locations")
    Map<String, Object> serviceAtLocations(@RequestParam Map<String, String> parameters) {
        var page = PageRequest.of(parameters.get("page"), parameters.get("per_page"));
        var filter = ServiceFilter.read(parameters, queries, true);
        if (filter.matchesNothing()) {
            return page.envelope(0, List.of());
        }
        var found = queries.services(filter.textQuery(), filter.categoryId(), filter.near(), page);
        var views = ServiceController.views();
        var contents = found.rows().stream().map(row -> {
            ids.rememberAsset((String) row.get("id"));
            return views.serviceAtLocation(row, true);
        }).toList();
        return page.envelope(found.total(), contents);
    }
}
