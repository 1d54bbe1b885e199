package org.lambeth.livingwell.live;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The live map's change feed and sockets.
 *
 * @param pollInterval how often each instance looks for new changes while anyone is subscribed (a change reaches
 *        every open map within about this long)
 * @param retention how long changes are kept for clients that reconnect; one away longer is told to reload
 * @param socketCheckInterval how often each instance re-checks the credentials its open sockets were opened with (a
 *        revoked API key's or expired token's sockets close within about this long, whichever instance revoked it);
 *        the poll interval by default. Each socket also checks before every message it sends.
 */
@ConfigurationProperties("livingwell.live")
public record LiveProperties(Duration pollInterval, Duration retention, Duration socketCheckInterval) {

    public LiveProperties {
        pollInterval = pollInterval == null ? Duration.ofMillis(200) : pollInterval;
        retention = retention == null ? Duration.ofDays(7) : retention;
        socketCheckInterval = socketCheckInterval == null ? pollInterval : socketCheckInterval;
    }
}
