package org.lambeth.livingwell.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.lambeth.livingwell.viewer.Role;
import org.lambeth.livingwell.support.GraphQlHttp;
import org.lambeth.livingwell.support.GraphQlWebSocket;
import org.lambeth.livingwell.support.SecondInstance;
import org.lambeth.livingwell.support.ServiceIT;
import org.lambeth.livingwell.store.EmbeddedNeo4jProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two service instances sharing one Neo4j (the second connected to the first one's database over Bolt): a change made
 * through either reaches a subscriber of the other within 2 s, because the feed is in the database, and a client that
 * moves from one instance to the other with its last position misses nothing.
 */
@ServiceIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesIT {

    @LocalServerPort
    int port;

    @Autowired
    Neo4jConnectionDetails database;

    @Autowired
    EmbeddedNeo4jProperties embedded;

    private SecondInstance second;
    private final List<String> added = new ArrayList<>();

    @BeforeAll
    void startTheSecondInstance() {
        second = new SecondInstance(database.getUri().toString(), embedded.passwordFile(), SecondInstance.freePort())
                .start();
    }

    @AfterAll
    void stopIt() {
        if (second != null) {
            second.close();
        }
    }

    @AfterEach
    void retireWhatWasAdded() {
        for (var id : added) {
            editor(port).post(LiveChangesIT.RETIRE, Map.of("input", Map.of("id", id, "reason", "test clean-up")));
        }
        added.clear();
    }

    @Test
    void anEditThroughEitherInstanceReachesASubscriberOfTheOtherWithinTwoSeconds() {
        try (var onFirst = GraphQlWebSocket.connect(port, null);
                var onSecond = GraphQlWebSocket.connect(second.port(), null)) {
            var from = position(port);
            assertThat(position(second.port())).isEqualTo(from);
            onFirst.subscribe("1", LiveChangesIT.CHANGES, Map.of("after", from));
            onSecond.subscribe("1", LiveChangesIT.CHANGES, Map.of("after", from));

            long sent = System.nanoTime();
            var viaFirst = add(port, "Added through the first instance");
            var seenBySecond = change(onSecond);
            assertThat((System.nanoTime() - sent) / 1_000_000).as("ms to arrive on the other instance")
                    .isLessThan(2_000);
            assertThat(seenBySecond.path("assetId").asString()).isEqualTo(viaFirst);
            assertThat(seenBySecond.path("asset").path("name").asString()).isEqualTo("Added through the first instance");
            assertThat(change(onFirst).path("assetId").asString()).isEqualTo(viaFirst);

            sent = System.nanoTime();
            var viaSecond = add(second.port(), "Added through the second instance");
            var seenByFirst = change(onFirst);
            assertThat((System.nanoTime() - sent) / 1_000_000).isLessThan(2_000);
            assertThat(seenByFirst.path("assetId").asString()).isEqualTo(viaSecond);
            assertThat(change(onSecond).path("assetId").asString()).isEqualTo(viaSecond);
            assertThat(Long.parseLong(seenByFirst.path("position").asString()))
                    .isEqualTo(Long.parseLong(seenBySecond.path("position").asString()) + 1);
        }
    }

    @Test
    void aClientThatLosesOneInstanceAndReconnectsToTheOtherMissesNothing() {
        String last;
        try (var onSecond = GraphQlWebSocket.connect(second.port(), null)) {
            onSecond.subscribe("1", LiveChangesIT.CHANGES, Map.of("after", position(second.port())));
            add(port, "Seen before the drop");
            last = change(onSecond).path("position").asString();
        }
        var missed = add(second.port(), "Added while the client was away");
        try (var onFirst = GraphQlWebSocket.connect(port, null)) {
            onFirst.subscribe("1", LiveChangesIT.CHANGES, Map.of("after", last));
            var change = change(onFirst);
            assertThat(change.path("assetId").asString()).isEqualTo(missed);
            assertThat(Long.parseLong(change.path("position").asString())).isEqualTo(Long.parseLong(last) + 1);
        }
    }

    private static org.lambeth.livingwell.support.GraphQlHttp editor(int port) {
        return new GraphQlHttp(port).as(Role.EDITOR);
    }

    private String add(int at, String name) {
        var input = Map.<String, Object>of("name", name, "categories", List.of("library"),
                "location", Map.of("latitude", 51.4613, "longitude", -0.1156));
        var id = editor(at).data(LiveChangesIT.ADD, Map.of("input", input)).path("addAsset").path("asset").path("id")
                .asString();
        added.add(id);
        return id;
    }

    private static String position(int at) {
        return new GraphQlHttp(at).data("{ changeFeedPosition }").path("changeFeedPosition").asString();
    }

    private static tools.jackson.databind.JsonNode change(GraphQlWebSocket socket) {
        var payload = socket.nextData(Duration.ofSeconds(5));
        assertThat(payload).as("a change within 5 s").isNotNull();
        return payload.path("data").path("assetChanges");
    }
}
