/**
 * {@code networkMap}: organisations placed at the centroid of the assets they run, their ties and key connectors,
 * for the map's Network view.
 */
package org.lambeth.livingwell.analysis.networkmap;
