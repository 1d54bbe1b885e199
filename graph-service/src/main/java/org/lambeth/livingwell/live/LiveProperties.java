package org.lambeth.livingwell.live;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The live map's change feed.
 *
 * @param pollInterval how often each instance looks for new changes while anyone is subscribed (a change reaches
 *        every open map within about this long)
 * @param retention how long changes are kept for clients that reconnect; one away longer is told to reload
 */
@ConfigurationProperties("livingwell.live")
public record LiveProperties(Duration pollInterval, Duration retention) {

    public LiveProperties {
        pollInterval = pollInterval == null ? Duration.ofMillis(200) : pollInterval;
        retention = retention == null ? Duration.ofDays(7) : retention;
    }
}
