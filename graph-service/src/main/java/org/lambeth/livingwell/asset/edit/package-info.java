/**
 * Editing assets: {@code addAsset}, {@code updateAsset}, {@code retireAsset} and their field rules ({@code
 * AssetFieldRules}, {@code OpeningHoursRules}), each write audited and published to the change feed in its own
 * transaction. {@code AssetFieldRules} is a named interface: imports check rows with the same rules.
 */
package org.lambeth.livingwell.asset.edit;
