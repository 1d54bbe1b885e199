package org.lambeth.livingwell.analysis.coverage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.lambeth.livingwell.geo.WgsCoordinate;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Where assets are within a straight-line walk: a disc of {@code walkMetres} around each asset, in a
 * {@link LocalPlane}; the union of the discs is the covered ground and the rest of an area is its gap. Areas come
 * in and gaps go out as WGS-84 lon/lat; everything in between is metres.
 * <p>
 * A disc is a polygon of {@value #DISC_SIDES} sides: its area is 0.04% under the true circle's. Whether an asset
 * is within walking distance of a place or an area is decided exactly (point distance), not by the polygon.
 */
final class WalkCoverage {

    static final int DISC_SIDES = 128;

    /** What a walk covers of one area: the assets that reach it, the share left uncovered and that gap. */
    record AreaCoverage(int assetsWithinWalk, double uncoveredShare, Geometry gap) {
    }

    private final LocalPlane plane;
    private final double walkMetres;
    private final GeometryFactory factory = new GeometryFactory();
    private final int assetCount;
    private final STRtree assetIndex = new STRtree();
    private final Geometry covered;

    /**
     * @param assets the assets' locations (each one counts, even when two share a place)
     * @param walkMetres the walking distance, more than 0
     */
    WalkCoverage(LocalPlane plane, Collection<WgsCoordinate> assets, double walkMetres) {
        this.plane = plane;
        this.walkMetres = walkMetres;
        var discs = new ArrayList<Geometry>();
        for (var asset : assets) {
            var point = plane.toMetres(asset);
            assetIndex.insert(new Envelope(point), point);
            discs.add(factory.createPoint(point).buffer(walkMetres, DISC_SIDES / 4));
        }
        assetIndex.build();
        this.assetCount = discs.size();
        this.covered = discs.isEmpty() ? factory.createPolygon() : OverlayNGRobust.union(discs);
    }

    /**
     * The assets whose walk reaches a region (lon/lat polygons) or one of its places that lie outside its outline
     * (postcode centroids a few metres beyond a generalised boundary): those that can serve its people.
     */
    static List<WgsCoordinate> serving(LocalPlane plane, Geometry regionWgs, Collection<WgsCoordinate> places,
            Collection<WgsCoordinate> assets, double walkMetres) {
        var region = plane.toMetres(regionWgs);
        var inside = new IndexedPointInAreaLocator(region);
        var outliers = new ArrayList<Geometry>();
        for (var place : places) {
            var point = plane.toMetres(place);
            if (inside.locate(point) == Location.EXTERIOR) {
                outliers.add(region.getFactory().createPoint(point));
            }
        }
        outliers.add(region);
        var served = region.getFactory().buildGeometry(outliers);
        return assets.stream()
                .filter(a -> served.isWithinDistance(region.getFactory().createPoint(plane.toMetres(a)), walkMetres))
                .toList();
    }

    /** The number of assets, the share of an area (lon/lat polygons) beyond walking distance, and that gap. */
    AreaCoverage assess(Geometry areaWgs) {
        var area = plane.toMetres(areaWgs);
        var reach = new Envelope(area.getEnvelopeInternal());
        reach.expandBy(walkMetres);
        int within = 0;
        for (Object candidate : assetIndex.query(reach)) {
            if (area.isWithinDistance(factory.createPoint((Coordinate) candidate), walkMetres)) {
                within++;
            }
        }
        var gap = gap(area);
        return new AreaCoverage(within, share(gap, area), gap.isEmpty() ? null : plane.toWgs(gap));
    }

    /** The share (0..1) of an area (lon/lat polygons) beyond walking distance of every asset. */
    double uncoveredShare(Geometry areaWgs) {
        var area = plane.toMetres(areaWgs);
        return share(gap(area), area);
    }

    private Geometry gap(Geometry area) {
        var difference = OverlayNGRobust.overlay(area, covered, OverlayNG.DIFFERENCE);
        // a difference of polygons can leave collapsed lines or points beside its polygons
        return difference instanceof Polygonal ? difference
                : factory.buildGeometry(PolygonExtracter.getPolygons(difference));
    }

    private static double share(Geometry gap, Geometry area) {
        double areaSquareMetres = area.getArea();
        return areaSquareMetres == 0 ? 0 : Math.min(1, gap.getArea() / areaSquareMetres);
    }

    /** True when some asset is within walking distance of the place. */
    boolean reaches(WgsCoordinate place) {
        var point = plane.toMetres(place);
        var reach = new Envelope(point);
        reach.expandBy(walkMetres);
        for (Object candidate : assetIndex.query(reach)) {
            if (point.distance((Coordinate) candidate) <= walkMetres) {
                return true;
            }
        }
        return false;
    }

    int assetCount() {
        return assetCount;
    }
}
