package org.lambeth.livingwell.seeds.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * What a person may be introduced to: mostly assets in their own ward or half, now and then an
 * organisation in their half or borough-wide, rarely an asset just outside the borough.
 */
final class IntroductionTargets {

    private static final double ORGANISATION_SHARE = 0.15;
    private static final double[] ASSET_TIERS = {0.45, 0.50, 0.05};

    private final Map<String, List<String>> assetsByWard = new LinkedHashMap<>();
    private final Map<String, List<String>> assetsByHalf = new LinkedHashMap<>();
    private final List<String> assetsOutside = new ArrayList<>();
    private final List<String> allAssets = new ArrayList<>();
    private final List<OrganisationRef> organisations;

    IntroductionTargets(List<WardRef> wards, List<OrganisationRef> organisations, List<AssetRef> assets) {
        this.organisations = organisations;
        Map<String, String> halfOfWard = new LinkedHashMap<>();
        for (WardRef ward : wards) {
            halfOfWard.putIfAbsent(ward.code(), ward.half());
        }
        assetsByHalf.put(Halves.NORTH, new ArrayList<>());
        assetsByHalf.put(Halves.SOUTH, new ArrayList<>());
        for (AssetRef asset : assets) {
            allAssets.add(asset.id());
            String half = asset.wardCode() == null ? null : halfOfWard.get(asset.wardCode());
            if (half == null) {
                assetsOutside.add(asset.id());
            } else {
                assetsByWard.computeIfAbsent(asset.wardCode(), code -> new ArrayList<>()).add(asset.id());
                assetsByHalf.get(half).add(asset.id());
            }
        }
    }

    /** An asset or organisation id for someone in this ward and half, or {@code null} if there is none. */
    String pick(String half, String wardCode, SplittableRandom random) {
        boolean organisation = !organisations.isEmpty()
                && (allAssets.isEmpty() || Draws.chance(random, ORGANISATION_SHARE));
        if (organisation) {
            return Draws.pick(random, OrganisationChoice.inOrNear(organisations, half)).id();
        }
        if (allAssets.isEmpty()) {
            return null;
        }
        List<List<String>> tiers = List.of(assetsByWard.getOrDefault(wardCode, List.of()),
                assetsByHalf.get(half), assetsOutside, allAssets);
        for (int tier = Draws.weighted(random, ASSET_TIERS); tier < tiers.size(); tier++) {
            if (!tiers.get(tier).isEmpty()) {
                return Draws.pick(random, tiers.get(tier));
            }
        }
        return null;
    }
}
