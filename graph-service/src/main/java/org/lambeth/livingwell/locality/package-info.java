/**
 * Localities (borough, North/South and other groupings, wards, LSOAs): {@code localities}, boundaries and asset
 * counts batch-loaded.
 */
package org.lambeth.livingwell.locality;
