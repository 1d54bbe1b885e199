package org.lambeth.livingwell.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.lambeth.livingwell.api.InvalidArgumentException;
import org.lambeth.livingwell.asset.edit.AssetFieldRules;
import org.lambeth.livingwell.asset.Visibility;
import org.lambeth.livingwell.asset.hours.AccessibilityFeature;
import org.lambeth.livingwell.asset.hours.OpeningHoursText;
import org.lambeth.livingwell.geo.Postcode;
import org.lambeth.livingwell.geo.WgsCoordinate;

/**
 * Checks one row against the same rules as editing an asset (asset.AssetFieldRules) plus what only a file can get
 * wrong: a missing id, a location outside the service area or given the wrong way round, an unknown postcode or
 * category, an unreadable opening-hours text. Every problem of a row is reported, not only the first.
 */
final class RowChecker {

    static final int MAX_ID = 200;
    private static final Pattern LIST = Pattern.compile("\\s*[;|]\\s*");

    /** What a row is checked against, read from the graph once per import. */
    record Reference(ImportStore.LinkTargets targets, Map<String, WgsCoordinate> postcodes, ImportArea area) {

        Set<String> categoryIds() {
            return targets.categories().keySet();
        }
    }

    private final Reference reference;
    private final String source;
    private final String defaultCategory;

    RowChecker(Reference reference, String source, String defaultCategory) {
        this.reference = reference;
        this.source = source;
        this.defaultCategory = defaultCategory;
    }

    /** The checked row, or null with its problems added to {@code problems}. */
    CheckedRow check(RawRow raw, List<ImportProblem> problems) {
        var found = new ArrayList<>(raw.problems());
        var row = raw.row();
        var props = new TreeMap<String, Object>();
        var sourceId = sourceId(raw, found);
        props.put("name", field(raw, ImportFields.NAME, AssetFieldRules::name, found));
        putIfPresent(props, "description", field(raw, ImportFields.DESCRIPTION, AssetFieldRules::description, found));
        putIfPresent(props, "address", field(raw, ImportFields.ADDRESS, AssetFieldRules::address, found));
        putIfPresent(props, "phone", field(raw, ImportFields.PHONE, AssetFieldRules::phone, found));
        putIfPresent(props, "email", field(raw, ImportFields.EMAIL, AssetFieldRules::email, found));
        putIfPresent(props, "website", field(raw, ImportFields.WEBSITE, AssetFieldRules::website, found));
        var postcode = field(raw, ImportFields.POSTCODE, text -> Postcode.parse(text).value(), found);
        putIfPresent(props, "postcode", postcode);
        putIfPresent(props, "free", field(raw, ImportFields.FREE, RowChecker::yesNo, found));
        putIfPresent(props, "accessibility", field(raw, ImportFields.ACCESSIBILITY, RowChecker::features, found));
        var visibility = field(raw, ImportFields.VISIBILITY, RowChecker::visibility, found);
        props.put("visibility", visibility == null ? Visibility.PUBLIC.name() : visibility);
        hours(raw, props, found);
        var categories = categories(raw, found);
        var point = point(raw, postcode, found);
        var organisation = organisation(raw, found);
        if (!found.isEmpty()) {
            problems.addAll(found);
            return null;
        }
        var assetId = "import:" + source + ":" + sourceId;
        props.put("id", assetId);
        props.put("source", source);
        props.put("sourceId", sourceId);
        var hash = hash(props, categories, point, organisation);
        props.put("importHash", hash);
        return new CheckedRow(row, sourceId, assetId, props, categories, point, organisation, hash);
    }

    private String sourceId(RawRow raw, List<ImportProblem> found) {
        var id = raw.value(ImportFields.ID) == null ? null : raw.value(ImportFields.ID).strip();
        if (id == null || id.isEmpty()) {
            found.add(new ImportProblem(raw.row(), ImportFields.ID, null, "every row needs an id (its id in the "
                    + "source, so that importing the file again updates the same asset)"));
        } else if (id.length() > MAX_ID || id.chars().anyMatch(Character::isISOControl)) {
            found.add(new ImportProblem(raw.row(), ImportFields.ID, id, "an id is one line of at most " + MAX_ID
                    + " characters"));
        }
        return id;
    }

