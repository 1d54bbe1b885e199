package org.lambeth.livingwell.asset;

import java.util.List;

import org.lambeth.livingwell.asset.hours.AccessibilityFeature;

/** The inputs of addAsset, updateAsset and retireAsset (asset-edit.graphqls). */
final class AssetInputs {

    private AssetInputs() {
    }

    /** The editable fields, as both addAsset and updateAsset take them (null: not given). */
    sealed interface Fields permits Add, Update {

        String name();

        String description();

        List<String> categories();

        PlaceInput location();

        String address();

        String postcode();

        Contact contact();

        Boolean free();

        List<AccessibilityFeature> accessibility();

        Visibility visibility();
    }

    record Add(String name, String description, List<String> categories, PlaceInput location, String address,
            String postcode, Contact contact, Boolean free, List<AccessibilityFeature> accessibility,
            Visibility visibility) implements Fields {
    }

    record Update(String id, String name, String description, List<String> categories, PlaceInput location,
            String address, String postcode, Contact contact, Boolean free,
            List<AccessibilityFeature> accessibility, Visibility visibility) implements Fields {

        /** Whether any field besides the id is given. */
        boolean changesSomething() {
            return name != null || description != null || categories != null || location != null || address != null
                    || postcode != null || contact != null || free != null || accessibility != null
                    || visibility != null;
        }
    }

    record Retire(String id, String reason) {
    }

    record Contact(String phone, String email, String website) {
    }
}
