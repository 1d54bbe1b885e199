package org.lambeth.livingwell.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.support.ServiceIT;
import org.springframework.boot.test.web.server.LocalServerPort;

@ServiceIT
class MapConfigIT {

    @LocalServerPort
    int port;

    @Test
    void theMapPageAndItsConfigurationAreServed() throws Exception {
        var client = HttpClient.newHttpClient();
        var page = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("leaflet").contains("js/app.js");
        var config = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/map-config"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(config.body()).contains("tileUrl").contains("Contains OS data © Crown copyright");
        var leaflet = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/webjars/leaflet/1.9.4/dist/leaflet.js")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(leaflet.statusCode()).isEqualTo(200);
    }
}