    /** A field's checked value: null when absent or blank; a refusal becomes a problem naming the field. */
    private static <T> T field(RawRow raw, String field, Function<String, T> rule, List<ImportProblem> found) {
        var value = raw.value(field);
        if (value == null || (value.isBlank() && !field.equals(ImportFields.NAME))) {
            if (field.equals(ImportFields.NAME)) {
                found.add(new ImportProblem(raw.row(), field, null, "every row needs a name"));
            }
            return null;
        }
        try {
            return rule.apply(value);
        } catch (InvalidArgumentException e) {
            found.add(new ImportProblem(raw.row(), field, value, e.problem()));
        } catch (IllegalArgumentException e) {
            found.add(new ImportProblem(raw.row(), field, value, e.getMessage()));
        }
        return null;
    }

    private List<String> categories(RawRow raw, List<ImportProblem> found) {
        var text = raw.value(ImportFields.CATEGORIES);
        var terms = raw.value(ImportFields.TAXONOMY_TERMS);
        if (text == null && terms != null) {
            text = String.join(";", LIST.splitAsStream(terms).filter(reference.categoryIds()::contains).toList());
        }
        var ids = new LinkedHashSet<String>();
        if (text != null && !text.isBlank()) {
            for (var id : LIST.split(text.strip())) {
                if (!id.isEmpty()) {
                    ids.add(id);
                }
            }
        }
        if (ids.isEmpty()) {
            if (defaultCategory == null) {
                found.add(terms == null
                        ? new ImportProblem(raw.row(), ImportFields.CATEGORIES, text,
                                "no category: give category ids (separated by ;) or a default category for the import")
                        : new ImportProblem(raw.row(), "taxonomy_terms", terms, "no taxonomy term is a Living Well "
                                + "Map category id: give a default category for the import"));
                return List.of();
            }
            ids.add(defaultCategory);
        }
        var unknown = ids.stream().filter(id -> !reference.categoryIds().contains(id)).toList();
        if (!unknown.isEmpty()) {
            found.add(new ImportProblem(raw.row(), ImportFields.CATEGORIES, text, "no such category: "
                    + String.join(", ", unknown) + " (the categories are listed by the categories query)"));
        }
        if (ids.size() > AssetFieldRules.MAX_CATEGORIES) {
            found.add(new ImportProblem(raw.row(), ImportFields.CATEGORIES, text, "at most "
                    + AssetFieldRules.MAX_CATEGORIES + " categories, was " + ids.size()));
        }
        return List.copyOf(ids);
    }

    private WgsCoordinate point(RawRow raw, String postcode, List<ImportProblem> found) {
        var latitude = raw.value(ImportFields.LATITUDE);
        var longitude = raw.value(ImportFields.LONGITUDE);
        var hasLatitude = latitude != null && !latitude.isBlank();
        var hasLongitude = longitude != null && !longitude.isBlank();
        if (hasLatitude != hasLongitude) {
            var missing = hasLatitude ? ImportFields.LONGITUDE : ImportFields.LATITUDE;
            found.add(new ImportProblem(raw.row(), missing, null, "give both latitude and longitude, or neither"));
            return null;
        }
        if (!hasLatitude) {
            return placedByPostcode(raw, postcode, found);
        }
        var lat = number(raw, ImportFields.LATITUDE, latitude, found);
        var lon = number(raw, ImportFields.LONGITUDE, longitude, found);
        if (lat == null || lon == null) {
            return null;
        }
        WgsCoordinate point;
        try {
            point = new WgsCoordinate(lat, lon);
        } catch (IllegalArgumentException e) {
            var field = e.getMessage().startsWith("latitude") ? ImportFields.LATITUDE : ImportFields.LONGITUDE;
            found.add(new ImportProblem(raw.row(), field, field.equals(ImportFields.LATITUDE) ? latitude : longitude,
                    e.getMessage()));
            return null;
        }
        var outside = reference.area().problem(point);
        if (outside != null) {
            found.add(new ImportProblem(raw.row(), "latitude,longitude", latitude.strip() + "," + longitude.strip(),
                    outside));
            return null;
        }
        return point;
    }

