package org.lambeth.livingwell.viewer;

import graphql.GraphQLContext;
import graphql.schema.DataFetchingEnvironment;

/**
 * Who is asking: the actor recorded in the audit trail, their role, and the key their requests are counted
 * under for the rate limit. Put into every GraphQL operation's context under {@link #KEY}.
 *
 * @param actor "anonymous", a configured user's name, "api-key:&lt;name&gt;" or "jwt:&lt;subject&gt;"
 * @param role the highest role they hold
 * @param clientKey what the rate limit counts by (the API key, the user, or the remote address)
 * @param requestsPerMinute this client's own rate limit, or 0 for the limit of its role
 */
public record Viewer(String actor, Role role, String clientKey, int requestsPerMinute) {

    /** The GraphQL context key (and HTTP request attribute) that holds the viewer. */
    public static final String KEY = "livingwell.viewer";

    public static Viewer anonymous(String remoteAddress) {
        return new Viewer("anonymous", Role.PUBLIC, "ip:" + remoteAddress, 0);
    }

    /** Whether this viewer holds {@code required} (or a role above it). */
    public boolean may(Role required) {
        return role.includes(required);
    }

    /** Analysis results name individuals (by pseudonym) only to LEAD and above. */
    public boolean mayNameIndividuals() {
        return may(Role.LEAD);
    }

    /** The viewer of a GraphQL operation; PUBLIC when none was set (an operation run inside the service). */
    public static Viewer of(GraphQLContext context) {
        Viewer viewer = context == null ? null : context.get(KEY);
        return viewer == null ? new Viewer("anonymous", Role.PUBLIC, "internal", 0) : viewer;
    }

    public static Viewer of(DataFetchingEnvironment env) {
        return of(env.getGraphQlContext());
    }
}
