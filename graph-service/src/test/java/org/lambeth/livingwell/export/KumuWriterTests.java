package org.lambeth.livingwell.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.HashSet;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class KumuWriterTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aBlueprintOfElementsAndConnectionsThatReferToTheirIds() {
        var out = new ByteArrayOutputStream();
        KumuWriter.write(ExportRows.network(), out);
        var blueprint = JSON.readTree(out.toByteArray());
        assertThat(blueprint.propertyNames()).containsExactly("elements", "connections");
        var elements = blueprint.path("elements");
        assertThat(elements.size()).isEqualTo(5);
        var ids = new HashSet<String>();
        elements.forEach(element -> ids.add(element.path("id").asString()));
        var org = elements.get(0);
        assertThat(org.path("label").asString()).isEqualTo("Org A");
        assertThat(org.path("type").asString()).isEqualTo("Organisation");
        assertThat(org.path("kind").asString()).isEqualTo("VOLUNTARY");
        assertThat(org.has("half")).as("unknown: left out").isFalse();
        var asset = elements.get(2);
        assertThat(asset.path("half").asString()).isEqualTo("South Lambeth");
        assertThat(asset.path("tags").size()).isEqualTo(2);
        var connections = blueprint.path("connections");
        assertThat(connections.size()).isEqualTo(6);
        connections.forEach(connection -> {
            assertThat(ids).contains(connection.path("from").asString(), connection.path("to").asString());
            assertThat(connection.has("id")).isFalse();
        });
        assertThat(connections.get(0).path("type").asString()).isEqualTo("collaboration");
        assertThat(connections.get(0).path("direction").asString()).isEqualTo("undirected");
        assertThat(connections.get(0).path("strength").asDouble()).isEqualTo(0.7);
        assertThat(connections.get(1).path("type").asString()).isEqualTo("contract");
        assertThat(connections.get(2).path("type").asString()).isEqualTo("runs");
        assertThat(connections.get(2).path("direction").asString()).isEqualTo("directed");
        assertThat(connections.get(3).path("type").asString()).isEqualTo("knows");
        assertThat(connections.get(3).path("direction").asString()).isEqualTo("undirected");
        assertThat(connections.get(4).path("outcome").asString()).isEqualTo("ATTENDED");
        assertThat(connections.get(5).path("type").asString()).isEqualTo("member of");
        assertThat(connections.get(5).path("relationship").asString()).isEqualTo("MEMBER_OF");
    }
}
