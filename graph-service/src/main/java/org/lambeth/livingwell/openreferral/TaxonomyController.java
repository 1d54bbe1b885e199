package org.lambeth.livingwell.openreferral;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /openreferral/taxonomies[/{id}]} (the one taxonomy: the map's categories) and
 * {@code GET /openreferral/taxonomy_terms[/{id}]} (the categories, parents through BROADER), paged.
 */
@RestController
class TaxonomyController {

    private final FeedQueries queries;

    TaxonomyController(FeedQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/openreferral/taxonomies")
    Map<String, Object> taxonomies(@RequestParam(name = "page", required = false) String page,
            @RequestParam(name = "per_page", required = false) String perPage) {
        return PageRequest.of(page, perPage).slice(List.of(Taxonomy.taxonomy()));
    }

    @GetMapping("/openreferral/taxonomies/{id}")
    Map<String, Object> taxonomy(@PathVariable String id) {
        if (OpenReferralIds.parse(id).filter(OpenReferralIds.TAXONOMY::equals).isEmpty()) {
            throw new NotFoundException("taxonomy", id);
        }
        var taxonomy = Taxonomy.taxonomy();
        taxonomy.put("taxonomy_terms", queries.categories().stream().map(Taxonomy::term).toList());
        return taxonomy;
    }

    @GetMapping("/openreferral/taxonomy_terms")
    Map<String, Object> terms(@RequestParam(name = "page", required = false) String page,
            @RequestParam(name = "per_page", required = false) String perPage) {
        var request = PageRequest.of(page, perPage);
        return request.slice(queries.categories().stream().map(Taxonomy::term).toList());
    }

    @GetMapping("/openreferral/taxonomy_terms/{id}")
    Map<String, Object> term(@PathVariable String id) {
        var categories = queries.categories();
        var categoryId = OpenReferralIds.parse(id).map(uuid -> Taxonomy.categoryOf(uuid.toString(), categories))
                .orElseThrow(() -> new NotFoundException("taxonomy_term", id));
        return categories.stream().filter(c -> categoryId.equals(c.get("id"))).findFirst().map(Taxonomy::term)
                .orElseThrow(() -> new NotFoundException("taxonomy_term", id));
    }
}
