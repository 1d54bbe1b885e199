package org.lambeth.livingwell.security;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import graphql.language.ArrayValue;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.ObjectValue;
import graphql.language.OperationDefinition;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.parser.Parser;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;

/**
 * Operations that carry text in every text argument of the API ({@code "X"} marks where the attack string goes), and
 * the means to check that they cover every String and ID argument the schema has, inputs included.
 */
final class InjectionCarriers {

    static final String MARK = "\"X\"";

    /** Reads: nothing may change whatever text they carry. */
    static final List<String> READS = List.of(
            "{ assets(filter: {text: \"X\", categories: [\"X\"], within: {locality: \"X\"}, near: {place: {postcode: "
                    + "\"X\"}, radiusMetres: 500}, openAt: {day: MONDAY, time: \"X\"}}, after: \"X\") { totalCount } }",
            "{ assetFacets(filter: {text: \"X\", categories: [\"X\"], within: {locality: \"X\"}, near: {place: "
                    + "{postcode: \"X\"}, radiusMetres: 500}, openAt: {day: MONDAY, time: \"X\"}}) { __typename } }",
            "{ assetClusters(box: {south: 51.44, west: -0.15, north: 51.46, east: -0.10}, zoom: 14, filter: {text: "
                    + "\"X\", categories: [\"X\"], within: {locality: \"X\"}, near: {place: {postcode: \"X\"}, "
                    + "radiusMetres: 500}, openAt: {day: MONDAY, time: \"X\"}}) { __typename } }",
            "{ nearest(place: {postcode: \"X\"}, category: \"X\") { distanceMetres } }",
            "{ assetsNear(near: {postcode: \"X\"}, radiusMetres: 500, after: \"X\") { __typename } }",
            "{ asset(id: \"X\") { id } }",
            "{ coverage(category: \"X\") { __typename } }",
            "{ organisations(after: \"X\") { __typename } }",
            "{ networkStrengthHistory(between: [\"X\", \"X\"]) { id } }",
            "{ networkStrength(between: [\"X\", \"X\"]) { crossTies } }",
            "{ keyConnectors(scope: \"X\") { __typename } }",
            "{ whatIf(remove: [\"X\"], between: [\"X\", \"X\"]) { __typename } }",
            "{ communities(scope: \"X\") { __typename } }",
            "{ people(after: \"X\", skill: \"X\", locality: \"X\") { __typename } }",
            "{ person(id: \"X\") { id } }",
            "{ reach(personId: \"X\") { __typename } }",
            "{ auditTrail(after: \"X\", filter: {actor: \"X\", action: \"X\", targetId: \"X\"}) { __typename } }");

    /** Writes aimed at something that does not exist: refused, nothing changes. */
    static final List<String> WRITES_TO_NOTHING = List.of(
            "mutation { addAsset(input: {name: \"X\", description: \"X\", categories: [\"X\"], location: {postcode: "
                    + "\"X\"}, address: \"X\", postcode: \"X\", contact: {phone: \"X\", email: \"X\", website: "
                    + "\"X\"}}) { __typename } }",
            "mutation { takeNetworkSnapshot(input: {between: [\"X\", \"X\"]}) { __typename } }",
            "mutation { revokeApiKey(input: {id: \"X\"}) { __typename } }",
            "mutation { erasePerson(input: {id: \"X\"}) { __typename } }",
            "mutation { importAssets(input: {upload: \"X\", format: CSV, source: \"X\", defaultCategory: \"X\"}) "
                    + "{ __typename } }",
            "mutation { retireAsset(input: {id: \"X\", reason: \"X\"}) { __typename } }",
            "mutation { updateAsset(input: {id: \"X\", name: \"X\", description: \"X\", categories: [\"X\"], "
                    + "location: {postcode: \"X\"}, address: \"X\", postcode: \"X\", contact: {phone: \"X\", "
                    + "email: \"X\", website: \"X\"}}) { __typename } }",
            "mutation { addAsset(input: {name: \"Hours\", categories: [\"library\"], location: {latitude: 51.46, "
                    + "longitude: -0.115}, openingHours: {regular: [{day: MONDAY, opens: \"X\", closes: \"X\"}]}}) "
                    + "{ __typename } }",
            "mutation { addAsset(input: {name: \"Hours\", categories: [\"library\"], location: {latitude: 51.46, "
                    + "longitude: -0.115}, openingHours: {exceptions: [{date: \"X\", opens: \"X\", "
                    + "closes: \"X\"}]}}) { __typename } }",
            "mutation { updateAsset(input: {id: \"X\", openingHours: {regular: [{day: MONDAY, opens: \"X\", "
                    + "closes: \"X\"}]}}) { __typename } }",
            "mutation { updateAsset(input: {id: \"X\", openingHours: {exceptions: [{date: \"X\", opens: \"X\", "
                    + "closes: \"X\"}]}}) { __typename } }");

