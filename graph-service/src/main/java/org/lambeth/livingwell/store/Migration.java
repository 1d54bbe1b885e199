package org.lambeth.livingwell.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * One versioned Cypher migration, named like neo4j-migrations does: {@code V0001__Create_asset_id_constraint.cypher}.
 *
 * @param version the number after V
 * @param description the rest of the name, underscores as spaces
 * @param fileName the file it came from
 * @param script the whole file; statements end with a semicolon at the end of a line
 */
record Migration(int version, String description, String fileName, String script) {

    private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.cypher");
    private static final Pattern STATEMENT_END = Pattern.compile(";\\s*(\\r?\\n|$)");

    static Migration of(String fileName, String script) {
        var matcher = NAME.matcher(fileName);
        if (!matcher.matches()) {
            throw new IllegalStateException("Migration file name '" + fileName
                    + "' does not follow V<version>__<Description>.cypher, e.g. V0001__Create_asset_id_constraint.cypher");
        }
        return new Migration(Integer.parseInt(matcher.group(1)), matcher.group(2).replace('_', ' '), fileName, script);
    }

    /** CRC32 of the script with line endings normalised, as a decimal string. */
    String checksum() {
        var crc = new CRC32();
        crc.update(script.replace("\r\n", "\n").strip().getBytes(StandardCharsets.UTF_8));
        return Long.toString(crc.getValue());
    }

    /** The statements, comment lines removed. */
    List<String> statements() {
        var withoutComments = script.lines()
                .filter(line -> !line.strip().startsWith("//"))
                .reduce("", (a, b) -> a + b + "\n");
        return Arrays.stream(STATEMENT_END.split(withoutComments))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
