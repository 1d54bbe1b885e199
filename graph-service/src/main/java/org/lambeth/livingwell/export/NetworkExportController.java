package org.lambeth.livingwell.export;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;

import org.lambeth.livingwell.api.Attachment;
import org.lambeth.livingwell.viewer.Viewer;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The network for leads to map in Kumu ({@code GET /api/exports/network.kumu.json}, a blueprint) or Gephi
 * ({@code GET /api/exports/network.graphml}). Everyone may download: PUBLIC gets organisations and the assets they
 * run; PEER_SUPPORTER and above also people, always under pseudonyms and in an order drawn for each download, their
 * role and half only as {@link NetworkAssembler} allows the viewer.
 */
@RestController
class NetworkExportController {

    private final NetworkReader network;

    NetworkExportController(NetworkReader network) {
        this.network = network;
    }

    @GetMapping("/api/exports/network.kumu.json")
    void kumu(@RequestAttribute(name = Viewer.KEY, required = false) Viewer viewer, HttpServletResponse response)
            throws IOException {
        var read = network.read(Downloads.viewer(viewer));
        Attachment.mark(response, "application/json", "network.kumu.json");
        KumuWriter.write(read, response.getOutputStream());
    }

    @GetMapping("/api/exports/network.graphml")
    void graphMl(@RequestAttribute(name = Viewer.KEY, required = false) Viewer viewer, HttpServletResponse response)
            throws IOException {
        var read = network.read(Downloads.viewer(viewer));
        Attachment.mark(response, "application/graphml+xml;charset=UTF-8", "network.graphml");
        var out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        GraphMlWriter.write(read, out);
        out.flush();
    }
}
