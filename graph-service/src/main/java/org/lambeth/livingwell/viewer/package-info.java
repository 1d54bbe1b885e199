/**
 * Who is asking: {@link org.lambeth.livingwell.viewer.Viewer} (actor, role, rate-limit key) and {@link
 * org.lambeth.livingwell.viewer.Role}. A leaf package with no dependency on any feature, so that every feature
 * (security, audit, the GraphQL controllers) may use it without a cycle.
 */
package org.lambeth.livingwell.viewer;
