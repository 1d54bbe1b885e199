package org.lambeth.livingwell.asset.hours;

/** An accessibility feature an asset may offer; stored on the Asset node by {@link #name()}. */
public enum AccessibilityFeature {
    STEP_FREE_ACCESS,
    ACCESSIBLE_TOILET,
    BABY_CHANGING,
    HEARING_LOOP,
    QUIET_SPACE,
    ASSISTANCE_DOGS_WELCOME
}
