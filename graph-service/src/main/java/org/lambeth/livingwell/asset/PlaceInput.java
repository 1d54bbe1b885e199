package org.lambeth.livingwell.asset;

/** A place to search from: a postcode, or a latitude and longitude. */
public record PlaceInput(String postcode, Double latitude, Double longitude) {
}
