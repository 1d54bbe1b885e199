package org.lambeth.livingwell.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The GraphQL documents the map page sends, read from its ES modules (map-ui's META-INF/resources/js) as the
 * browser would build them: each {@code const NAME = `...`} or {@code 'text'} with its {@code ${NAME}} parts
 * filled in from the same file. Only the operations (query, mutation, subscription) are returned, by their
 * operation name.
 */
final class MapDocuments {

    private static final Pattern CONSTANT = Pattern.compile(
            "(?m)^(?:export )?const (\\w+) = (?:`([^`]*)`|'([^']*)');");
    private static final Pattern PART = Pattern.compile("\\$\\{(\\w+)}");
    private static final Pattern OPERATION = Pattern.compile("(?m)^\\s*(query|mutation|subscription) (\\w+)");

    private MapDocuments() {
    }

    /** Operation name to its whole document (fragments included), across every module of the page. */
    static Map<String, String> operations() {
        var found = new LinkedHashMap<String, String>();
        try {
            var resources = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:META-INF/resources/js/**/*.js");
            for (var resource : resources) {
                var source = resource.getContentAsString(StandardCharsets.UTF_8);
                var constants = new LinkedHashMap<String, String>();
                Matcher constant = CONSTANT.matcher(source);
                while (constant.find()) {
                    var text = constant.group(2) != null ? constant.group(2) : constant.group(3);
                    constants.put(constant.group(1), fill(text, constants));
                }
                for (var text : constants.values()) {
                    var operation = OPERATION.matcher(text);
                    if (operation.find()) {
                        found.put(operation.group(2), text);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    private static String fill(String text, Map<String, String> constants) {
        var part = PART.matcher(text);
        var filled = new StringBuilder();
        while (part.find()) {
            // a part that is no constant above it stays as it is (and an operation holding one will not parse)
            var value = constants.getOrDefault(part.group(1), part.group());
            part.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        return part.appendTail(filled).toString();
    }
}
