package org.lambeth.livingwell.live;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.lambeth.livingwell.api.RedactedThrowable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.core.scheduler.Schedulers;

/**
 * The feed as streams for subscribers. While anyone is subscribed, this instance reads the feed's last position every
 * poll interval (one indexed read, whoever wrote the change: this instance or another on the same database) and
 * wakes its subscribers; each then reads the changes after its own position. A subscriber that gives a position
 * (one it saw before a reconnect) first gets every change after it, so nothing is missed; one whose position is
 * no longer kept gets a RESYNC. The time from a change's commit to its being handed to a subscriber is
 * {@code livingwell.live.delivery.lag} (changes committed while the subscriber listened: not replays after a
 * reconnect; measured against the writer's clock, so with several instances their clocks' skew is in it).
 */
@Component
@EnableConfigurationProperties(LiveProperties.class)
public class ChangeStream implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ChangeStream.class);
    private static final int PAGE = 500;
    private static final int MOST_AT_ONCE = 10_000;

    private final ChangeFeed feed;
    private final LiveProperties properties;
    private final Sinks.Many<Long> heads = Sinks.many().replay().latest();
    private final AtomicInteger subscribers = new AtomicInteger();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("change-feed-poll").daemon().factory());
    private volatile long lastHead = -1;
    private final Timer lag;

    static final String LAG = "livingwell.live.delivery.lag";

    ChangeStream(ChangeFeed feed, LiveProperties properties, MeterRegistry meters) {
        this.feed = feed;
        this.properties = properties;
        this.lag = Timer.builder(LAG).description("From a change's commit to its delivery to a subscriber")
                .register(meters);
        long every = properties.pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::poll, every, every, TimeUnit.MILLISECONDS);
    }

    /** The feed's position now: changes after it are the ones not yet committed. */
    public long position() {
        return feed.position();
    }

    /**
     * Every change after {@code after} (from now on when empty), as they are committed, until the subscriber
     * cancels. Changes come in position order, each once.
     */
    public Flux<Change> changes(OptionalLong after) {
        return Flux.defer(() -> {
            var state = feed.state();
            long start = after.orElse(state.position());
            var cursor = new AtomicLong(start);
            Flux<Change> first = Flux.empty();
            if (after.isPresent() && !replayable(start, state)) {
                cursor.set(state.position());
                first = Flux.just(Change.resync(state.position()));
            }
            Flux<Long> wakeUps = Flux.concat(Flux.just(state.position()), heads.asFlux());
            Flux<Change> rest = wakeUps.filter(head -> head > cursor.get())
                    .concatMap(head -> Mono.fromCallable(() -> readFrom(cursor))
                            .subscribeOn(Schedulers.boundedElastic())
                            .flatMapIterable(changes -> changes), 1)
                    .doOnNext(change -> measure(change, state.position()));
            return first.concatWith(rest);
        }).doOnSubscribe(subscription -> subscribers.incrementAndGet())
                .doFinally(signal -> subscribers.decrementAndGet());
    }

    /** The lag of a change committed after the subscriber's start (earlier ones are replays, late by design). */
    private void measure(Change change, long subscribedAt) {
        if (change.position() > subscribedAt && change.at() != null) {
            var millis = Math.max(0, System.currentTimeMillis() - change.at().toInstant().toEpochMilli());
            lag.record(millis, TimeUnit.MILLISECONDS);
        }
    }

    /** Whether every change after {@code start} is still kept (and start is a position of this feed at all). */
    private static boolean replayable(long start, ChangeFeed.State state) {
        if (start > state.position()) {
            return false;
        }
        if (start == state.position()) {
            return true;
        }
        return state.oldest() != null && start >= state.oldest() - 1;
    }

    /** The changes after the cursor (at most MOST_AT_ONCE; the rest on the next wake-up), moving the cursor on. */
    private List<Change> readFrom(AtomicLong cursor) {
        var changes = new ArrayList<Change>();
        List<Change> page;
        do {
            page = feed.after(cursor.get(), PAGE);
            changes.addAll(page);
            if (!page.isEmpty()) {
                cursor.set(page.getLast().position());
            }
        } while (page.size() == PAGE && changes.size() < MOST_AT_ONCE);
        if (page.size() == PAGE) {
            wake(Long.MAX_VALUE); // more are waiting: wake the subscribers again
        }
        return changes;
    }

    private void poll() {
        if (subscribers.get() == 0) {
            lastHead = -1;
            return;
        }
        try {
            long head = feed.position();
            if (head != lastHead) {
                lastHead = head;
                wake(head);
            }
        } catch (RuntimeException e) {
            log.warn("Reading the change feed failed; trying again in {}", properties.pollInterval(),
                    RedactedThrowable.of(e));
        }
    }

    /** Emissions come from the poller and from readers: the sink takes one at a time. */
    private synchronized void wake(long head) {
        heads.tryEmitNext(head);
    }

    /** Hourly, on the shared scheduler (never on the poller's thread, which it could delay). */
    @Scheduled(initialDelay = 10, fixedDelay = 60, timeUnit = TimeUnit.MINUTES)
    void prune() {
        try {
            var before = OffsetDateTime.now(ZoneOffset.UTC).minus(properties.retention());
            long deleted = feed.prune(before, 10_000);
            if (deleted > 0) {
                log.info("Change feed: {} changes older than {} deleted", deleted, properties.retention());
            }
        } catch (RuntimeException e) {
            log.warn("Pruning the change feed failed", RedactedThrowable.of(e));
        }
    }

    @Override
    public void destroy() {
        poller.shutdownNow();
        heads.tryEmitComplete();
    }
}
