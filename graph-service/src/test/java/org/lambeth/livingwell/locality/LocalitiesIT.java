package org.lambeth.livingwell.locality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.support.GraphQlServiceTest;

class LocalitiesIT extends GraphQlServiceTest {

    @Test
    void twentyFiveWardsWithPolygonBoundariesAndTheirHalf() {
        var wards = graphql.data("{ localities(kind: WARD) { id name kind half assetCount boundary } }", Map.of())
                .path("localities");
        assertThat(wards.size()).isEqualTo(25);
        int north = 0;
        int assets = 0;
        for (var ward : wards) {
            assertThat(ward.path("id").asString()).startsWith("E05");
            assertThat(ward.path("boundary").path("type").asString()).isIn("Polygon", "MultiPolygon");
            assertThat(ward.path("boundary").path("coordinates").size()).isPositive();
            north += ward.path("half").asString().equals("NORTH") ? 1 : 0;
            assets += ward.path("assetCount").asInt();
        }
        assertThat(north).isEqualTo(14);
        var borough = graphql.data("{ localities(kind: BOROUGH) { name assetCount } }", Map.of()).path("localities");
        assertThat(borough.get(0).path("name").asString()).isEqualTo("Lambeth");
        // each asset in the borough lies in exactly one ward
        assertThat(assets).isEqualTo(borough.get(0).path("assetCount").asInt());
    }

    @Test
    void allKindsComeOrderedBoroughFirstLsoasLast() {
        var all = graphql.data("{ localities { id kind } }", Map.of()).path("localities");
        assertThat(all.size()).isEqualTo(212);
        assertThat(all.get(0).path("kind").asString()).isEqualTo("BOROUGH");
        assertThat(all.get(1).path("id").asString()).isEqualTo("half-north");
        assertThat(all.get(211).path("kind").asString()).isEqualTo("LSOA");
    }

    @Test
    void anUnknownKindIsAValidationError() {
        var response = graphql.post("{ localities(kind: COUNTY) { id } }");
        assertThat(response.path("errors").get(0).path("message").asString()).contains("COUNTY");
    }
}
