package org.lambeth.livingwell.asset;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lambeth.livingwell.api.InvalidArgumentException;
import org.lambeth.livingwell.asset.hours.AccessibilityFeature;
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
        var parameters = new HashMap<String, Object>();
        near(filter, argument, parameters);
        within(filter.within(), argument + ".within", parameters);
        parameters.put("categoryIds", categories(filter.categories(), argument + ".categories"));
        parameters.put("textQuery", filter.text() == null ? null : TextQuery.of(filter.text(), argument + ".text"));
        parameters.put("free", filter.free());
        parameters.put("accessibility", filter.accessibility() == null ? List.of()
                : filter.accessibility().stream().map(AccessibilityFeature::name).distinct().toList());
        parameters.put("visibility", filter.visibility() == null || filter.visibility().isEmpty()
                ? List.of(Visibility.PUBLIC.name())
                : filter.visibility().stream().map(Visibility::name).distinct().toList());
        parameters.putAll(openingTime(filter, argument));
        boolean hasNear = parameters.get("latitude") != null;
        boolean hasText = parameters.get("textQuery") != null;
        String entry = hasText ? "text" : hasNear ? "near" : parameters.get("locality") != null ? "locality"
                : parameters.get("south") != null ? "box" : parameters.get("categoryIds") != null ? "categories" : "all";
        return new SearchPlan(entry, parameters, hasNear, hasText, scope(filter));
    }

    private void near(AssetFilter filter, String argument, Map<String, Object> parameters) {
        parameters.put("latitude", null);
        parameters.put("longitude", null);
        parameters.put("radiusMetres", null);
        if (filter.near() == null) {
            return;
        }
        var centre = places.resolve(filter.near().place(), argument + ".near.place");
        var radius = filter.near().radiusMetres();
        if (radius == null || !Double.isFinite(radius) || radius <= 0 || radius > MAX_RADIUS_METRES) {
            throw new InvalidArgumentException(argument + ".near.radiusMetres",
                    "must be more than 0 and at most " + (int) MAX_RADIUS_METRES + " metres, was " + radius);
        }
        parameters.put("latitude", centre.latitude());
        parameters.put("longitude", centre.longitude());
        parameters.put("radiusMetres", radius);
    }

    private static void within(AssetFilter.Within within, String argument, Map<String, Object> parameters) {
        parameters.put("locality", null);
        for (var side : List.of("south", "west", "north", "east")) {
            parameters.put(side, null);
        }
        if (within == null) {
            return;
        }
        if ((within.box() == null) == (within.locality() == null)) {
            throw new InvalidArgumentException(argument, "give either a box or a locality");
        }
        if (within.locality() != null) {
            if (within.locality().isBlank() || within.locality().length() > 100) {
                throw new InvalidArgumentException(argument + ".locality", "is not a locality id");
            }
            parameters.put("locality", within.locality());
            return;
        }
        parameters.putAll(boxParameters(within.box(), argument + ".box"));
    }

    /** The four sides of a checked box, as parameters. */
    static Map<String, Object> boxParameters(AssetFilter.Box box, String argument) {
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
        return Map.of("south", box.south(), "west", box.west(), "north", box.north(), "east", box.east());
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

    private Map<String, Object> openingTime(AssetFilter filter, String argument) {
        boolean now = Boolean.TRUE.equals(filter.openNow());
        if (now && filter.openAt() != null) {
            throw new InvalidArgumentException(argument, "give openAt or openNow, not both");
        }
        if (now) {
            return OpeningTime.at(ZonedDateTime.now(clock)).parameters();
        }
        if (filter.openAt() != null) {
            return OpeningTime.of(filter.openAt(), argument + ".openAt").parameters();
        }
        return OpeningTime.noParameters();
    }

    /** A short digest of the filter: cursors carry it, so one search's cursor is refused by another. */
    private static String scope(AssetFilter filter) {
        var digest = new java.util.zip.CRC32();
        digest.update(filter.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return Long.toHexString(digest.getValue());
    }
}
