package org.lambeth.livingwell.analysis.coverage;

import java.util.List;

/**
 * How well a category of assets covers Lambeth within a straight-line walk, as the GraphQL type
 * {@code CoverageReport} shows it.
 *
 * @param categoryId the category asked for (its narrower categories included)
 * @param categoryName its display name
 * @param walkMetres the straight-line walking distance
 * @param kind WARD or LSOA: the areas reported
 * @param areas every area of that kind, by name
 * @param uncoveredAreaShare share (0..1) of the borough's area beyond walkMetres of every such asset
 * @param uncoveredPostcodeShare share (0..1) of Lambeth's postcodes beyond walkMetres of every such asset
 * @param uncoveredPostcodes how many of Lambeth's postcodes that is
 * @param assetCount the assets of the category considered: those within walkMetres of the borough or of one of
 *        its postcodes
 */
public record CoverageReport(String categoryId, String categoryName, double walkMetres, String kind,
        List<CoverageArea> areas, double uncoveredAreaShare, double uncoveredPostcodeShare, int uncoveredPostcodes,
        int assetCount) {
}
