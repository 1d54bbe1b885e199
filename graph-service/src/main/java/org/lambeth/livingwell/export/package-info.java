/**
 * Downloads: assets (GeoJSON, CSV) and localities (GeoJSON) streamed row by row from the driver; the network as a
 * Kumu blueprint and GraphML, people pseudonymised for roles that may not name them.
 */
package org.lambeth.livingwell.export;
