package org.lambeth.livingwell.live;

/** What a change did. RESYNC is not stored: it tells a client that the changes it asked for are no longer kept. */
public enum ChangeKind {
    ADDED, UPDATED, RETIRED, IMPORTED, RESYNC
}
