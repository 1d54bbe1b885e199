package org.lambeth.livingwell.support;

import java.nio.file.Path;

import org.lambeth.livingwell.LivingWellMapApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Another instance of the service in this JVM, sharing the test service's database through its Bolt port
 * (NEO4J_URI, signed in as neo4j with the password file of the test service's store, as the README tells an operator),
 * as instances behind a load balancer share one Neo4j: nothing starts in-process, migrations are already applied and
 * the data is already there. Its HTTP port is fixed by the caller so that it can be stopped and
 * started again where clients expect it.
 */
public final class SecondInstance implements AutoCloseable {

    private final String neo4jUri;
    private final Path passwordFile;
    private final int port;
    private ConfigurableApplicationContext context;

    public SecondInstance(String neo4jUri, Path passwordFile, int port) {
        this.neo4jUri = neo4jUri;
        this.passwordFile = passwordFile;
        this.port = port;
    }

    public SecondInstance start() {
        return start(new String[0]);
    }

    /**
     * Starts it with more properties of its own, as "--name=value" or "name=value" (e.g. to slow one of its timers
     * down, or {@code --livingwell.graphql.time-limit=2s}).
     */
    public SecondInstance start(String... properties) {
        var arguments = new java.util.ArrayList<String>(java.util.List.of("--NEO4J_URI=" + neo4jUri,
                "--NEO4J_USERNAME=neo4j", "--NEO4J_PASSWORD_FILE=" + passwordFile, "--server.port=" + port,
                "--livingwell.search.warm-up=false"));
        for (var property : properties) {
            arguments.add(property.startsWith("--") ? property : "--" + property);
        }
        context = new SpringApplicationBuilder(LivingWellMapApplication.class).profiles("test")
                .run(arguments.toArray(String[]::new));
        return this;
    }

    /** One of its beans (to look inside it, or to build another of a kind against its database). */
    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public int port() {
        return port;
    }

    public void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** A free TCP port on the loopback address. */
    public static int freePort() {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
