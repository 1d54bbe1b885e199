/**
 * Opening hours (weekly spans and dated exceptions, in Open Referral's shape) and accessibility features: the
 * model, its storage encoding and the text forms the imports read. A named interface of the asset module: imports,
 * the Open Referral feed and the seeds use it.
 */
@NamedInterface("hours")
package org.lambeth.livingwell.asset.hours;

import org.springframework.modulith.NamedInterface;
