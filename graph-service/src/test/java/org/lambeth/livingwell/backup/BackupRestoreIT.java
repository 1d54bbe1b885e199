package org.lambeth.livingwell.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.lambeth.livingwell.LivingWellMapApplication;
import org.lambeth.livingwell.cli.CommandLineTool;
import org.lambeth.livingwell.store.CypherCatalogue;
import org.lambeth.livingwell.store.EmbeddedNeo4jProperties;
import org.lambeth.livingwell.support.GraphQlHttp;
import org.lambeth.livingwell.support.ServiceIT;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The seeded service database, plus a node and a relationship carrying every property type, backed up to a file and
 * restored into a second, empty embedded Neo4j: the same nodes by label, relationships by type and content checksum,
 * each computed on both databases. A damaged file (truncated, a byte flipped, a value or the checksum edited, a bad
 * line half-way, a newer format) fails with its line named and leaves the target empty; a database that holds data
 * is refused and left as it was. The admin download streams the same format and is audited.
 */
@ServiceIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupRestoreIT {

    private static final String DATA_NODES = "MATCH (n) WHERE NOT n:__Neo4jMigration AND NOT n:__Neo4jMigrationsLock ";

    @LocalServerPort
    int port;

    @Autowired
    Driver driver;

    @Autowired
    CypherCatalogue cypher;

    @Autowired
    BackupService backups;

    @Autowired
    Neo4jConnectionDetails database;

    @Autowired
    EmbeddedNeo4jProperties embedded;

    private EmptyNeo4j target;
    private RestoreService restores;
    private Path file;
    private byte[] bytes;
    private BackupSummary backedUp;

    @BeforeAll
    void backUpTheSeededDatabase(@TempDir Path directory) throws Exception {
        try (var session = driver.session()) {
            session.run("""
                    CREATE (s:BackupSample:Sample $properties)
                    CREATE ({backupSample: 'no label'})
                    WITH s
                    MATCH (a:Asset) WITH s, a ORDER BY a.id LIMIT 1
                    CREATE (s)-[:BACKUP_SAMPLE $properties]->(a)""",
                    Map.of("properties", ValueCodecTests.everyType())).consume();
        }
        file = directory.resolve("backups/seeded.jsonl.gz");
        backedUp = backups.backup(file);
        bytes = Files.readAllBytes(file);
        target = EmptyNeo4j.start(directory.resolve("target-store"));
        restores = new RestoreService(target.driver(), cypher);
    }

    @AfterAll
    void removeTheSampleAndStopTheTarget() {
        try (var session = driver.session()) {
            session.run("MATCH (s:BackupSample) DETACH DELETE s").consume();
            session.run("MATCH (n) WHERE n.backupSample = 'no label' DELETE n").consume();
        }
        if (target != null) {
            target.close();
        }
    }

    @BeforeEach
    void emptyTheTarget() {
        target.wipe();
    }

    private void assertTargetIsEmptyAgain() {
        assertThat(target.dataNodes()).as("data nodes in the target").isZero();
        assertThat(target.hasRestoreIndex()).as("the restore's temporary index").isFalse();
    }

    private void restoreFails(byte[] damaged, String messagePattern) {
        assertThatThrownBy(() -> restores.restore(new ByteArrayInputStream(damaged)))
                .isInstanceOf(BackupFileException.class)
                .hasMessageMatching(messagePattern);
        assertTargetIsEmptyAgain();
    }

    @Test
    @Order(1)
    void aTruncatedFileIsUndoneAndNamesItsLastLine() {
        restoreFails(BackupFiles.truncated(bytes, 0.7), "line \\d+: the file ends in the middle of its compressed "
                + "data: it is truncated\\. Everything restored was deleted again: the database is empty\\.");
    }

    @Test
    @Order(2)
    void aFlippedByteIsUndoneAndNamesALine() {
        restoreFails(BackupFiles.flipped(bytes, bytes.length * 3 / 4), "line \\d+: .+ the database is empty\\.");
        restoreFails(BackupFiles.flipped(bytes, bytes.length - 5), "line \\d+: the compressed data is damaged .+");
    }

    @Test
    @Order(3)
    void anEditedValueOrChecksumFailsAtTheTrailer() {
        var lines = BackupFiles.lines(bytes);
        int trailer = lines.size();
        int sample = lines.stream().filter(l -> l.startsWith("{\"node\":") && l.contains("\"BackupSample\"")).findFirst()
                .map(lines::indexOf).orElseThrow() + 1;
        restoreFails(BackupFiles.edited(bytes, sample, l -> l.replace("\"long\":9223372036854775807",
                "\"long\":9223372036854775806")), "line " + trailer + ": the content checksum of the file .+ "
                + "the file was changed after it was written\\. .+");
        restoreFails(BackupFiles.edited(bytes, trailer, l -> l.replaceAll("\"checksum\":\"[0-9a-f]{6}",
                "\"checksum\":\"000000")), "line " + trailer + ": the content checksum .+ the database is empty\\.");
    }

    @Test
    @Order(4)
    void aBadLineHalfWayIsUndoneAndNamed() {
        var lines = BackupFiles.lines(bytes);
        assertThat(lines.size()).isGreaterThan(5_000);
        restoreFails(BackupFiles.edited(bytes, 5_000, l -> l.substring(0, l.length() / 2)),
                "line 5000: not valid JSON .+ the database is empty\\.");
    }

    @Test
    @Order(5)
    void aNewerFormatOrSchemaIsRefusedBeforeAnythingIsWritten() {
        restoreFails(BackupFiles.edited(bytes, 1, l -> l.replace("\"version\":1,", "\"version\":2,")),
                "line 1: format version 2 is not supported.+");
        var needsMore = BackupFiles.edited(bytes, 1, l -> l.replace("\"migrations\":[", "\"migrations\":[9999,"));
        assertThatThrownBy(() -> restores.restore(new ByteArrayInputStream(needsMore)))
                .isInstanceOf(RestoreRefusedException.class)
                .hasMessageContaining("[9999]").hasMessageEndingWith("Nothing was changed.");
        assertTargetIsEmptyAgain();
    }

    /**
     * The documented commands, run through the service's main method as an operator runs them: a backup of this
     * service's database through its Bolt port (user neo4j, the store's password file), then a restore into the empty
     * target (the command must not seed it).
     */
    @Test
    @Order(20)
    void theCommandsBackUpAndRestoreAsTheReadmeSays(@TempDir Path directory) {
        var file = directory.resolve("by-command.jsonl.gz");
        try {
            System.setProperty("NEO4J_URI", database.getUri().toString());
            System.setProperty("NEO4J_USERNAME", "neo4j");
            System.setProperty("NEO4J_PASSWORD_FILE", embedded.passwordFile().toString());
            assertThat(CommandLineTool.run(LivingWellMapApplication.class, new String[] {"backup", "--to", file.toString()})).isZero();
            // the target is a bare test database without authentication
            System.clearProperty("NEO4J_USERNAME");
            System.clearProperty("NEO4J_PASSWORD_FILE");
            System.setProperty("NEO4J_URI", target.uri());
            assertThat(CommandLineTool.run(LivingWellMapApplication.class, new String[] {"restore", "--from", file.toString()})).isZero();
        } finally {
            System.clearProperty("NEO4J_URI");
            System.clearProperty("NEO4J_USERNAME");
            System.clearProperty("NEO4J_PASSWORD_FILE");
        }
        assertThat(nodesByLabel(target.driver())).isEqualTo(nodesByLabel(driver));
        assertThat(GraphChecksum.of(new LiveGraph(target.driver(), cypher)))
                .isEqualTo(GraphChecksum.of(new LiveGraph(driver, cypher)));
    }

    @Test
    @Order(10)
    void aRestoreIntoAnEmptyDatabaseReproducesTheGraphExactly() {
        var restored = restores.restore(file);
        System.out.println("[backup figures] seeded database: backup " + backedUp.describe() + "; restore "
                + restored.describe() + "; file " + bytes.length / 1024 + " KiB");

        assertThat(nodesByLabel(target.driver())).isEqualTo(nodesByLabel(driver)).containsKeys("Asset", "Person",
                "Locality", "BackupSample");
        assertThat(relationshipsByType(target.driver())).isEqualTo(relationshipsByType(driver))
                .containsKeys("LOCATED_IN", "KNOWS", "BACKUP_SAMPLE");
        var sourceChecksum = GraphChecksum.of(new LiveGraph(driver, cypher));
        var targetChecksum = GraphChecksum.of(new LiveGraph(target.driver(), cypher));
        assertThat(targetChecksum).isEqualTo(sourceChecksum).isEqualTo(backedUp.checksum())
                .isEqualTo(restored.checksum());
        assertThat(backedUp.skippedRelationships()).isZero();

        // every property type, exactly, on the node and the relationship
        for (var query : new String[] {"MATCH (s:BackupSample) RETURN properties(s) AS p",
                "MATCH (:BackupSample)-[r:BACKUP_SAMPLE]->(:Asset) RETURN properties(r) AS p"}) {
            var copy = single(target.driver(), query);
            ValueCodecTests.everyType().forEach((key, value) ->
                    assertThat(Objects.deepEquals(copy.get(key), value)).as(query + " " + key).isTrue());
        }
        assertThat(single(target.driver(), "MATCH (n) WHERE n.backupSample = 'no label' "
                + "RETURN {labels: labels(n)} AS p")).containsEntry("labels", java.util.List.of());
        assertThat(single(target.driver(), "MATCH (n:__Restoring) RETURN {n: count(n)} AS p")).containsEntry("n", 0L);
        assertThat(single(target.driver(), DATA_NODES + "AND n.__restoreKey IS NOT NULL RETURN {n: count(n)} AS p"))
                .containsEntry("n", 0L);
        assertThat(target.hasRestoreIndex()).isFalse();
    }

    @Test
    @Order(11)
    void aDatabaseThatHoldsDataIsRefusedAndLeftAsItWas() {
        var before = GraphChecksum.of(new LiveGraph(driver, cypher));
        var service = new RestoreService(driver, cypher);
        assertThatThrownBy(() -> service.restore(file)).isInstanceOf(RestoreRefusedException.class)
                .hasMessageStartingWith("The database already holds ")
                .hasMessageEndingWith("Nothing was changed.");
        assertThat(GraphChecksum.of(new LiveGraph(driver, cypher))).isEqualTo(before);
        assertThat(single(driver, "MATCH (n:__Restoring) RETURN {n: count(n)} AS p")).containsEntry("n", 0L);
    }

    @Test
    @Order(12)
    void anAdminDownloadsTheSameFormatAndTheDownloadIsAudited() throws Exception {
        var cookie = GraphQlHttp.login(port, new String[] {"admin", "admin-test-password"});
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/admin/backup"))
                .header("Cookie", cookie).GET().build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/gzip");
        assertThat(response.headers().firstValue("Content-Disposition").orElse(""))
                .matches("attachment; filename=\"living-well-map-\\d{8}-\\d{6}\\.jsonl\\.gz\"");
        BackupTrailer trailer;
        try (var reader = BackupReader.open(new ByteArrayInputStream(response.body()))) {
            reader.header();
            trailer = reader.read(new GraphCounts());
        }
        assertThat(trailer.checksum()).isEqualTo(GraphChecksum.of(new LiveGraph(driver, cypher)));
        assertThat(single(driver, "MATCH (e:AuditEntry {action: 'backup.download'}) WITH e ORDER BY e.at DESC LIMIT 1 "
                + "RETURN {actor: e.actor, role: e.role, targetType: e.targetType} AS p"))
                .containsEntry("actor", "admin").containsEntry("role", "ADMIN").containsEntry("targetType", "Graph");
        assertThat(nodesByLabel(driver)).containsEntry("AuditEntry",
                trailer.counts().nodesByLabel().get("AuditEntry"));
    }

    private static Map<String, Object> single(Driver driver, String query) {
        try (var session = driver.session()) {
            return session.run(query).single().get("p").asMap();
        }
    }

    private static Map<String, Long> nodesByLabel(Driver driver) {
        try (var session = driver.session()) {
            var counts = new TreeMap<String, Long>();
            session.run(DATA_NODES + "UNWIND labels(n) AS label RETURN label, count(*) AS n").forEachRemaining(
                    row -> counts.put(row.get("label").asString(), row.get("n").asLong()));
            counts.put("(all nodes)", session.run(DATA_NODES + "RETURN count(n) AS n").single().get("n").asLong());
            return counts;
        }
    }

    private static Map<String, Long> relationshipsByType(Driver driver) {
        try (var session = driver.session()) {
            var counts = new TreeMap<String, Long>();
            session.run("MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n").forEachRemaining(
                    row -> counts.put(row.get("type").asString(), row.get("n").asLong()));
            return counts;
        }
    }
}