    /** Writes that store the text: it must come back exactly as sent (AttackSuiteIT checks them one by one). */
    static final List<String> WRITES_THAT_STORE = List.of(
            "mutation { addAsset(input: {name: \"X\", description: \"X\", categories: [\"library\"], location: "
                    + "{latitude: 51.4612, longitude: -0.1156}, address: \"X\"}) { asset { id name description address } } }",
            "mutation { createApiKey(input: {name: \"X\", role: PUBLIC}) { apiKey { id name } } }");

    private InjectionCarriers() {
    }

    /** The operation with every marked place holding {@code text} (as a GraphQL string literal). */
    static String carrying(String operation, String text) {
        var literal = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> literal.append("\\\"");
                case '\\' -> literal.append("\\\\");
                case '\n' -> literal.append("\\n");
                default -> {
                    if (c < 0x20) {
                        literal.append(String.format("\\u%04x", (int) c));
                    } else {
                        literal.append(c);
                    }
                }
            }
        }
        return operation.replace(MARK, literal.append('"').toString());
    }

    /** "field.argument[.inputField...]" for every String or ID argument of every root field of the schema. */
    static Set<String> textArguments(GraphQLSchema schema) {
        var paths = new TreeSet<String>();
        for (GraphQLObjectType root : new GraphQLObjectType[] {schema.getQueryType(), schema.getMutationType()}) {
            for (var field : root.getFieldDefinitions()) {
                for (GraphQLArgument argument : field.getArguments()) {
                    collect(field.getName() + "." + argument.getName(), argument.getType(), paths, 0);
                }
            }
        }
        return paths;
    }

    private static void collect(String path, GraphQLInputType type, Set<String> paths, int depth) {
        var named = GraphQLTypeUtil.unwrapAll(type);
        if (named instanceof GraphQLScalarType scalar && (scalar.getName().equals("String")
                || scalar.getName().equals("ID"))) {
            paths.add(path);
        } else if (named instanceof GraphQLInputObjectType input && depth < 5) {
            input.getFieldDefinitions().forEach(f -> collect(path + "." + f.getName(), f.getType(), paths, depth + 1));
        }
    }

    /** The argument paths that carry the mark in these operations. */
    static Set<String> carried(List<String> operations) {
        var paths = new TreeSet<String>();
        for (var operation : operations) {
            Document document = Parser.parse(operation);
            var definition = (OperationDefinition) document.getDefinitions().getFirst();
            for (var selection : definition.getSelectionSet().getSelections()) {
                var field = (Field) selection;
                field.getArguments().forEach(a -> marked(field.getName() + "." + a.getName(), a.getValue(), paths));
            }
        }
        return paths;
    }

    private static void marked(String path, Value<?> value, Set<String> paths) {
        if (value instanceof StringValue string && string.getValue().equals("X")) {
            paths.add(path);
        } else if (value instanceof ArrayValue array) {
            array.getValues().forEach(v -> marked(path, v, paths));
        } else if (value instanceof ObjectValue object) {
            object.getObjectFields().forEach(f -> marked(path + "." + f.getName(), f.getValue(), paths));
        }
    }

}
