package org.lambeth.livingwell.seeds.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The real seed files, read as the generator's inputs, for tests only. */
final class LambethFixtures {

    static final String WARDS = "/seeds/lambeth/lambeth_wards.geojson";
    static final String COUNCIL_ASSETS = "/seeds/lambeth/assets_lambeth_council_2012.geojson";
    static final String LIBRARIES = "/seeds/lambeth/assets_libraries.geojson";
    static final String POSTCODES = "/seeds/lambeth/lambeth_postcodes.csv";
    static final String ORGANISATIONS = "/seeds/network/organisations.csv";
    static final String NETWORK_ASSETS = "/seeds/network/network_assets.csv";
    static final String ORGANISATION_TIES = "/seeds/network/organisation_ties.csv";

    private static final Pattern WARD = Pattern.compile(
            "\"ward_code\"\\s*:\\s*\"(E\\d+)\"[^}]*?\"half\"\\s*:\\s*\"(north|south)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern WARD_CODE = Pattern.compile("\"ward_code\"\\s*:\\s*(?:\"(E\\d+)\"|null)");

    private LambethFixtures() {
    }

    static List<WardRef> wards() {
        Matcher matcher = WARD.matcher(Csv.resourceText(WARDS));
        List<WardRef> wards = new ArrayList<>();
        while (matcher.find()) {
            wards.add(new WardRef(matcher.group(1), matcher.group(2)));
        }
        return wards;
    }

    /** The Collaborative's organisations, all borough-wide except the cafe (in the North). */
    static List<OrganisationRef> organisations() {
        return Csv.readResource(ORGANISATIONS).stream()
                .map(row -> row.get("id"))
                .map(id -> new OrganisationRef(id, id.equals("org-coffee-lovers-cafe") ? "north" : null))
                .toList();
    }

    /** Council assets, libraries and network assets, about 420 in all. */
    static List<AssetRef> assets() {
        List<AssetRef> assets = new ArrayList<>(geojsonAssets(COUNCIL_ASSETS));
        assets.addAll(geojsonAssets(LIBRARIES));
        Map<String, String> wardOfPostcode = new HashMap<>();
        for (Map<String, String> row : Csv.readResource(POSTCODES)) {
            wardOfPostcode.put(row.get("postcode"), row.get("ward_code"));
        }
        for (Map<String, String> row : Csv.readResource(NETWORK_ASSETS)) {
            assets.add(new AssetRef(row.get("id"), wardOfPostcode.get(row.get("postcode"))));
        }
        return assets;
    }

    private static List<AssetRef> geojsonAssets(String path) {
        String[] features = Csv.resourceText(path).split("\"type\"\\s*:\\s*\"Feature\"");
        List<AssetRef> assets = new ArrayList<>();
        for (int i = 1; i < features.length; i++) {
            Matcher id = ID.matcher(features[i]);
            Matcher ward = WARD_CODE.matcher(features[i]);
            if (id.find() && ward.find()) {
                assets.add(new AssetRef(id.group(1), ward.group(1)));
            }
        }
        return assets;
    }
}