    private WgsCoordinate placedByPostcode(RawRow raw, String postcode, List<ImportProblem> found) {
        if (postcode == null) {
            if (raw.value(ImportFields.POSTCODE) == null || raw.value(ImportFields.POSTCODE).isBlank()) {
                found.add(new ImportProblem(raw.row(), "latitude,longitude", null,
                        "no location: give latitude and longitude, or a postcode"));
            }
            return null;
        }
        var point = reference.postcodes().get(postcode.replace(" ", ""));
        if (point == null) {
            found.add(new ImportProblem(raw.row(), ImportFields.POSTCODE, postcode, "not in the postcode table "
                    + "(Lambeth and neighbouring postcodes): give latitude and longitude instead"));
        }
        return point;
    }

    private static Double number(RawRow raw, String field, String text, List<ImportProblem> found) {
        try {
            var value = Double.parseDouble(text.strip());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        found.add(new ImportProblem(raw.row(), field, text, "not a number in decimal degrees"));
        return null;
    }

    private CheckedRow.Organisation organisation(RawRow raw, List<ImportProblem> found) {
        var id = raw.value(ImportFields.ORGANISATION_ID);
        var name = field(raw, ImportFields.ORGANISATION_NAME, AssetFieldRules::name, found);
        var hasId = id != null && !id.isBlank();
        if (!hasId && name == null) {
            return null;
        }
        if (name == null) {
            found.add(new ImportProblem(raw.row(), ImportFields.ORGANISATION_NAME, null,
                    "an organisation id needs the organisation's name"));
            return null;
        }
        var key = hasId ? id.strip() : name.toLowerCase(Locale.ROOT);
        return new CheckedRow.Organisation("import:" + source + ":org:" + key, name);
    }

    private static void hours(RawRow raw, Map<String, Object> props, List<ImportProblem> found) {
        var text = raw.value(ImportFields.OPENING_HOURS);
        if (text == null || text.isBlank()) {
            return;
        }
        try {
            var hours = OpeningHoursText.fromSchemeNotes(text);
            props.put("weeklyOpen", boxed(hours.weeklyOpen()));
            if (hours.openExceptions().length > 0) {
                props.put("openExceptions", boxed(hours.openExceptions()));
            }
        } catch (IllegalArgumentException e) {
            found.add(new ImportProblem(raw.row(), ImportFields.OPENING_HOURS, text, e.getMessage()
                    + " (expected e.g. \"Mon - Fri: 09:00 - 17:00 Sat: 10:00 - 13:00 Sun: Closed\")"));
        }
    }

    private static Boolean yesNo(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> true;
            case "false", "no", "n", "0" -> false;
            default -> throw new IllegalArgumentException("expected true or false (or yes/no)");
        };
    }

    private static List<String> features(String text) {
        var features = new TreeSet<String>();
        for (var name : LIST.split(text.strip())) {
            var normal = name.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
            try {
                features.add(AccessibilityFeature.valueOf(normal).name());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + name + "' is not an accessibility feature (expected any of "
                        + List.of(AccessibilityFeature.values()) + ", separated by ;)");
            }
        }
        return List.copyOf(features);
    }

    private static String visibility(String text) {
        try {
            return Visibility.valueOf(text.strip().toUpperCase(Locale.ROOT)).name();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected PUBLIC or NETWORK");
        }
    }

    private static void putIfPresent(Map<String, Object> props, String key, Object value) {
        if (value != null) {
            props.put(key, value);
        }
    }

    private static List<Long> boxed(long[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    private static String hash(Map<String, Object> props, List<String> categories, WgsCoordinate point,
            CheckedRow.Organisation organisation) {
        var canonical = new TreeMap<String, Object>(props);
        canonical.put("~categories", categories);
        canonical.put("~point", point.latitude() + "," + point.longitude());
        canonical.put("~organisation", organisation == null ? "" : organisation.id() + "|" + organisation.name());
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            var text = canonical.toString();
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
