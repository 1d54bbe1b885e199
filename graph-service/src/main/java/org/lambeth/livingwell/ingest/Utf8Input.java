package org.lambeth.livingwell.ingest;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Opens an imported file as UTF-8 text, strictly: a byte sequence that is not UTF-8 stops the read (reported with
 * where it happened) instead of becoming replacement characters in the data. A UTF-8 byte-order mark (as Excel
 * writes) is skipped; a UTF-16 or UTF-32 one is refused with a hint to save the file as UTF-8.
 */
final class Utf8Input {

    private Utf8Input() {
    }

    static Reader reader(InputStream in) {
        var buffered = new BufferedInputStream(in, 1 << 16);
        try {
            buffered.mark(4);
            var head = buffered.readNBytes(4);
            buffered.reset();
            if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
                buffered.skipNBytes(3);
            } else if (startsWith(head, 0x00, 0x00, 0xFE, 0xFF) || startsWith(head, 0xFF, 0xFE, 0x00, 0x00)) {
                throw encoding("UTF-32");
            } else if (startsWith(head, 0xFE, 0xFF) || startsWith(head, 0xFF, 0xFE)) {
                throw encoding("UTF-16");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new BufferedReader(new InputStreamReader(buffered, decoder), 1 << 16);
    }

    /** Whether a failure while reading was a byte sequence that is not UTF-8. */
    static boolean isEncodingError(Throwable failure) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }

    static String notUtf8(String where) {
        return "the file is not UTF-8 text (a byte sequence " + where
                + " is not UTF-8; save the file as UTF-8, \"CSV UTF-8\" in Excel)";
    }

    private static ImportFileException encoding(String found) {
        return new ImportFileException(ImportProblem.ofFile("the file is " + found
                + " text (it starts with a " + found + " byte-order mark); save it as UTF-8"));
    }

    private static boolean startsWith(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
