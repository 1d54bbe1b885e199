package org.lambeth.livingwell.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Base of the integration tests that talk GraphQL over HTTP to the whole service (see {@link ServiceIT}). */
@ServiceIT
public abstract class GraphQlServiceTest {

    @LocalServerPort
    protected int port;
    protected GraphQlHttp graphql;

    @BeforeEach
    void connectGraphQl() {
        graphql = new GraphQlHttp(port);
    }
}
