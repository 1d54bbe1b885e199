package org.lambeth.livingwell.asset;

/** A place to search from: a postcode, or a latitude and longitude. */
record PlaceInput(String postcode, Double latitude, Double longitude) {
}
