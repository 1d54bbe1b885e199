package org.lambeth.livingwell.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.viewer.Role;
import org.lambeth.livingwell.support.GraphQlHttp;
import org.lambeth.livingwell.support.GraphQlWebSocket;
import org.lambeth.livingwell.support.ServiceIT;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The assetChanges subscription over WebSocket (graphql-ws) against the real service: edits arrive within 2 s, each
 * role sees only what it may, a reconnect with the last position misses nothing, and bad positions and non-
 * subscriptions on the socket are refused clearly.
 */
@ServiceIT
class LiveChangesIT {

    static final String CHANGES = """
            subscription($after: String) { assetChanges(after: $after) {
              position kind assetId count asset { id name visibility } } }""";
    static final String ADD = """
            mutation($input: AddAssetInput!) { addAsset(input: $input) { asset { id } } }""";
    static final String UPDATE = """
            mutation($input: UpdateAssetInput!) { updateAsset(input: $input) { asset { id } } }""";
    static final String RETIRE = """
            mutation($input: RetireAssetInput!) { retireAsset(input: $input) { id } }""";
    static final Duration TWO_SECONDS = Duration.ofSeconds(2);

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    ChangeFeed feed;

    private final List<String> added = new ArrayList<>();

    @AfterEach
    void retireWhatWasAdded() {
        for (var id : added) {
            editor().post(RETIRE, Map.of("input", Map.of("id", id, "reason", "test clean-up")));
        }
    }

    @Test
    void anAddAnUpdateAndARetirementEachReachASubscriberWithinTwoSeconds() {
        try (var socket = GraphQlWebSocket.connect(port, null)) {
            socket.subscribe("1", CHANGES, Map.of("after", position()));

            long sent = System.nanoTime();
            var id = add("Live feed café", "PUBLIC");
            var change = change(socket);
            long arrivedMillis = (System.nanoTime() - sent) / 1_000_000;
            assertThat(arrivedMillis).as("ms from the mutation's send to the change's arrival").isLessThan(2_000);
            assertThat(change.path("kind").asString()).isEqualTo("ADDED");
            assertThat(change.path("assetId").asString()).isEqualTo(id);
            assertThat(change.path("asset").path("name").asString()).isEqualTo("Live feed café");
            long first = Long.parseLong(change.path("position").asString());

            editor().post(UPDATE, Map.of("input", Map.of("id", id, "name", "Live feed café, renamed")));
            var update = change(socket);
            assertThat(update.path("kind").asString()).isEqualTo("UPDATED");
            assertThat(update.path("asset").path("name").asString()).isEqualTo("Live feed café, renamed");
            assertThat(Long.parseLong(update.path("position").asString())).isEqualTo(first + 1);

            retire(id);
            var retirement = change(socket);
            assertThat(retirement.path("kind").asString()).isEqualTo("RETIRED");
            assertThat(retirement.path("assetId").asString()).isEqualTo(id);
            assertThat(retirement.path("asset").isNull()).isTrue();
        }
    }

    @Test
    void aNetworkOnlyAssetReachesPeerSupportersButNeverThePublic() {
        var peerCookie = GraphQlHttp.login(port, new String[] {"peer", "peer-test-password"});
        try (var anonymous = GraphQlWebSocket.connect(port, null);
                var peer = GraphQlWebSocket.connect(port, peerCookie)) {
            var from = position();
            anonymous.subscribe("a", CHANGES, Map.of("after", from));
            peer.subscribe("p", CHANGES, Map.of("after", from));

            var hidden = add("Peer group, network only", "NETWORK");
            var shown = add("Open library corner", "PUBLIC");

            var peerFirst = change(peer);
            assertThat(peerFirst.path("assetId").asString()).isEqualTo(hidden);
            assertThat(peerFirst.path("asset").path("visibility").asString()).isEqualTo("NETWORK");
            assertThat(change(peer).path("assetId").asString()).isEqualTo(shown);
            // the public subscriber's first change is the public asset: the network-only one was never sent
            var anonymousFirst = change(anonymous);
            assertThat(anonymousFirst.path("assetId").asString()).isEqualTo(shown);
            assertThat(anonymous.next(Duration.ofMillis(600))).isNull();
        }
    }

    @Test
    void aClientThatReconnectsWithItsLastPositionGetsEveryChangeItMissedInOrder() {
        String last;
        try (var socket = GraphQlWebSocket.connect(port, null)) {
            socket.subscribe("1", CHANGES, Map.of("after", position()));
            add("Before the drop", "PUBLIC");
            last = change(socket).path("position").asString();
        }
        // while no socket is open, two changes land
        var whileAway = add("While away", "PUBLIC");
        editor().post(UPDATE, Map.of("input", Map.of("id", whileAway, "description", "changed while away")));

        try (var socket = GraphQlWebSocket.connect(port, null)) {
            socket.subscribe("1", CHANGES, Map.of("after", last));
            var missedAdd = change(socket);
            var missedUpdate = change(socket);
            assertThat(missedAdd.path("kind").asString()).isEqualTo("ADDED");
            assertThat(missedAdd.path("assetId").asString()).isEqualTo(whileAway);
            assertThat(Long.parseLong(missedAdd.path("position").asString())).isEqualTo(Long.parseLong(last) + 1);
            assertThat(missedUpdate.path("kind").asString()).isEqualTo("UPDATED");
            assertThat(missedUpdate.path("assetId").asString()).isEqualTo(whileAway);
            // and then it carries on live
            var after = add("After the reconnect", "PUBLIC");
            assertThat(change(socket).path("assetId").asString()).isEqualTo(after);
        }
    }

