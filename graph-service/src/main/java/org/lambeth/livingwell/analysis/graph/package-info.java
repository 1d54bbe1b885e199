/**
 * The algorithms over the in-memory projection, with no Spring: JGraphT (max-flow, cuts, betweenness) and Leiden
 * communities (networkanalysis).
 */
package org.lambeth.livingwell.analysis.graph;
