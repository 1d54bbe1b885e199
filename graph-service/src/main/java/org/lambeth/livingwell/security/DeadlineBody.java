package org.lambeth.livingwell.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body must have arrived by a deadline, in all: every read checks the clock before and after it, and
 * a read that starts, or ends with bytes, past the deadline calls {@code onTimeout} (once: it answers the client and stops the
 * connection being drained) and fails with {@link BodyReadTimeout}. A read that blocks is itself bounded by Tomcat's
 * per-read upload timeout ({@link SlowClientValve}), so a client that sends nothing is stopped too.
 */
final class DeadlineBody extends HttpServletRequestWrapper {

    /** Why a body read failed: the body took longer than the bound. */
    static final class BodyReadTimeout extends IOException {
        BodyReadTimeout(long timeoutMillis) {
            super("The request body took longer than " + timeoutMillis + " ms to arrive");
        }
    }

    private final long deadlineNanos;
    private final long timeoutMillis;
    private final Runnable onTimeout;
    private ServletInputStream stream;
    private BufferedReader reader;
    private boolean timedOut;

    DeadlineBody(HttpServletRequest request, long startNanos, long timeoutMillis, Runnable onTimeout) {
        super(request);
        this.deadlineNanos = startNanos + timeoutMillis * 1_000_000;
        this.timeoutMillis = timeoutMillis;
        this.onTimeout = onTimeout;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (stream == null) {
            stream = new Bounded(super.getInputStream());
        }
        return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        if (reader == null) {
            var encoding = getCharacterEncoding();
            var charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
        return reader;
    }

    /**
     * Reads and discards what is left of the body, within the same deadline: true when it ended, false when it went
     * past the deadline, was longer than {@code maxBytes} or could not be read (the connection should then be closed
     * rather than kept).
     */
    boolean drain(long maxBytes) {
        try {
            var in = getInputStream();
            var buffer = new byte[8192];
            long total = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                total += n;
                if (total > maxBytes) {
                    return false;
                }
            }
            return true;
        } catch (IOException | IllegalStateException e) {
            return false;
        }
    }

    boolean timedOut() {
        return timedOut;
    }

    private void check() throws BodyReadTimeout {
        if (timedOut || System.nanoTime() - deadlineNanos > 0) {
            if (!timedOut) {
                timedOut = true;
                onTimeout.run();
            }
            throw new BodyReadTimeout(timeoutMillis);
        }
    }

    /** A read of the underlying stream: a byte, or a count of bytes. */
    @FunctionalInterface
    private interface Read {
        int run() throws IOException;
    }

    private final class Bounded extends ServletInputStream {

        private final ServletInputStream in;

        Bounded(ServletInputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            return checked(in::read, -1);
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return checked(() -> in.read(b, off, len), 0);
        }

        /**
         * One read between two looks at the clock: before it, and after it when it returned more than
         * {@code nothing} (some data) or failed (a failed read past the deadline is the deadline's).
         */
        private int checked(Read read, int nothing) throws IOException {
            check();
            try {
                var result = read.run();
                if (result > nothing) {
                    check();
                }
                return result;
            } catch (BodyReadTimeout e) {
                throw e;
            } catch (IOException e) {
                check();
                throw e;
            }
        }

        @Override
        public int available() throws IOException {
            return in.available();
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
