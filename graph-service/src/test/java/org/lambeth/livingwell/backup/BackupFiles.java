package org.lambeth.livingwell.backup;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Damages backup files the ways the tests need: cut short, a byte flipped, a line edited and re-compressed. */
final class BackupFiles {

    private BackupFiles() {
    }

    static byte[] truncated(byte[] file, double keep) {
        return Arrays.copyOf(file, (int) (file.length * keep));
    }

    static byte[] flipped(byte[] file, int position) {
        var copy = file.clone();
        copy[position] ^= 0x5a;
        return copy;
    }

    static List<String> lines(byte[] file) {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(file))) {
            var text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new ArrayList<>(List.of(text.split("\n")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] gzip(List<String> lines) {
        var out = new ByteArrayOutputStream();
        try (var gzip = new GZIPOutputStream(out)) {
            gzip.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The file with line {@code number} (1-based) changed, compressed again (so gzip's own check passes). */
    static byte[] edited(byte[] file, int number, UnaryOperator<String> edit) {
        var lines = lines(file);
        lines.set(number - 1, edit.apply(lines.get(number - 1)));
        return gzip(lines);
    }
}
