package org.lambeth.livingwell.analysis;

import org.lambeth.livingwell.api.LimitExceededException;

/** An analysis went over a limit (time, size): a GraphQL error naming the limit. */
public class AnalysisLimitException extends LimitExceededException {

    public AnalysisLimitException(String limit, String message) {
        super(limit, message);
    }
}
