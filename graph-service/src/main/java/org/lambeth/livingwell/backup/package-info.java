/**
 * Backup and restore of the whole graph as gzip'd JSON Lines, streamed from the driver, with exact counts and a
 * checksum.
 */
package org.lambeth.livingwell.backup;
