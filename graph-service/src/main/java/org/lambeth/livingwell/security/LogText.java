package org.lambeth.livingwell.security;

import org.neo4j.driver.Value;
import org.neo4j.driver.types.TypeSystem;

/**
 * A stored value as it may appear in a log line: at most 100 characters, no control characters (a value written into
 * the store by someone else could otherwise forge log lines).
 */
final class LogText {

    private LogText() {
    }

    static String of(Value value) {
        if (value == null || value.isNull()) {
            return "(none)";
        }
        var text = value.hasType(TypeSystem.getDefault().STRING()) ? value.asString() : value.toString();
        var clean = text.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.length() > 100 ? clean.substring(0, 100) + "..." : clean;
    }
}
