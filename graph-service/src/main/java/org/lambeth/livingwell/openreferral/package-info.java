/**
 * The Open Referral UK read API ({@code /openreferral/}): public assets as services, locations and
 * service_at_locations, categories as taxonomy terms, checked against the vendored profile schemas.
 */
package org.lambeth.livingwell.openreferral;