    @Test
    void aPositionTheFeedNeverGaveOutGetsAResyncAndThenTheLiveChanges() {
        try (var socket = GraphQlWebSocket.connect(port, null)) {
            socket.subscribe("1", CHANGES, Map.of("after", "999999999999"));
            var resync = change(socket);
            assertThat(resync.path("kind").asString()).isEqualTo("RESYNC");
            assertThat(resync.path("position").asString()).isEqualTo(position());
            var id = add("After a resync", "PUBLIC");
            assertThat(change(socket).path("assetId").asString()).isEqualTo(id);
        }
    }

    @Test
    void aClientAwayLongerThanTheFeedKeepsChangesIsToldToReload() {
        var before = position();
        add("Added, then pruned from the feed", "PUBLIC");
        // as the hourly prune does with changes past their retention
        assertThat(feed.prune(java.time.OffsetDateTime.now().plusSeconds(1), 1_000)).isPositive();
        try (var socket = GraphQlWebSocket.connect(port, null)) {
            socket.subscribe("1", CHANGES, Map.of("after", before));
            var resync = change(socket);
            assertThat(resync.path("kind").asString()).isEqualTo("RESYNC");
            assertThat(resync.path("position").asString()).isEqualTo(position());
        }
    }

    @Test
    void aMalformedPositionIsAClearErrorNamingTheArgument() {
        try (var socket = GraphQlWebSocket.connect(port, null)) {
            socket.subscribe("1", CHANGES, Map.of("after", "yesterday"));
            var message = socket.next(TWO_SECONDS);
            assertThat(message).isNotNull();
            assertThat(message.path("type").asString()).isEqualTo("error");
            assertThat(message.toString()).contains("after").contains("not a change-feed position")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void queriesAndMutationsAreRefusedOnTheSocketSoTheRateLimitCannotBeBypassed() {
        try (var socket = GraphQlWebSocket.connect(port, null)) {
            socket.subscribe("q", "{ assets(first: 1) { totalCount } }", Map.of());
            var message = socket.next(TWO_SECONDS);
            assertThat(message).isNotNull();
            assertThat(message.toString()).contains("Only subscriptions are served over the WebSocket");
            assertThat(message.path("payload").toString()).doesNotContain("totalCount\":");
        }
    }

    /** Opening hours and the cost flow through the feed like any other field: the change carries the new values. */
    @Test
    void anHoursOnlyChangeAndACostClearedEachReachASubscriberWithTheNewValues() {
        var id = add("Live feed hours", "PUBLIC");
        editor().data(UPDATE, Map.of("input", Map.of("id", id, "free", true)));
        try (var socket = GraphQlWebSocket.connect(port, null)) {
            socket.subscribe("1", """
                    subscription($after: String) { assetChanges(after: $after) { kind assetId
                      asset { free openingHours { regular { day opens closes } } } } }""",
                    Map.of("after", position()));

            editor().data(UPDATE, Map.of("input", Map.of("id", id, "openingHours",
                    Map.of("regular", List.of(Map.of("day", "TUESDAY", "opens", "10:00", "closes", "16:00"))))));
            var hours = change(socket);
            assertThat(hours.path("kind").asString()).isEqualTo("UPDATED");
            assertThat(hours.path("assetId").asString()).isEqualTo(id);
            assertThat(hours.path("asset").path("openingHours").path("regular").toString())
                    .isEqualTo("[{\"day\":\"TUESDAY\",\"opens\":\"10:00\",\"closes\":\"16:00\"}]");
            assertThat(hours.path("asset").path("free").asBoolean()).isTrue();

            var clearFree = new HashMap<String, Object>(Map.of("id", id));
            clearFree.put("free", null);
            editor().data(UPDATE, Map.of("input", clearFree));
            var cost = change(socket);
            assertThat(cost.path("assetId").asString()).isEqualTo(id);
            assertThat(cost.path("asset").path("free").isNull()).isTrue();
            assertThat(cost.path("asset").path("openingHours").path("regular").size()).isEqualTo(1);
        }
    }

    private JsonNode change(GraphQlWebSocket socket) {
        var payload = socket.nextData(Duration.ofSeconds(5));
        assertThat(payload).as("a change within 5 s").isNotNull();
        assertThat(payload.path("errors").isMissingNode()).as(payload.toString()).isTrue();
        return payload.path("data").path("assetChanges");
    }

    private String position() {
        return new GraphQlHttp(port).data("{ changeFeedPosition }").path("changeFeedPosition").asString();
    }

    private String add(String name, String visibility) {
        var input = Map.<String, Object>of("name", name, "categories", List.of("library"), "visibility", visibility,
                "location", Map.of("latitude", 51.4613, "longitude", -0.1156));
        var id = editor().data(ADD, Map.of("input", input)).path("addAsset").path("asset").path("id").asString();
        added.add(id);
        return id;
    }

    private void retire(String id) {
        editor().data(RETIRE, Map.of("input", Map.of("id", id, "reason", "test")));
        added.remove(id);
    }

    private GraphQlHttp editor() {
        return new GraphQlHttp(port).as(Role.EDITOR);
    }
}
