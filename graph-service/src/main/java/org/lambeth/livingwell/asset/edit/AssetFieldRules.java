package org.lambeth.livingwell.asset.edit;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.lambeth.livingwell.api.InvalidArgumentException;
import org.lambeth.livingwell.asset.Visibility;
import org.lambeth.livingwell.asset.hours.AccessibilityFeature;
import org.lambeth.livingwell.geo.Postcode;
import org.springframework.modulith.NamedInterface;

/**
 * Checks an asset's editable fields and turns them into node properties. Every refusal names its field
 * ({@code input.name}, {@code input.contact.email}, {@code input.openingHours.regular[2].closes}...). Text is
 * stripped; on update an empty string clears an optional field (its property maps to null, which removes it), as
 * does an explicit null for free and the opening hours ({@link OpeningHoursRules}); a field not given is left out of
 * the map.
 */
@NamedInterface("field-rules")
public final class AssetFieldRules {

    public static final int MAX_NAME = 200;
    public static final int MAX_DESCRIPTION = 2_000;
    public static final int MAX_ADDRESS = 300;
    public static final int MAX_CATEGORIES = 10;
    public static final int MAX_REASON = 500;

    private static final Pattern PHONE = Pattern.compile("[0-9+()\\-. ]{3,40}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private AssetFieldRules() {
    }

    /** The properties to set (a null value removes one): every field given, checked. */
    static Map<String, Object> properties(AssetInputs.Fields input, boolean adding) {
        var props = new LinkedHashMap<String, Object>();
        if (adding || input.name() != null) {
            props.put("name", name(input.name()));
        }
        if (input.description() != null) {
            props.put("description", description(input.description()));
        }
        if (input.address() != null) {
            props.put("address", address(input.address()));
        }
        if (input.postcode() != null) {
            props.put("postcode", postcode(input.postcode(), "input.postcode"));
        }
        if (input.contact() != null) {
            contact(props, input.contact());
        }
        if (input.accessibility() != null) {
            var features = input.accessibility().stream().distinct().sorted().map(AccessibilityFeature::name).toList();
            props.put("accessibility", features.isEmpty() ? null : features);
        }
        if (adding || input.visibility() != null) {
            props.put("visibility", (input.visibility() == null ? Visibility.PUBLIC : input.visibility()).name());
        }
        clearable(props, input);
        if (adding) {
            props.values().removeIf(Objects::isNull);
        }
        return props;
    }

    /**
     * free and the opening hours (weeklyOpen, openExceptions), which an update may clear: on add, a value when
     * given; on update, also null (which removes the property) when given as null, nothing when left out.
     */
    private static void clearable(Map<String, Object> props, AssetInputs.Fields input) {
        switch (input) {
            case AssetInputs.Add add -> {
                props.put("free", add.free());
                if (add.openingHours() != null) {
                    props.putAll(OpeningHoursRules.properties(add.openingHours()));
                }
            }
            case AssetInputs.Update update -> {
                if (AssetInputs.given(update.free())) {
                    props.put("free", update.free().value());
                }
                if (AssetInputs.given(update.openingHours())) {
                    props.putAll(OpeningHoursRules.properties(update.openingHours().value()));
                }
            }
        }
    }

    /** The category ids, distinct, in the order given; null when not given on update. */
    static List<String> categories(List<String> ids, boolean adding) {
        if (ids == null && !adding) {
            return null;
        }
        if (ids == null || ids.isEmpty()) {
            throw new InvalidArgumentException("input.categories", "give at least one category");
        }
        var distinct = new LinkedHashSet<String>();
        for (var id : ids) {
            if (id == null || id.isBlank()) {
                throw new InvalidArgumentException("input.categories", "a category id is empty");
            }
            distinct.add(id.strip());
        }
        if (distinct.size() > MAX_CATEGORIES) {
            throw new InvalidArgumentException("input.categories",
                    "at most " + MAX_CATEGORIES + " categories, was " + distinct.size());
        }
        return List.copyOf(distinct);
    }

    /** A retirement reason: stripped, null when blank. */
    static String reason(String reason) {
        var text = stripped(reason);
        if (text != null && text.length() > MAX_REASON) {
            throw tooLong("input.reason", MAX_REASON, text);
        }
        return text;
    }

    /** A postcode in its normal form ({@code SW2 1RW}); null for an empty string (clears it). */
    static String postcode(String text, String argument) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return Postcode.parse(text).value();
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(argument, e.getMessage());
        }
    }

    /** A name: stripped, 1-200 characters on one line. */
    public static String name(String name) {
        var text = stripped(name);
        if (text == null) {
            throw new InvalidArgumentException("input.name", "must not be empty");
        }
        if (text.length() > MAX_NAME) {
            throw tooLong("input.name", MAX_NAME, text);
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidArgumentException("input.name", "must be one line of text");
        }
        return text;
    }

    private static void contact(Map<String, Object> props, AssetInputs.Contact contact) {
        if (contact.phone() != null) {
            props.put("phone", phone(contact.phone()));
        }
        if (contact.email() != null) {
            props.put("email", email(contact.email()));
        }
        if (contact.website() != null) {
            props.put("website", website(contact.website()));
        }
    }

    private static String checked(String value, String field, Predicate<String> valid,
            String problem) {
        var text = stripped(value);
        if (text != null && !valid.test(text)) {
            throw new InvalidArgumentException("input.contact." + field, "'" + abbreviated(text) + "' " + problem);
        }
        return text;
    }

    /** A description (at most 2,000 characters), stripped; null when blank. */
    public static String description(String text) {
        return bounded("input.description", text, MAX_DESCRIPTION);
    }

    /** An address (at most 300 characters), stripped; null when blank. */
    public static String address(String text) {
        return bounded("input.address", text, MAX_ADDRESS);
    }

    /** A phone number, stripped; null when blank. */
    public static String phone(String text) {
        return checked(text, "phone",
                t -> PHONE.matcher(t).matches() && t.chars().filter(Character::isDigit).count() >= 3,
                "is not a phone number (digits, spaces and + ( ) - . only, at most 40 characters)");
    }

    /** An email address, stripped; null when blank. */
    public static String email(String text) {
        return checked(text, "email", t -> t.length() <= 254 && EMAIL.matcher(t).matches(),
                "is not an email address (expected name@domain)");
    }

    /** An http or https URL, stripped; null when blank. */
    public static String website(String text) {
        return checked(text, "website", AssetFieldRules::isWebAddress,
                "is not a web address (expected an http:// or https:// URL)");
    }

    private static String bounded(String argument, String value, int max) {
        var text = stripped(value);
        if (text != null && text.length() > max) {
            throw tooLong(argument, max, text);
        }
        return text;
    }

    static boolean isWebAddress(String text) {
        if (text.length() > 500) {
            return false;
        }
        try {
            var uri = new URI(text);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null
                    && uri.getHost().contains(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String stripped(String value) {
        if (value == null) {
            return null;
        }
        var text = value.strip();
        return text.isEmpty() ? null : text;
    }

    private static InvalidArgumentException tooLong(String argument, int max, String text) {
        return new InvalidArgumentException(argument, "at most " + max + " characters, was " + text.length());
    }

    private static String abbreviated(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
