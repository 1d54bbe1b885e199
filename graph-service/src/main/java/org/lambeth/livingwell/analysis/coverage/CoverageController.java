package org.lambeth.livingwell.analysis.coverage;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** {@code coverage(category, walkMetres, kind)}; each area's locality resolves through the locality feature. */
@Controller
class CoverageController {

    private final CoverageService coverage;

    CoverageController(CoverageService coverage) {
        this.coverage = coverage;
    }

    @QueryMapping
    CoverageReport coverage(@Argument String category, @Argument double walkMetres, @Argument String kind) {
        return coverage.coverage(category, walkMetres, kind);
    }
}
