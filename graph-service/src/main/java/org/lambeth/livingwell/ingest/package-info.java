/**
 * Imports of assets from CSV, GeoJSON and Open Referral UK: readers, row checks (the asset module's field rules),
 * placing, and one all-or-nothing write with a dry run.
 */
package org.lambeth.livingwell.ingest;
