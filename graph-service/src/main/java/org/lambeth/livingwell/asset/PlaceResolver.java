package org.lambeth.livingwell.asset;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.lambeth.livingwell.api.InvalidArgumentException;
import org.lambeth.livingwell.geo.Postcode;
import org.lambeth.livingwell.geo.WgsCoordinate;
import org.lambeth.livingwell.store.CypherCatalogue;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Turns a PlaceInput into a coordinate: a postcode through the offline Code-Point table, or checked lat/lon. Postcodes
 * found are kept for a while (the table changes only when the seeds are loaded again), so a search from a postcode
 * costs no extra round trip to Neo4j when it was asked for lately.
 */
@Component
public class PlaceResolver {

    /** How long a postcode's centroid is kept: a reloaded postcode table is seen within this time. */
    private static final Duration KEEP_POSTCODES = Duration.ofMinutes(10);

    private final Neo4jClient neo4j;
    private final CypherCatalogue cypher;
    private final Cache<String, WgsCoordinate> postcodes = Caffeine.newBuilder().maximumSize(50_000)
            .expireAfterWrite(KEEP_POSTCODES).build();

    public PlaceResolver(Neo4jClient neo4j, CypherCatalogue cypher) {
        this.neo4j = neo4j;
        this.cypher = cypher;
    }

    public WgsCoordinate resolve(PlaceInput place, String argument) {
        if (place == null) {
            throw new InvalidArgumentException(argument, "a place is required");
        }
        boolean hasPostcode = place.postcode() != null;
        boolean hasCoordinate = place.latitude() != null || place.longitude() != null;
        if (hasPostcode && hasCoordinate) {
            throw new InvalidArgumentException(argument, "give either a postcode or a latitude and longitude, not both");
        }
        if (hasPostcode) {
            return lookUp(place.postcode(), argument + ".postcode");
        }
        if (place.latitude() == null || place.longitude() == null) {
            throw new InvalidArgumentException(argument,
                    "no place given: give a postcode, or both latitude and longitude");
        }
        if (!Double.isFinite(place.latitude()) || Math.abs(place.latitude()) > 90) {
            throw new InvalidArgumentException(argument + ".latitude",
                    "must be between -90 and 90, was " + place.latitude());
        }
        if (!Double.isFinite(place.longitude()) || Math.abs(place.longitude()) > 180) {
            throw new InvalidArgumentException(argument + ".longitude",
                    "must be between -180 and 180, was " + place.longitude());
        }
        return new WgsCoordinate(place.latitude(), place.longitude());
    }

    /** A postcode's centroid; an error naming {@code argument} when it is not a postcode or not in the table. */
    public WgsCoordinate postcode(String text, String argument) {
        return lookUp(text, argument);
    }

    private WgsCoordinate lookUp(String text, String argument) {
        Postcode postcode;
        try {
            postcode = Postcode.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(argument, e.getMessage());
        }
        // an unknown postcode is not kept (the loader's null), so it is looked for again next time
        var found = postcodes.get(postcode.key(), key -> find(key).orElse(null));
        if (found == null) {
            throw new InvalidArgumentException(argument, "unknown postcode '" + postcode.value()
                    + "': not in the postcode table for Lambeth and its neighbours");
        }
        return found;
    }

    private Optional<WgsCoordinate> find(String key) {
        return neo4j.query(cypher.get("asset/find_postcode")).bindAll(Map.of("id", key))
                .fetchAs(WgsCoordinate.class)
                .mappedBy((types, row) -> new WgsCoordinate(row.get("latitude").asDouble(),
                        row.get("longitude").asDouble()))
                .one();
    }
}
