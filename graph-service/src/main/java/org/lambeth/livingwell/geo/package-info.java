/**
 * The only home of JTS: GeoJSON reading and writing, the point-in-polygon index, the {@code GeoJSON} scalar,
 * postcodes and checked WGS-84 coordinates.
 */
package org.lambeth.livingwell.geo;
