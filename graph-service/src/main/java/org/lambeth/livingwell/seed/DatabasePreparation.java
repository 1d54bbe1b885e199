package org.lambeth.livingwell.seed;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.lambeth.livingwell.store.SchemaMigrations;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Migrates the schema and loads the seeds on a thread of its own as soon as the database is reachable, while the
 * rest of the application initialises; the web server does not start (and the application is not ready) until it
 * has finished. A failure stops start-up with its message.
 */
@Component
class DatabasePreparation implements InitializingBean, SmartLifecycle {

    private final SchemaMigrations migrations;
    private final SeedLoader seeds;
    private CompletableFuture<Void> prepared;
    private volatile boolean running;

    DatabasePreparation(SchemaMigrations migrations, SeedLoader seeds) {
        this.migrations = migrations;
        this.seeds = seeds;
    }

    @Override
    public void afterPropertiesSet() {
        prepared = CompletableFuture.runAsync(() -> {
            migrations.migrate();
            seeds.seedIfEmpty();
        }, task -> Thread.ofPlatform().name("database-preparation").start(task));
    }

    @Override
    public void start() {
        try {
            prepared.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before every other lifecycle, the web server's included. */
    @Override
    public int getPhase() {
        return Integer.MIN_VALUE;
    }
}
