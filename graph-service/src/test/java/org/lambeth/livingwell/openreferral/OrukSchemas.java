package org.lambeth.livingwell.openreferral;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;

/**
 * The Open Referral UK v3 JSON schemas vendored under {@code src/main/resources/openreferral/schema} (see the README
 * there), addressed by the URLs the profile's OpenAPI document uses for them, which map to the vendored copies: no
 * schema is ever fetched. JSON Schema 2020-12 (the document's {@code jsonSchemaDialect}), with formats (uuid, uri,
 * email, date-time) asserted.
 */
final class OrukSchemas {

    static final String BASE = "https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/";
    static final String OPENAPI = BASE + "openapi.json";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemaIdResolvers(ids -> ids.mapPrefix(BASE, "classpath:openreferral/schema/")));
    private static final Map<String, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private OrukSchemas() {
    }

    /** The schema of a 200 response of a path of the profile's OpenAPI document (e.g. {@code /services}). */
    static String response(String path) {
        return OPENAPI + "#/paths/" + path.replace("~", "~0").replace("/", "~1")
                + "/get/responses/200/content/application~1json/schema";
    }

    /** The paging envelope (the OpenAPI document's Page). */
    static final String PAGE = OPENAPI + "#/components/schemas/Page";
    /** A fully nested service. */
    static final String SERVICE = BASE + "compiled/service.json";
    static final String TAXONOMY = BASE + "taxonomy.json";
    static final String TAXONOMY_TERM = BASE + "taxonomy_term.json";
    /** The profile's organization, as its lists nest it (the OpenAPI document has no organizations endpoint). */
    static final String ORGANIZATION = BASE + "compiled/service_list.json#/properties/organization";

    /** What is wrong with {@code body} under the schema at {@code location}; empty when it conforms. */
    static List<String> errors(String location, JsonNode body) {
        var schema = SCHEMAS.computeIfAbsent(location, l -> REGISTRY.getSchema(SchemaLocation.of(l)));
        return schema.validate(body, context -> context.executionConfig(c -> c.formatAssertionsEnabled(true)))
                .stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }
}
