package org.lambeth.livingwell.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The Cypher statements of the queries module, one a file under {@code cypher/<feature>/<verb>_<noun>.cypher},
 * looked up by {@code "<feature>/<verb>_<noun>"}. Statements take parameters; no value is ever concatenated.
 * <p>
 * A template is a statement with slot lines ({@code // @entry}) that {@link #expand} replaces with fragments: other
 * files of the catalogue whose names start with an underscore. Only fixed text from the catalogue is spliced in.
 */
@Component
public class CypherCatalogue {

    private final ConcurrentHashMap<String, String> statements = new ConcurrentHashMap<>();

    /** The statement in {@code cypher/<name>.cypher}; throws when there is none. */
    public String get(String name) {
        return statements.computeIfAbsent(name, CypherCatalogue::load);
    }

    /**
     * The template {@code name} with each slot line {@code // @slot} replaced by the fragment that {@code fragments}
     * names for it; throws when a slot has no fragment or a fragment is named for no slot.
     */
    public String expand(String name, Map<String, String> fragments) {
        var key = name + new TreeMap<>(fragments);
        var statement = statements.get(key);
        if (statement == null) {
            // not computeIfAbsent: filling reads other entries of the same map
            statement = fill(name, get(name), fragments);
            statements.putIfAbsent(key, statement);
        }
        return statement;
    }

    private static final Pattern SLOT = Pattern.compile("(?m)^[ \\t]*// @(\\w+)[ \\t]*$");

    private String fill(String name, String template, Map<String, String> fragments) {
        var used = new java.util.HashSet<String>();
        var filled = SLOT.matcher(template).replaceAll(slot -> {
            var fragment = fragments.get(slot.group(1));
            if (fragment == null) {
                throw new IllegalArgumentException("cypher/" + name + ".cypher: no fragment for slot @" + slot.group(1));
            }
            used.add(slot.group(1));
            return Matcher.quoteReplacement(get(fragment));
        });
        if (!used.containsAll(fragments.keySet())) {
            throw new IllegalArgumentException("cypher/" + name + ".cypher has no slot for some of " + fragments.keySet());
        }
        return filled;
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
