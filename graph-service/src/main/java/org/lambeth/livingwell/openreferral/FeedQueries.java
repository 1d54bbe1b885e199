package org.lambeth.livingwell.openreferral;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lambeth.livingwell.api.InvalidArgumentException;
import org.lambeth.livingwell.asset.PlaceResolver;
import org.lambeth.livingwell.geo.WgsCoordinate;
import org.lambeth.livingwell.store.CypherCatalogue;
import org.lambeth.livingwell.store.Sessions;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/** The feed's reads: one statement for each page or object asked for (a proximity search adds a postcode lookup). */
@Service
class FeedQueries {

    /** A page of rows and the number of all rows matching. */
    record Page(long total, List<Map<String, Object>> rows) {
    }

    /** Where a proximity search measures from. */
    record Near(double latitude, double longitude, double radiusMetres) {
    }

    private final Driver driver;
    private final CypherCatalogue cypher;
    private final PlaceResolver places;

    FeedQueries(Driver driver, CypherCatalogue cypher, PlaceResolver places) {
        this.driver = driver;
        this.cypher = cypher;
        this.places = places;
    }

    /** Public assets matching the text query and category (either may be null), by name or, near a place, nearest first. */
    Page services(String textQuery, String categoryId, Near near, PageRequest page) {
        var parameters = new HashMap<String, Object>();
        parameters.put("textQuery", textQuery);
        parameters.put("categoryId", categoryId);
        parameters.put("skip", page.skip());
        parameters.put("limit", page.perPage());
        var statement = "openreferral/list_services";
        if (near != null) {
            statement = "openreferral/list_services_near";
            parameters.put("latitude", near.latitude());
            parameters.put("longitude", near.longitude());
            parameters.put("radiusMetres", near.radiusMetres());
        }
        return page(statement, parameters, "services");
    }

    Optional<Map<String, Object>> service(String assetId) {
        return one("openreferral/find_service", Map.of("id", assetId), "service");
    }

    Page organisations(PageRequest page) {
        return page("openreferral/list_organizations", Map.of("skip", page.skip(), "limit", page.perPage()),
                "organisations");
    }

    Optional<Map<String, Object>> organisation(String organisationId) {
        return one("openreferral/find_organization", Map.of("id", organisationId), "organisation");
    }

    /** Every category, by id. */
    List<Map<String, Object>> categories() {
        try (var session = driver.session(Sessions.READ)) {
            return session.run(cypher.get("openreferral/list_categories")).list(r -> r.asMap());
        }
    }

    /** The centroid of the postcode in {@code text} (the map's own lookup); a 400 when it has none. */
    WgsCoordinate postcode(String text) {
        try {
            return places.postcode(text, "postcode");
        } catch (InvalidArgumentException e) {
            throw new BadParameterException("postcode", text, e.problem());
        }
    }

    private Page page(String statement, Map<String, Object> parameters, String column) {
        try (var session = driver.session(Sessions.READ)) {
            var row = session.run(cypher.get(statement), parameters).single();
            return new Page(row.get("total").asLong(), row.get(column).asList(Value::asMap));
        }
    }

    private Optional<Map<String, Object>> one(String statement, Map<String, Object> parameters, String column) {
        try (var session = driver.session(Sessions.READ)) {
            return session.run(cypher.get(statement), parameters).list().stream().findFirst()
                    .map(r -> r.get(column).asMap());
        }
    }
}
