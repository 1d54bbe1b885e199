/**
 * Synthetic assets for the benchmarks, generated deterministically from a seed. A named interface: the benchmarks
 * and the service's store builder use it.
 */
@NamedInterface("synthetic")
package org.lambeth.livingwell.seeds.synthetic;

import org.springframework.modulith.NamedInterface;
