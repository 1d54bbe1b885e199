package org.lambeth.livingwell.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The Cypher statements of the queries module, one a file under {@code cypher/<feature>/<verb>_<noun>.cypher},
 * looked up by {@code "<feature>/<verb>_<noun>"}. Statements take parameters; nothing is concatenated.
 */
@Component
public class CypherCatalogue {

    private final ConcurrentHashMap<String, String> statements = new ConcurrentHashMap<>();

    /** The statement in {@code cypher/<name>.cypher}; throws when there is none. */
    public String get(String name) {
        return statements.computeIfAbsent(name, CypherCatalogue::load);
    }

    private static String load(String name) {
        var resource = new ClassPathResource("cypher/" + name + ".cypher", CypherCatalogue.class.getClassLoader());
        try {
            return resource.getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("No Cypher statement cypher/" + name + ".cypher on the classpath", e);
        }
    }
}
