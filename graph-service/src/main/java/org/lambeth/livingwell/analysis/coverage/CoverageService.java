package org.lambeth.livingwell.analysis.coverage;

import java.util.Comparator;
import java.util.Set;

import org.lambeth.livingwell.api.InvalidArgumentException;
import org.lambeth.livingwell.locality.LocalityView;
import org.springframework.stereotype.Service;

/**
 * Coverage gaps: for each ward or LSOA, how many assets of a category lie within a straight-line walk, and what of
 * the borough, of each area and of Lambeth's postcodes has none. Three reads, then geometry in a local metric plane
 * centred on the borough (see {@link LocalPlane} and {@link WalkCoverage}).
 */
@Service
public class CoverageService {

    static final double MAX_WALK_METRES = 5_000;
    static final Set<String> KINDS = Set.of("WARD", "LSOA");
    private static final String BOROUGH = "BOROUGH";

    private final CoverageReader reader;

    CoverageService(CoverageReader reader) {
        this.reader = reader;
    }

    /**
     * @param categoryId a category id; its narrower categories count too
     * @param walkMetres straight-line walking distance, more than 0 and at most 5,000
     * @param kind WARD or LSOA
     */
    public CoverageReport coverage(String categoryId, double walkMetres, String kind) {
        checkArguments(categoryId, walkMetres, kind);
        var category = reader.findCategoryAssets(categoryId)
                .orElseThrow(() -> new InvalidArgumentException("category", "no category '" + categoryId + "'"));
        var boundaries = reader.listBoundaries(kind);
        var borough = boundaries.stream().filter(b -> b.locality().kind().equals(BOROUGH)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no borough boundary in the graph"));
        var postcodes = reader.listLambethPostcodes();

        var plane = LocalPlane.centredOn(borough.geometry());
        var serving = WalkCoverage.serving(plane, borough.geometry(), postcodes, category.locations(), walkMetres);
        var walk = new WalkCoverage(plane, serving, walkMetres);
        var areas = boundaries.stream().filter(b -> b.locality().kind().equals(kind))
                .sorted(Comparator.comparing(CoverageReader.Boundary::locality, LocalityView.ORDER))
                .map(b -> area(b.locality(), walk.assess(b.geometry()))).toList();
        int uncoveredPostcodes = (int) postcodes.stream().filter(p -> !walk.reaches(p)).count();
        return new CoverageReport(category.id(), category.name(), walkMetres, kind, areas,
                walk.uncoveredShare(borough.geometry()),
                postcodes.isEmpty() ? 0 : (double) uncoveredPostcodes / postcodes.size(), uncoveredPostcodes,
                walk.assetCount());
    }

    private static void checkArguments(String categoryId, double walkMetres, String kind) {
        if (categoryId == null || categoryId.isBlank()) {
            throw new InvalidArgumentException("category", "a category id is required");
        }
        if (!(walkMetres > 0 && walkMetres <= MAX_WALK_METRES)) {
            throw new InvalidArgumentException("walkMetres",
                    "must be more than 0 and at most " + (int) MAX_WALK_METRES + " metres, was " + walkMetres);
        }
        if (kind == null || !KINDS.contains(kind)) {
            throw new InvalidArgumentException("kind", "must be WARD or LSOA, was " + kind);
        }
    }

    private static CoverageArea area(LocalityView locality, WalkCoverage.AreaCoverage coverage) {
        return new CoverageArea(locality, coverage.assetsWithinWalk(), coverage.uncoveredShare(), coverage.gap());
    }
}
