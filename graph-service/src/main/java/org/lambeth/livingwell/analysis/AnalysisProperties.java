package org.lambeth.livingwell.analysis;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Network analysis settings.
 *
 * @param timeLimitSeconds the longest an analysis may run before the request gets an error naming the limit
 * @param maxMembers the largest network an analysis accepts
 * @param exactBetweennessLimit betweenness is exact up to this many members, sampled above
 * @param betweennessSample source nodes sampled above that
 */
@ConfigurationProperties("livingwell.analysis")
public record AnalysisProperties(
        @DefaultValue("60") int timeLimitSeconds,
        @DefaultValue("2000000") int maxMembers,
        @DefaultValue("20000") int exactBetweennessLimit,
        @DefaultValue("200") int betweennessSample) {
}
