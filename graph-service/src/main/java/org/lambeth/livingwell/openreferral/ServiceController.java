package org.lambeth.livingwell.openreferral;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /openreferral/services} (one-to-one fields, paged; {@code search}, {@code taxonomy_term_id},
 * {@code taxonomy_id}, {@code page}, {@code per_page}) and {@code GET /openreferral/services/{id}} (fully nested).
 */
@RestController
class ServiceController {

    private final FeedQueries queries;
    private final IdDirectory ids;

    ServiceController(FeedQueries queries, IdDirectory ids) {
        this.queries = queries;
        this.ids = ids;
    }

    @GetMapping("/openreferral/services")
    Map<String, Object> services(@RequestParam Map<String, String> parameters) {
        var page = PageRequest.of(parameters.get("page"), parameters.get("per_page"));
        var filter = ServiceFilter.read(parameters, queries, false);
        if (filter.matchesNothing()) {
            return page.envelope(0, List.of());
        }
        var found = queries.services(filter.textQuery(), filter.categoryId(), null, page);
        var views = views();
        var contents = found.rows().stream().map(row -> {
            ids.rememberAsset((String) row.get("id"));
            return views.summary(row);
        }).toList();
        return page.envelope(found.total(), contents);
    }

    @GetMapping("/openreferral/services/{id}")
    Map<String, Object> service(@PathVariable String id) {
        var row = OpenReferralIds.parse(id).flatMap(ids::assetOfService).flatMap(queries::service)
                .orElseThrow(() -> new NotFoundException("service", id));
        return views().full(row);
    }

    static ServiceViews views() {
        return new ServiceViews(ServletUriComponentsBuilder.fromCurrentContextPath().path("/openreferral")
                .toUriString());
    }
}
