package org.lambeth.livingwell.export;

import java.security.SecureRandom;
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
 * above, and then only as {@link NetworkAssembler} puts them, under pseudonyms and in an order drawn for this export
 * from a {@link SecureRandom}; NETWORK assets only for them too.
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
        var detail = viewer.mayNameIndividuals() ? NetworkAssembler.Detail.FULL : NetworkAssembler.Detail.ANONYMOUS;
        try (var session = driver.session(Sessions.READ)) {
            var tx = session.beginTransaction(Downloads.TIME_LIMIT);
            try (tx) {
                var elements = tx.run(cypher.get("export/list_network_elements"), parameters).list(
                        NetworkReader::elementRow);
                var ties = tx.run(cypher.get("export/list_network_connections"), parameters).list(
                        NetworkReader::tieRow);
                return NetworkAssembler.assemble(elements, ties, detail, random);
            }
        }
    }

    private static NetworkAssembler.ElementRow elementRow(Record row) {
        return new NetworkAssembler.ElementRow(row.get("element").asString(), row.get("id").asString(),
                row.get("label").asString(null), row.get("kind").asString(null), row.get("half").asString(null),
                row.get("description").asString(null), row.get("website").asString(null),
                row.get("categories").isNull() ? List.of() : row.get("categories").asList(Value::asString));
    }

    private static NetworkAssembler.TieRow tieRow(Record row) {
        return new NetworkAssembler.TieRow(row.get("fromElement").asString(), row.get("fromId").asString(),
                row.get("toElement").asString(), row.get("toId").asString(), row.get("relationship").asString(),
                row.get("kind").asString(null), row.get("strength").isNull() ? null : row.get("strength").asDouble(),
                row.get("since").asString(null), row.get("until").asString(null), row.get("on").asString(null),
                row.get("outcome").asString(null));
    }
}
