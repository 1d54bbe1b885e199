package org.lambeth.livingwell.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;

/**
 * The static cost of an operation, worked out before any of it runs from what each field is expected to return:
 * <ul>
 * <li>every field in the answer costs 1, and each alias is a field of its own (the same field under 200 aliases
 * costs 200 times);</li>
 * <li>a list costs its expected length times what each item selects: a page its size ({@code first}, {@code n},
 * {@code top}), an unpaged list the most it holds over the data ({@code localities(kind: LSOA)}: every LSOA);</li>
 * <li>a GeoJSON value costs 1 point for every {@value FieldCosts#BYTES_PER_POINT} bytes it typically holds, by what
 * it is the geometry of (an LSOA boundary, a ward's, the borough's; a coverage gap);</li>
 * <li>analyses and coverage add the work they do whatever is selected.</li>
 * </ul>
 * Lengths, sizes and work are declared in {@link FieldCosts}; introspection's lists are as long as the schema's own
 * (the mean over its types), so a client's schema download costs what it returns. Sums saturate rather than
 * overflow, so no document can wrap its cost round to a small number.
 */
final class CostModel {

    /** Costs are capped here: far over any limit, far below overflow. */
    static final long CEILING = 1L << 50;
    /** A list field nobody declared (CostModelTests keeps there being none) is priced as this long. */
    static final long UNDECLARED_LENGTH = 100;
    /** A GeoJSON field nobody declared is priced as the largest geometry (the borough's). */
    static final long UNDECLARED_GEOMETRY_BYTES = 50_000;

    private final GraphQLSchema schema;
    private final Map<String, Long> introspectionLengths;

    CostModel(GraphQLSchema schema) {
        this.schema = schema;
        this.introspectionLengths = introspectionLengths(schema);
    }

    GraphQLSchema schema() {
        return schema;
    }

    long cost(ExecutableNormalizedOperation operation) {
        return cost(operation.getTopLevelFields());
    }

    private long cost(List<ExecutableNormalizedField> fields) {
        long sum = 0;
        for (var field : fields) {
            sum = add(sum, cost(field));
        }
        return sum;
    }

    private long cost(ExecutableNormalizedField field) {
        var type = GraphQLTypeUtil.unwrapNonNull(field.getType(schema));
        var item = GraphQLTypeUtil.unwrapAll(type);
        var coordinates = field.getObjectTypeNames().iterator().next() + "." + field.getFieldName();
        long own = add(1, FieldCosts.work(coordinates, field));
        if (GraphQLTypeUtil.isScalar(item) && item.getName().equals("GeoJSON")) {
            long bytes = FieldCosts.geometryBytes(coordinates, field).orElse(UNDECLARED_GEOMETRY_BYTES);
            own = add(own, FieldCosts.points(bytes));
        }
        long each = field.getChildren().isEmpty() ? (GraphQLTypeUtil.isLeaf(item) ? 1 : 0) : cost(field.getChildren());
        if (!GraphQLTypeUtil.isList(type)) {
            return GraphQLTypeUtil.isLeaf(item) ? own : add(own, each);
        }
        return add(own, multiply(length(coordinates, field), each));
    }

    private long length(String coordinates, ExecutableNormalizedField field) {
        var introspection = introspectionLengths.get(coordinates);
        if (introspection != null) {
            return introspection;
        }
        return FieldCosts.length(coordinates).map(length -> length.applyAsLong(field)).orElse(UNDECLARED_LENGTH);
    }

    static long add(long a, long b) {
        return Math.min(CEILING, a + b);
    }

    static long multiply(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a > CEILING / b ? CEILING : Math.min(CEILING, a * b);
    }

    /** The lengths of introspection's lists: the schema's own counts, as means over its types (rounded up). */
    private static Map<String, Long> introspectionLengths(GraphQLSchema schema) {
        var types = schema.getAllTypesAsList();
        long fields = 0;
        long arguments = 0;
        long inputFields = 0;
        long enumValues = 0;
        long interfaces = 0;
        long possibleTypes = 0;
        for (var type : types) {
            if (type instanceof GraphQLFieldsContainer container) {
                fields += container.getFieldDefinitions().size();
                for (var field : container.getFieldDefinitions()) {
                    arguments += field.getArguments().size();
                }
            }
            if (type instanceof GraphQLObjectType object) {
                interfaces += object.getInterfaces().size();
            }
            if (type instanceof GraphQLInterfaceType) {
                possibleTypes += schema.getImplementations((GraphQLInterfaceType) type).size();
            }
            if (type instanceof GraphQLUnionType union) {
                possibleTypes += union.getTypes().size();
            }
            if (type instanceof GraphQLInputObjectType input) {
                inputFields += input.getFieldDefinitions().size();
            }
            if (type instanceof GraphQLEnumType enumType) {
                enumValues += enumType.getValues().size();
            }
        }
        var directives = schema.getDirectives();
        long directiveArguments = directives.stream().mapToLong(d -> d.getArguments().size()).sum();
        long locations = directives.stream().map(GraphQLDirective::validLocations).mapToLong(l -> l.size()).sum();
        var lengths = new HashMap<String, Long>();
        lengths.put("__Schema.types", (long) types.size());
        lengths.put("__Schema.directives", (long) directives.size());
        lengths.put("__Type.fields", mean(fields, types.size()));
        lengths.put("__Type.inputFields", mean(inputFields, types.size()));
        lengths.put("__Type.enumValues", mean(enumValues, types.size()));
        lengths.put("__Type.interfaces", mean(interfaces, types.size()));
        lengths.put("__Type.possibleTypes", mean(possibleTypes, types.size()));
        lengths.put("__Field.args", mean(arguments, fields));
        lengths.put("__Directive.args", mean(directiveArguments, directives.size()));
        lengths.put("__Directive.locations", mean(locations, directives.size()));
        return Map.copyOf(lengths);
    }

    private static long mean(long total, long count) {
        return count == 0 ? 0 : (total + count - 1) / count;
    }
}
