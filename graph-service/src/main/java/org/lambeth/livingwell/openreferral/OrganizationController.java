package org.lambeth.livingwell.openreferral;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /openreferral/organizations[/{id}]}: the organisations that run at least one public asset, by name,
 * paged. (The profile's OpenAPI document lists no organizations endpoint; this one follows HSDS 3.0's and answers
 * with the profile's organization fields.)
 */
@RestController
class OrganizationController {

    private final FeedQueries queries;
    private final IdDirectory ids;

    OrganizationController(FeedQueries queries, IdDirectory ids) {
        this.queries = queries;
        this.ids = ids;
    }

    @GetMapping("/openreferral/organizations")
    Map<String, Object> organizations(@RequestParam(name = "page", required = false) String page,
            @RequestParam(name = "per_page", required = false) String perPage) {
        var request = PageRequest.of(page, perPage);
        var found = queries.organisations(request);
        var contents = found.rows().stream().map(row -> {
            ids.rememberOrganisation((String) row.get("id"));
            return Taxonomy.organization(row);
        }).toList();
        return request.envelope(found.total(), contents);
    }

    @GetMapping("/openreferral/organizations/{id}")
    Map<String, Object> organization(@PathVariable String id) {
        return OpenReferralIds.parse(id).flatMap(ids::organisation).flatMap(queries::organisation)
                .map(Taxonomy::organization).orElseThrow(() -> new NotFoundException("organization", id));
    }
}
