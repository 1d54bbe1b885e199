package org.lambeth.livingwell.map.bench;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;

import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in tile server for the map benchmark, on a port (so an origin) of its own as a real tile server is: every
 * {z}/{x}/{y}.png answers a 256 x 256 PNG, so the page loads, decodes and paints tiles as it would with
 * OpenStreetMap's, and tile requests do not queue with the service's own on the browser's six connections per origin
 * (as requests for tiles from the service's origin did before, which the service then answered with 404s).
 */
final class TileServer implements AutoCloseable {

    private final HttpServer server;

    private TileServer(HttpServer server) {
        this.server = server;
    }

    static TileServer start() {
        var png = tile();
        try {
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
            server.createContext("/", exchange -> {
                try (exchange) {
                    exchange.getResponseHeaders().set("Content-Type", "image/png");
                    exchange.getResponseHeaders().set("Cache-Control", "max-age=86400");
                    exchange.getResponseHeaders().set("Access-Control-Allow-Origin", "*");
                    exchange.sendResponseHeaders(200, png.length);
                    exchange.getResponseBody().write(png);
                }
            });
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.start();
            return new TileServer(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The URL template for the map's tile layer. */
    String urlTemplate() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/{z}/{x}/{y}.png";
    }

    /** A tile with some detail (a light ground and a grid of streets), about the size of a real one once encoded. */
    private static byte[] tile() {
        var image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(242, 239, 233));
        graphics.fillRect(0, 0, 256, 256);
        var random = new java.util.Random(20141211);
        for (int i = 0; i < 60; i++) {
            graphics.setColor(new Color(200 + random.nextInt(55), 200 + random.nextInt(55), 200 + random.nextInt(55)));
            graphics.fillRect(random.nextInt(256), random.nextInt(256), 4 + random.nextInt(40), 4 + random.nextInt(40));
        }
        graphics.setColor(Color.WHITE);
        for (int i = 0; i < 256; i += 32) {
            graphics.fillRect(i, 0, 3, 256);
            graphics.fillRect(0, i + 11, 256, 3);
        }
        graphics.dispose();
        var bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
