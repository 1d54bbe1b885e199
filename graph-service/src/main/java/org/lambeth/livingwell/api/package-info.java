/**
 * GraphQL plumbing shared by every feature: error translation (a bad argument answers BAD_REQUEST naming it),
 * Relay cursors, depth, cost and root-field limits, kept parsed operations, scalars.
 */
package org.lambeth.livingwell.api;
