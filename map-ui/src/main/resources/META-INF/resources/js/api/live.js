// The live feed: the assetChanges subscription over WebSocket (graphql-ws protocol, with the graphql-ws library).
// The page reads the feed's position before it loads its data, then subscribes after that position, so no change
// made meanwhile is missed. The library reconnects on its own (with growing, jittered waits) and re-sends the
// subscription; the position in it is kept up to date, so a reconnect asks only for what was missed. An instance
// that stops closes its sockets with 1012 (service restart): retried like any other close (shouldRetry below).
import { createClient } from './graphql-ws.js';

export const CHANGE_FEED_POSITION = `query ChangeFeedPosition { changeFeedPosition }`;

export const ASSET_CHANGES = `
subscription AssetChanges($after: String) {
  assetChanges(after: $after) {
    position
    kind
    assetId
    count
    source
    at
    asset { id name location { latitude longitude } }
  }
}`;

/** The feed's position now, over HTTP. */
export async function fetchChangeFeedPosition({ client, signal }) {
  const { changeFeedPosition } = await client.request({ query: CHANGE_FEED_POSITION, signal });
  return changeFeedPosition;
}

/** ws(s)://<this page's host>/<path>, next to the page. */
export function socketUrl(path = 'graphql/ws') {
  const url = new URL(path, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/**
 * startLiveFeed({ after, onChange, onStatus }) subscribes and returns { position(), stop() }.
 *   onChange(change): each change once, in order ({ position, kind, assetId, count, source, at, asset }).
 *   onStatus(status): 'connecting' | 'live' | 'reconnecting' | 'unavailable'.
 */
export function startLiveFeed({ after, onChange, onStatus, url = socketUrl() }) {
  if (typeof createClient !== 'function') {
    onStatus('unavailable');
    return { position: () => after, stop() {} };
  }
  let last = Number(after);
  const payload = { query: ASSET_CHANGES, variables: { after: String(after) } };
  onStatus('connecting');
  const socket = createClient({
    url,
    lazy: false,
    keepAlive: 15000,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: (retries) => new Promise((resolve) => {
      setTimeout(resolve, Math.min(500 * 2 ** retries, 8000) * (0.75 + Math.random() / 2));
    }),
    on: {
      connected: () => onStatus('live'),
      closed: () => onStatus('reconnecting'),
    },
  });
  socket.subscribe(payload, {
    next: ({ data, errors }) => {
      if (errors?.length || !data?.assetChanges) {
        onStatus('reconnecting');
        return;
      }
      const change = data.assetChanges;
      const position = Number(change.position);
      // a reconnect re-sends the subscription: anything at or before the last position was seen already
      if (change.kind !== 'RESYNC' && position <= last) return;
      last = position;
      payload.variables.after = change.position;
      onChange(change);
    },
    error: () => onStatus('reconnecting'),
    complete: () => {},
  });
  return {
    position: () => String(last),
    stop: () => socket.dispose(),
  };
}
