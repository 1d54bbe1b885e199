/**
 * The map page's settings ({@code /api/map-config}, from {@code livingwell.map.*}): the tile server and its
 * attribution, and the defaults the page starts from.
 */
package org.lambeth.livingwell.map;
