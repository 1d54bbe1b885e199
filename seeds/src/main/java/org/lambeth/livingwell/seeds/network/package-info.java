/**
 * The demo network generator (people, ties, skills, introductions over the real wards and organisations). A named
 * interface: the service's seed loader uses it.
 */
@NamedInterface("network")
package org.lambeth.livingwell.seeds.network;

import org.springframework.modulith.NamedInterface;
