/**
 * Coverage gaps: walking buffers around assets (JTS, in a local metric plane) against wards, LSOAs and postcodes.
 */
package org.lambeth.livingwell.analysis.coverage;
