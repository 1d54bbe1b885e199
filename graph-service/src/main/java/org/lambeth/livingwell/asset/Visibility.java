package org.lambeth.livingwell.asset;

/** Who may see an asset: everyone, or people working in the network. */
public enum Visibility {
    PUBLIC, NETWORK
}
