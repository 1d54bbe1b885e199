package org.lambeth.livingwell.analysis.coverage;

import org.lambeth.livingwell.locality.LocalityView;
import org.locationtech.jts.geom.Geometry;

/**
 * One ward's or LSOA's coverage, as the GraphQL type {@code CoverageArea} shows it.
 *
 * @param locality the area (its boundary and asset count are batch-loaded by the locality feature)
 * @param assetsWithinWalk the assets of the category within walkMetres of some point of the area
 * @param uncoveredShare share (0..1) of the area beyond walkMetres of every such asset
 * @param gap that part of the area, WGS-84 lon/lat; null when it is fully covered
 */
public record CoverageArea(LocalityView locality, int assetsWithinWalk, double uncoveredShare, Geometry gap) {
}
