package org.lambeth.livingwell.asset.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection, used by one load client thread at a time: a blocking socket, a POST written
 * in one go, the answer read by {@code Content-Length} or chunked encoding. It exists because the load driver shares
 * two cores with the service: {@link java.net.http.HttpClient} spent about 2 ms of CPU per request here (hand-offs
 * between its selector and worker threads), which at hundreds of requests a second takes a core from the service
 * being measured; this costs a small fraction of that. A broken or closed connection is reopened on the next
 * request.
 */
final class LoadHttpConnection implements AutoCloseable {

    /** Status and body of an answer. */
    record Answer(int status, String body) {
    }

    private final URI uri;
    private final InetSocketAddress address;
    private final int timeoutMillis;
    private final byte[] head;
    private Socket socket;
    private OutputStream out;
    private InputStream in;

    LoadHttpConnection(URI uri, Duration timeout) {
        this.uri = uri;
        int port = uri.getPort() > 0 ? uri.getPort() : 80;
        if (!"http".equals(uri.getScheme())) {
            throw new IllegalArgumentException("only http:// URLs: " + uri);
        }
        this.address = new InetSocketAddress(uri.getHost(), port);
        this.timeoutMillis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        var path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        this.head = ("POST " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + port
                + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: ")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Sends a JSON POST and reads the whole answer. */
    Answer post(String json) throws IOException {
        var body = json.getBytes(StandardCharsets.UTF_8);
        var request = new ByteArrayOutputStream(head.length + body.length + 16);
        request.write(head);
        request.write((body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        request.write(body);
        boolean fresh = socket == null;
        if (fresh) {
            open();
        }
        try {
            return exchange(request.toByteArray());
        } catch (IOException e) {
            close();
            if (fresh || e instanceof java.net.SocketTimeoutException) {
                throw e;
            }
            // a kept-alive connection the server had closed: once more on a new one
            open();
            try {
                return exchange(request.toByteArray());
            } catch (IOException again) {
                close();
                throw again;
            }
        }
    }

    private void open() throws IOException {
        var s = new Socket();
        s.setTcpNoDelay(true);
        s.setKeepAlive(true);
        s.connect(address, Math.min(timeoutMillis, 5_000));
        s.setSoTimeout(timeoutMillis);
        socket = s;
        out = s.getOutputStream();
        in = new BufferedInputStream(s.getInputStream(), 64 * 1024);
    }

    private Answer exchange(byte[] request) throws IOException {
        out.write(request);
        out.flush();
        var statusLine = line();
        if (!statusLine.startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP answer from " + uri + ": " + LoadResponses.abbreviate(statusLine));
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closes = statusLine.startsWith("HTTP/1.0");
        for (var header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            var name = header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            var value = header.substring(colon + 1).strip();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closes = value.equalsIgnoreCase("close");
                default -> {
                }
            }
        }
        byte[] body;
        if (chunked) {
            var all = new ByteArrayOutputStream(8 * 1024);
            for (long size = chunkSize(); size > 0; size = chunkSize()) {
                all.write(exactly((int) size));
                line(); // CRLF after the chunk
            }
            for (var trailer = line(); !trailer.isEmpty(); trailer = line()) {
                // trailers: ignored
            }
            body = all.toByteArray();
        } else if (length >= 0) {
            body = exactly((int) length);
        } else {
            body = in.readAllBytes();
            closes = true;
        }
        if (closes) {
            close();
        }
        return new Answer(status, new String(body, StandardCharsets.UTF_8));
    }

    private long chunkSize() throws IOException {
        var sizeLine = line();
        int semicolon = sizeLine.indexOf(';');
        return Long.parseLong((semicolon >= 0 ? sizeLine.substring(0, semicolon) : sizeLine).strip(), 16);
    }

    private byte[] exactly(int n) throws IOException {
        var bytes = in.readNBytes(n);
        if (bytes.length != n) {
            throw new EOFException("the connection closed after " + bytes.length + " of " + n + " bytes");
        }
        return bytes;
    }

    /** A header line without its CRLF (ASCII). */
    private String line() throws IOException {
        var text = new StringBuilder(64);
        for (int c = in.read(); ; c = in.read()) {
            if (c < 0) {
                throw new EOFException("the connection closed");
            }
            if (c == '\n') {
                int end = text.length();
                if (end > 0 && text.charAt(end - 1) == '\r') {
                    text.setLength(end - 1);
                }
                return text.toString();
            }
            text.append((char) c);
        }
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        socket = null;
        out = null;
        in = null;
    }
}
