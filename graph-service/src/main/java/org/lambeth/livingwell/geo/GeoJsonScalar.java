package org.lambeth.livingwell.geo;

import java.util.Map;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.json.JsonMapper;

/** The {@code GeoJSON} scalar: a JTS geometry goes out as a GeoJSON geometry object. Output only for now. */
public final class GeoJsonScalar {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static final GraphQLScalarType INSTANCE = GraphQLScalarType.newScalar()
            .name("GeoJSON")
            .description("A GeoJSON geometry object (RFC 7946)")
            .coercing(new Coercing<Geometry, Map<String, Object>>() {
                @Override
                public Map<String, Object> serialize(Object value, GraphQLContext context, java.util.Locale locale) {
                    if (value instanceof Geometry geometry) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> map = JSON.readValue(Geometries.write(geometry), Map.class);
                        return map;
                    }
                    throw new CoercingSerializeException("Expected a JTS Geometry but got " + value.getClass());
                }

                @Override
                public Geometry parseValue(Object input, GraphQLContext context, java.util.Locale locale) {
                    throw new CoercingParseValueException("GeoJSON is an output type here");
                }

                @Override
                public Geometry parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                        java.util.Locale locale) {
                    throw new CoercingParseLiteralException("GeoJSON is an output type here");
                }
            })
            .build();

    private GeoJsonScalar() {
    }
}
