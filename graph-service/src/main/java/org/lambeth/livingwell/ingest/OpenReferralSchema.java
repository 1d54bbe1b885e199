package org.lambeth.livingwell.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import tools.jackson.databind.JsonNode;

/**
 * An ORUK v3 JSON schema (vendored under {@code openreferral/schema/}, see its README for the source and licence),
 * checked with networknt's JSON Schema validator. An imported service must satisfy the profile's service schema
 * before it is mapped.
 */
final class OpenReferralSchema {

    /** The full service ({@code GET /services/{id}}). */
    static final OpenReferralSchema SERVICE = new OpenReferralSchema("openreferral/schema/compiled/service.json");

    private static final int MAX_PROBLEMS_PER_ROW = 20;

    private final Schema schema;

    private OpenReferralSchema(String resource) {
        var registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        try (var in = OpenReferralSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the ORUK schema " + resource + " is not on the classpath");
            }
            this.schema = registry.getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the node breaks the schema: the field is the JSON path of what is wrong. */
    List<ImportProblem> problems(JsonNode node, long row) {
        return schema.validate(node).stream().limit(MAX_PROBLEMS_PER_ROW)
                .map(error -> new ImportProblem(row, error.getInstanceLocation().toString(),
                        error.getInstanceNode() == null || error.getInstanceNode().isContainer() ? null
                                : error.getInstanceNode().asString(),
                        "breaks the ORUK v3 service schema: " + error.getMessage()))
                .toList();
    }
}
