/**
 * Network analyses for leads: the projection of the graph into memory, network strength between the groups of a
 * grouping, key connectors, what-if removals, communities, snapshots.
 */
package org.lambeth.livingwell.analysis;
