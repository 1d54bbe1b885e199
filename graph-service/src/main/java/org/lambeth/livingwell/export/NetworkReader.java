package org.lambeth.livingwell.export;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.lambeth.livingwell.asset.VisibilityAccess;
import org.lambeth.livingwell.viewer.Role;
import org.lambeth.livingwell.viewer.Viewer;
import org.lambeth.livingwell.store.CypherCatalogue;
import org.lambeth.livingwell.store.Sessions;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * Reads the network a viewer may export in two statements (elements, then ties): people only for PEER_SUPPORTER and
 * above, and then only under {@link Pseudonyms} drawn for this export; NETWORK assets only for them too.
 */
@Service
class NetworkReader {

    static final Role PEOPLE_ROLE = Role.PEER_SUPPORTER;

    private final Driver driver;
    private final CypherCatalogue cypher;
    private final SecureRandom random = new SecureRandom();

    NetworkReader(Driver driver, CypherCatalogue cypher) {
        this.driver = driver;
        this.cypher = cypher;
    }

    Network read(Viewer viewer) {
        Map<String, Object> parameters = Map.of("visibility", VisibilityAccess.visibleTo(viewer), "withPeople",
                viewer.may(PEOPLE_ROLE));
        try (var session = driver.session(Sessions.READ)) {
            var tx = session.beginTransaction(Downloads.TIME_LIMIT);
            try (tx) {
                var elementRows = tx.run(cypher.get("export/list_network_elements"), parameters).list();
                var connectionRows = tx.run(cypher.get("export/list_network_connections"), parameters).list();
                return network(elementRows, connectionRows);
            }
        }
    }

    private Network network(List<Record> elementRows, List<Record> connectionRows) {
        var peopleIds = elementRows.stream().filter(row -> "PERSON".equals(row.get("element").asString()))
                .map(row -> row.get("id").asString()).toList();
        var pseudonyms = Pseudonyms.draw(peopleIds, random);
        var elements = new ArrayList<Network.Element>(elementRows.size());
        for (var row : elementRows) {
            elements.add(element(row, pseudonyms));
        }
        var ids = new HashSet<String>();
        elements.forEach(element -> ids.add(element.id()));
        var connections = new ArrayList<Network.Connection>(connectionRows.size());
        for (var row : connectionRows) {
            var from = elementId(row.get("fromElement").asString(), row.get("fromId").asString(), pseudonyms);
            var to = elementId(row.get("toElement").asString(), row.get("toId").asString(), pseudonyms);
            if (from == null || to == null || !ids.contains(from) || !ids.contains(to)) {
                continue; // an end added between the two reads: every tie must name elements of the export
            }
            connections.add(new Network.Connection("c" + (connections.size() + 1), from, to,
                    row.get("relationship").asString(), row.get("kind").asString(null),
                    row.get("strength").isNull() ? null : row.get("strength").asDouble(),
                    row.get("since").asString(null), row.get("until").asString(null), row.get("on").asString(null),
                    row.get("outcome").asString(null)));
        }
        return new Network(List.copyOf(elements), List.copyOf(connections));
    }

    private static Network.Element element(Record row, Pseudonyms pseudonyms) {
        var element = row.get("element").asString();
        var id = row.get("id").asString();
        var person = "PERSON".equals(element);
        return new Network.Element(elementId(element, id, pseudonyms), switch (element) {
            case "PERSON" -> "Person";
            case "ASSET" -> "Asset";
            default -> "Organisation";
        }, person ? pseudonyms.label(id) : row.get("label").asString(null), row.get("kind").asString(null),
                row.get("half").asString(null), row.get("description").asString(null),
                row.get("website").asString(null),
                row.get("categories").isNull() ? List.of() : row.get("categories").asList(Value::asString));
    }

    private static String elementId(String element, String id, Pseudonyms pseudonyms) {
        return switch (element) {
            case "PERSON" -> pseudonyms.knows(id) ? pseudonyms.elementId(id) : null;
            case "ASSET" -> "asset:" + id;
            default -> "organisation:" + id;
        };
    }
}
