package org.lambeth.livingwell.asset.edit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.lambeth.livingwell.api.InvalidArgumentException;
import org.lambeth.livingwell.asset.AssetService;
import org.lambeth.livingwell.asset.AssetView;
import org.lambeth.livingwell.asset.LocalityPlacement;
import org.lambeth.livingwell.asset.PlaceResolver;
import org.lambeth.livingwell.asset.Visibility;
import org.lambeth.livingwell.audit.AuditEvent;
import org.lambeth.livingwell.audit.AuditTrail;
import org.lambeth.livingwell.audit.Audited;
import org.lambeth.livingwell.geo.WgsCoordinate;
import org.lambeth.livingwell.live.ChangeFeed;
import org.lambeth.livingwell.live.ChangeKind;
import org.lambeth.livingwell.store.CypherCatalogue;
import org.lambeth.livingwell.viewer.Viewer;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Service;

/**
 * Adds, changes and retires assets. Every input is checked (and postcodes looked up) before the write starts; each
 * write then runs with its audit entry in one transaction ({@link AuditTrail}), and a refusal inside it (an unknown
 * id or category) rolls the whole write back. Before and after are the asset's fields as {@link AssetEditReads}
 * reads them.
 */
@Service
class AssetEditService {

    static final String EDITOR_SOURCE = "Living Well Map editors";

    /** Where an asset goes: its point and the localities covering it (computed before the write starts). */
    private record Site(WgsCoordinate point, LocalityPlacement.Placement placement) {
    }

    /** What retireAsset returns: the asset is no longer found by id. */
    record RetiredAsset(String id, String name, OffsetDateTime retiredAt, String reason) {
    }

    private final AuditTrail audit;
    private final CypherCatalogue cypher;
    private final PlaceResolver places;
    private final LocalityPlacement localities;
    private final AssetService assets;
    private final ChangeFeed changes;
    private final Clock clock = Clock.systemUTC();

    AssetEditService(AuditTrail audit, CypherCatalogue cypher, PlaceResolver places, LocalityPlacement localities,
            AssetService assets, ChangeFeed changes) {
        this.audit = audit;
        this.cypher = cypher;
        this.places = places;
        this.localities = localities;
        this.assets = assets;
        this.changes = changes;
    }

    AssetView add(AssetInputs.Add input, Viewer viewer) {
        var props = AssetFieldRules.properties(input, true);
        var categories = AssetFieldRules.categories(input.categories(), true);
        var site = locate(input, props);
        var id = "asset-" + UUID.randomUUID();
        props.put("source", EDITOR_SOURCE);
        props.put("updatedAt", now());
        audit.write(viewer, tx -> {
            run(tx, "asset/edit/create_asset", Map.of("id", id, "props", props));
            place(tx, id, site);
            setCategories(tx, id, categories);
            var after = AssetEditReads.fields(tx, cypher, id);
            changes.append(tx, ChangeKind.ADDED, id, 1, null, visibilities(after));
            return Audited.of(id, new AuditEvent("asset.add", "Asset", id, null, after));
        });
        return assets.findAsset(id).orElseThrow();
    }

    AssetView update(AssetInputs.Update input, Viewer viewer) {
        var id = requireId(input.id());
        if (!input.changesSomething()) {
            throw new InvalidArgumentException("input", "nothing to change: give at least one field besides id");
        }
        var props = AssetFieldRules.properties(input, false);
        var categories = AssetFieldRules.categories(input.categories(), false);
        var site = input.location() == null ? null : locate(input, props);
        props.put("updatedAt", now());
        audit.write(viewer, tx -> {
            var before = AssetEditReads.fields(tx, cypher, id);
            run(tx, "asset/edit/update_asset", Map.of("id", id, "props", props));
            if (site != null) {
                place(tx, id, site);
            }
            if (categories != null) {
                setCategories(tx, id, categories);
            }
            var after = AssetEditReads.fields(tx, cypher, id);
            changes.append(tx, ChangeKind.UPDATED, id, 1, null, visibilities(before, after));
            return Audited.of(id, new AuditEvent("asset.update", "Asset", id, before, after));
        });
        return assets.findAsset(id).orElseThrow();
    }

    RetiredAsset retire(AssetInputs.Retire input, Viewer viewer) {
        var id = requireId(input.id());
        var reason = AssetFieldRules.reason(input.reason());
        var at = now();
        return audit.write(viewer, tx -> {
            var before = AssetEditReads.fields(tx, cypher, id);
            var parameters = new HashMap<String, Object>(Map.of("id", id, "retiredAt", at));
            parameters.put("reason", reason);
            var row = tx.run(cypher.get("asset/edit/retire_asset"), parameters).single();
            var retired = new RetiredAsset(id, row.get("name").asString(), at, reason);
            changes.append(tx, ChangeKind.RETIRED, id, 1, null, visibilities(before));
            return Audited.of(retired, new AuditEvent("asset.retire", "Asset", id, before,
                    AssetEditReads.retired(before, at, reason)));
        });
    }

    /** Where input.location is; a postcode given there also fills the postcode, unless one is given. */
    private Site locate(AssetInputs.Fields input, Map<String, Object> props) {
        var point = places.resolve(input.location(), "input.location");
        if (input.location().postcode() != null && input.postcode() == null) {
            props.put("postcode", AssetFieldRules.postcode(input.location().postcode(), "input.location.postcode"));
        }
        return new Site(point, localities.place(point));
    }

    private void place(TransactionContext tx, String id, Site site) {
        run(tx, "asset/edit/set_asset_location", Map.of("id", id, "latitude", site.point().latitude(),
                "longitude", site.point().longitude(), "inBorough", site.placement().inBorough(),
                "localityIds", site.placement().localityIds()));
    }

    private void setCategories(TransactionContext tx, String id, List<String> categories) {
        var unknown = tx.run(cypher.get("asset/edit/set_asset_categories"), Map.of("id", id, "categoryIds", categories))
                .single().get("unknownCategories").asList(value -> value.asString());
        if (!unknown.isEmpty()) {
            throw new InvalidArgumentException("input.categories", "no such category: " + String.join(", ", unknown));
        }
    }

    private void run(TransactionContext tx, String statement, Map<String, Object> parameters) {
        tx.run(cypher.get(statement), parameters).consume();
    }

    /** The visibilities an asset had in these reads of its fields (null when it did not exist), for the feed. */
    @SafeVarargs
    private static List<String> visibilities(Map<String, Object>... reads) {
        return Arrays.stream(reads).filter(Objects::nonNull)
                .map(fields -> String.valueOf(fields.getOrDefault("visibility", Visibility.PUBLIC.name())))
                .distinct().toList();
    }

    private static String requireId(String id) {
        if (id == null || id.isBlank()) {
            throw new InvalidArgumentException("input.id", "an asset id is required");
        }
        return id;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
    }
}
