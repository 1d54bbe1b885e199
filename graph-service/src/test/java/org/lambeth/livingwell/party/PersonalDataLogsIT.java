package org.lambeth.livingwell.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lambeth.livingwell.viewer.Role;
import org.lambeth.livingwell.store.EmbeddedNeo4jProperties;
import org.lambeth.livingwell.support.GraphQlServiceTest;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Every log event of the service during requests that touch people's data, with the loggers that could print it
 * turned up to TRACE, and the embedded Neo4j's own logs: none holds a display name, email, phone or person id, nor
 * the embedded database's password (its start-up is covered by {@code EmbeddedNeo4jUpgradeIT}); nor does the console
 * as the configured layout writes it (text here, JSON in {@link PersonalDataJsonLogsIT}).
 */
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataLogsIT extends GraphQlServiceTest {

    /** Loggers raised to TRACE for the run (the root goes to DEBUG). */
    private static final List<String> LOUD = List.of("org.lambeth", "org.neo4j.driver", "org.neo4j.bolt",
            "org.springframework.graphql", "org.springframework.web", "org.springframework.http",
            "org.springframework.data.neo4j", "org.springframework.security", "graphql", "notprivacysafe",
            "org.apache.catalina", "org.apache.coyote", "org.apache.tomcat");

    @Autowired
    Driver driver;
    @Autowired
    EmbeddedNeo4jProperties neo4j;
    @Autowired
    Neo4jConnectionDetails database;

    @Test
    void noPersonalDataReachesAnyLog(CapturedOutput console) throws IOException {
        var people = consentingPeople();
        var erased = createPersonToErase();
        var needles = new LinkedHashSet<String>();
        people.forEach(p -> needles.addAll(p.values()));
        needles.addAll(erased.values());
        needles.addAll(needles.stream().filter(n -> n.startsWith("07700") || n.startsWith("020"))
                .map(n -> n.replace(" ", "")).toList());
        var password = Files.readString(neo4j.passwordFile()).strip();
        assertThat(password).hasSizeGreaterThan(20);
        needles.add(password);

        var capture = new LogCapture();
        try {
            touchPeoplesData(people, erased);
            org.slf4j.LoggerFactory.getLogger(PersonalDataLogsIT.class).debug("canary {}", "sentinel-7f3a");
            // new Bolt connections sign in while the loud loggers listen
            try (var fresh = GraphDatabase.driver(database.getUri(), database.getAuthToken());
                    var session = fresh.session()) {
                session.run("RETURN 1").consume();
            }
        } finally {
            capture.stop();
            removeIfLeft(erased.get("id"));
        }
        assertThat(capture.events()).as("the capture works").isNotEmpty();
        assertThat(leaks(capture.events(), Set.of("sentinel-7f3a"))).as("the search finds what is there").hasSize(1);
        assertThat(capture.events()).as("debug logging was on").anyMatch(e -> e.getLevel().toInt() <= Level.DEBUG_INT
                && !e.getLoggerName().equals(PersonalDataLogsIT.class.getName()));
        assertThat(leaks(capture.events(), needles)).as("log events that hold personal data").isEmpty();
        assertThat(neo4jLogLeaks(needles)).as("Neo4j log lines that hold personal data").isEmpty();
        checkConsole(console.getOut(), needles);
    }

    /** The console as written: it shows the canary and the requests' ids, and none of the needles. */
    void checkConsole(String console, Set<String> needles) {
        assertThat(console).as("the console capture works").contains("sentinel-7f3a");
        assertThat(console.lines().filter(line -> needles.stream().anyMatch(line::contains)).map(l -> abbreviate(l)))
                .as("console lines that hold personal data").isEmpty();
    }

    private void touchPeoplesData(List<Map<String, String>> people, Map<String, String> erased) {
        var lead = graphql.as(Role.LEAD);
        var someone = people.getFirst();
        lead.data("{ people(first: 50) { edges { node { id displayName skills { name } locality { name } "
                + "contact { email phone consentedOn } } } } }");
        lead.data("query($id: ID!) { person(id: $id) { displayName contact { email phone } } }",
                Map.of("id", someone.get("id")));
        lead.data("query($id: ID!) { reach(personId: $id, hops: 2) { person { id name } assets { member { name } } } }",
                Map.of("id", someone.get("id")));
        lead.data("{ keyConnectors(top: 5) { betweenness { member { id name } } } }");
        lead.post("query($ids: [ID!]!) { whatIf(remove: $ids) { before { crossTies } } }",
                Map.of("ids", List.of(someone.get("id"), people.get(1).get("id"))));
        // requests that fail, with people's data in their arguments
        for (var person : people) {
            for (var value : person.values()) {
                lead.post("query($v: ID!) { person(id: $v) { id } }", Map.of("v", value));
                lead.post("query($v: ID) { people(first: 5, skill: $v) { totalCount } }", Map.of("v", value));
                lead.post("query($v: ID) { people(first: 5, locality: $v, after: $v) { totalCount } }",
                        Map.of("v", value));
                lead.post("query($v: ID!) { reach(personId: $v) { hops } }", Map.of("v", value + "x"));
                lead.post("query($v: Int) { people(first: $v) { totalCount } }", Map.of("v", value));
                lead.post("{ person(id: \"" + value + "\") { id ");
                graphql.as(Role.PUBLIC).post("query($v: ID!) { person(id: $v) { id } }", Map.of("v", value));
                graphql.as(Role.EDITOR).post("mutation($v: ID!) { erasePerson(input: {id: $v}) { relationshipsRemoved } }",
                        Map.of("v", value));
            }
        }
        var admin = graphql.as(Role.ADMIN);
        admin.post("mutation($v: ID!) { erasePerson(input: {id: $v}) { relationshipsRemoved } }",
                Map.of("v", erased.get("email")));
        admin.data("mutation($v: ID!) { erasePerson(input: {id: $v}) { relationshipsRemoved } }",
                Map.of("v", erased.get("id")));
    }

    /** The events (message, arguments, MDC, key-value pairs, exceptions) that contain any needle. */
    static List<String> leaks(List<ILoggingEvent> events, Set<String> needles) {
        var leaks = new ArrayList<String>();
        for (var event : events) {
            var text = new StringBuilder(event.getFormattedMessage() == null ? "" : event.getFormattedMessage());
            if (event.getArgumentArray() != null) {
                for (var argument : event.getArgumentArray()) {
                    text.append(' ').append(argument);
                }
            }
            text.append(' ').append(event.getMDCPropertyMap());
            if (event.getKeyValuePairs() != null) {
                event.getKeyValuePairs().forEach(pair -> text.append(' ').append(pair.key).append('=').append(pair.value));
            }
            for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
                text.append(' ').append(t.getClassName()).append(": ").append(t.getMessage());
            }
            needles.stream().filter(n -> text.indexOf(n) >= 0).findFirst()
                    .ifPresent(n -> leaks.add(event.getLoggerName() + " " + event.getLevel() + ": " + abbreviate(text)));
        }
        return leaks;
    }

    private List<String> neo4jLogLeaks(Set<String> needles) throws IOException {
        var logs = neo4j.dataDirectory().toAbsolutePath().resolve("logs");
        assertThat(logs).isDirectory();
        var leaks = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(logs)) {
            for (var file : files.filter(Files::isRegularFile).toList()) {
                for (var line : Files.readAllLines(file)) {
                    if (needles.stream().anyMatch(line::contains)) {
                        leaks.add(file.getFileName() + ": " + abbreviate(line));
                    }
                }
            }
        }
        return leaks;
    }

    private static String abbreviate(CharSequence text) {
        return text.length() > 300 ? text.subSequence(0, 300) + "..." : text.toString();
    }

    /** Three people who consented (so with email and phone): read before the capture starts. */
    private List<Map<String, String>> consentingPeople() {
        try (var session = driver.session()) {
            return session.run("""
                    MATCH (p:Person) WHERE p.contactConsent = true
                      AND EXISTS { (p)-[:KNOWS]-() } AND EXISTS { (p)-[:HAS_SKILL]->() }
                    RETURN p {.id, .displayName, .email, .phone} AS person ORDER BY p.displayName LIMIT 3""")
                    .list(r -> {
                        var map = new HashMap<String, String>();
                        r.get(0).asMap().forEach((k, v) -> map.put(k, (String) v));
                        return Map.copyOf(map);
                    });
        }
    }

    private Map<String, String> createPersonToErase() {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        var person = Map.of("id", "zz-logs-person-" + suffix, "displayName", "Marrowby Logtest " + suffix,
                "email", "marrowby.logtest." + suffix + "@example.org",
                "phone", String.format("020 7946 0%03d", Math.floorMod(suffix.hashCode(), 1000)));
        try (var session = driver.session()) {
            session.run("""
                    MATCH (ward:Locality {kind: 'WARD'}) WITH ward ORDER BY ward.id LIMIT 1
                    MATCH (other:Person {demo: true}) WITH ward, other ORDER BY other.id LIMIT 1
                    CREATE (p:Person {id: $id, displayName: $displayName, email: $email, phone: $phone,
                                      role: 'CARER', contactConsent: true, contactConsentOn: date()})
                    CREATE (p)-[:LOCATED_IN]->(ward)
                    CREATE (p)-[:KNOWS {since: date()}]->(other)""", new HashMap<String, Object>(person)).consume();
        }
        return person;
    }

    private void removeIfLeft(String id) {
        try (var session = driver.session()) {
            session.run("MATCH (p:Person {id: $id}) DETACH DELETE p", Map.of("id", id)).consume();
        }
    }

    /** A list appender on the root logger, with the loud loggers turned up; {@link #stop} puts everything back. */
    static final class LogCapture {

        private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
        private final Map<Logger, Level> levels = new HashMap<>();

        LogCapture() {
            appender.setContext(context);
            appender.start();
            var root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            root.addAppender(appender);
            raise(root, Level.DEBUG);
            LOUD.forEach(name -> raise(context.getLogger(name), Level.TRACE));
        }

        private void raise(Logger logger, Level level) {
            levels.put(logger, logger.getLevel());
            logger.setLevel(level);
        }

        List<ILoggingEvent> events() {
            return List.copyOf(appender.list);
        }

        void stop() {
            levels.forEach(Logger::setLevel);
            context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).detachAppender(appender);
            appender.stop();
        }
    }
}
