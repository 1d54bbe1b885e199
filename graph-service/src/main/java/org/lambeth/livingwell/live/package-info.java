/**
 * The live change feed: {@code ChangeFeed} appends each change in the writer's own transaction, so every instance
 * sharing the database sees it; {@code assetChanges} over graphql-ws.
 */
package org.lambeth.livingwell.live;
