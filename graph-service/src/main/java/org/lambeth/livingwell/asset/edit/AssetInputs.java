package org.lambeth.livingwell.asset.edit;

import java.time.DayOfWeek;
import java.util.List;

import org.lambeth.livingwell.asset.PlaceInput;
import org.lambeth.livingwell.asset.Visibility;
import org.lambeth.livingwell.asset.hours.AccessibilityFeature;
import org.springframework.graphql.data.ArgumentValue;

/** The inputs of addAsset, updateAsset and retireAsset (asset-edit.graphqls). */
final class AssetInputs {

    private AssetInputs() {
    }

    /** The editable fields both addAsset and updateAsset take in the same way (null: not given). */
    sealed interface Fields permits Add, Update {

        String name();

        String description();

        List<String> categories();

        PlaceInput location();

        String address();

        String postcode();

        Contact contact();

        List<AccessibilityFeature> accessibility();

        Visibility visibility();
    }

    record Add(String name, String description, List<String> categories, PlaceInput location, String address,
            String postcode, Contact contact, Boolean free, List<AccessibilityFeature> accessibility,
            Visibility visibility, OpeningHoursInput openingHours) implements Fields {
    }

    /**
     * The changes of updateAsset. {@code free} and {@code openingHours} tell a field left out (unchanged) from an
     * explicit null (cleared to "not known"); the other fields treat null as left out.
     */
    record Update(String id, String name, String description, List<String> categories, PlaceInput location,
            String address, String postcode, Contact contact, ArgumentValue<Boolean> free,
            List<AccessibilityFeature> accessibility, Visibility visibility,
            ArgumentValue<OpeningHoursInput> openingHours) implements Fields {

        /** Whether any field besides the id is given. */
        boolean changesSomething() {
            return name != null || description != null || categories != null || location != null || address != null
                    || postcode != null || contact != null || given(free) || accessibility != null
                    || visibility != null || given(openingHours);
        }
    }

    /** Whether a field that may be cleared with an explicit null was given (null or a value), not left out. */
    static boolean given(ArgumentValue<?> value) {
        return value != null && !value.isOmitted();
    }

    record Retire(String id, String reason) {
    }

    record Contact(String phone, String email, String website) {
    }

    /** OpeningHoursInput: null lists are empty. */
    record OpeningHoursInput(List<OpeningSpanInput> regular, List<OpeningExceptionInput> exceptions) {
    }

    /** OpeningSpanInput; closesNextDay is optional (null: derived from the times). */
    record OpeningSpanInput(DayOfWeek day, String opens, String closes, Boolean closesNextDay) {
    }

    /** OpeningExceptionInput: a date (YYYY-MM-DD text), closed all day or open between two times. */
    record OpeningExceptionInput(String date, Boolean closed, String opens, String closes) {
    }
}
