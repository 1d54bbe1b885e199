/**
 * The Living Well Map service: one Spring Boot application. Each direct sub-package is a feature module (Spring
 * Modulith, verified by {@code ModularityTests}): other modules use only its top-level package and the sub-
 * packages it names with {@code @NamedInterface}.
 */
package org.lambeth.livingwell;
