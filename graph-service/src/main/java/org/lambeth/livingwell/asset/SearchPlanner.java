package org.lambeth.livingwell.asset;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;

import org.lambeth.livingwell.api.InvalidArgumentException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Checks an {@link AssetFilter} part by part and turns it into a {@link SearchPlan}. */
@Component
class SearchPlanner {

    static final double MAX_RADIUS_METRES = 20_000;
    static final int MAX_CATEGORIES = 50;

    private final PlaceResolver places;
    private final Clock clock;

    @Autowired
    SearchPlanner(PlaceResolver places) {
        this(places, Clock.systemUTC());
    }

    SearchPlanner(PlaceResolver places, Clock clock) {
        this.places = places;
        this.clock = clock;
    }

    SearchPlan plan(AssetFilter given, String argument) {
        var filter = given == null ? AssetFilter.NONE : given;
        var near = near(filter, argument);
        var within = filter.within();
        checkWithin(within, argument + ".within");
        var checked = new SearchFilter(near,
                within == null ? null : within.locality(),
                within == null || within.box() == null ? null : checkedBox(within.box(), argument + ".within.box"),
                categories(filter.categories(), argument + ".categories"),
                filter.text() == null ? null : TextQuery.of(filter.text(), argument + ".text"),
                filter.free(),
                filter.accessibility() == null ? List.of() : filter.accessibility().stream().distinct().toList(),
                filter.visibility() == null || filter.visibility().isEmpty() ? List.of(Visibility.PUBLIC)
                        : filter.visibility().stream().distinct().toList(),
                openingTime(filter, argument));
        return new SearchPlan(checked, scope(filter));
    }

    private SearchFilter.Near near(AssetFilter filter, String argument) {
        if (filter.near() == null) {
            return null;
        }
        var centre = places.resolve(filter.near().place(), argument + ".near.place");
        var radius = filter.near().radiusMetres();
        if (radius == null || !Double.isFinite(radius) || radius <= 0 || radius > MAX_RADIUS_METRES) {
            throw new InvalidArgumentException(argument + ".near.radiusMetres",
                    "must be more than 0 and at most " + (int) MAX_RADIUS_METRES + " metres, was " + radius);
        }
        return new SearchFilter.Near(centre.latitude(), centre.longitude(), radius);
    }

    private static void checkWithin(AssetFilter.Within within, String argument) {
        if (within == null) {
            return;
        }
        if ((within.box() == null) == (within.locality() == null)) {
            throw new InvalidArgumentException(argument, "give either a box or a locality");
        }
        if (within.locality() != null && (within.locality().isBlank() || within.locality().length() > 100)) {
            throw new InvalidArgumentException(argument + ".locality", "is not a locality id");
        }
    }

    /** {@code box}, checked: each side a coordinate, south below north and west of east. */
    static AssetFilter.Box checkedBox(AssetFilter.Box box, String argument) {
        if (box == null) {
            throw new InvalidArgumentException(argument, "a box is required");
        }
        latitude(box.south(), argument + ".south");
        latitude(box.north(), argument + ".north");
        longitude(box.west(), argument + ".west");
        longitude(box.east(), argument + ".east");
        if (box.south() >= box.north()) {
            throw new InvalidArgumentException(argument, "south (" + box.south() + ") must be below north ("
                    + box.north() + ")");
        }
        if (box.west() >= box.east()) {
            throw new InvalidArgumentException(argument, "west (" + box.west() + ") must be west of east ("
                    + box.east() + "); boxes across the antimeridian are not supported");
        }
        return box;
    }

    private static void latitude(Double value, String argument) {
        if (value == null || !Double.isFinite(value) || Math.abs(value) > 90) {
            throw new InvalidArgumentException(argument, "must be a latitude from -90 to 90, was " + value);
        }
    }

    private static void longitude(Double value, String argument) {
        if (value == null || !Double.isFinite(value) || Math.abs(value) > 180) {
            throw new InvalidArgumentException(argument, "must be a longitude from -180 to 180, was " + value);
        }
    }

    private static List<String> categories(List<String> ids, String argument) {
        if (ids == null) {
            return null;
        }
        if (ids.isEmpty() || ids.size() > MAX_CATEGORIES) {
            throw new InvalidArgumentException(argument, "give 1 to " + MAX_CATEGORIES + " category ids, or leave it out");
        }
        for (var id : ids) {
            if (id.isBlank() || id.length() > 100) {
                throw new InvalidArgumentException(argument, "'" + id + "' is not a category id");
            }
        }
        return ids.stream().distinct().toList();
    }

    private OpeningTime openingTime(AssetFilter filter, String argument) {
        boolean now = Boolean.TRUE.equals(filter.openNow());
        if (now && filter.openAt() != null) {
            throw new InvalidArgumentException(argument, "give openAt or openNow, not both");
        }
        if (now) {
            return OpeningTime.at(ZonedDateTime.now(clock));
        }
        if (filter.openAt() != null) {
            return OpeningTime.of(filter.openAt(), argument + ".openAt");
        }
        return null;
    }

    /** A short digest of the filter: cursors carry it, so one search's cursor is refused by another. */
    private static String scope(AssetFilter filter) {
        var digest = new java.util.zip.CRC32();
        digest.update(filter.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return Long.toHexString(digest.getValue());
    }
}
