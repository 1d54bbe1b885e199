/**
 * The seed data's generators, as plain Java with no Spring: the synthetic assets for benchmarks and the demo
 * network.
 */
package org.lambeth.livingwell.seeds;
