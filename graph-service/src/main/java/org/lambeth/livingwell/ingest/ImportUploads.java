package org.lambeth.livingwell.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.lambeth.livingwell.store.OwnerOnly;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Files editors have uploaded to import: streamed to this instance's upload directory
 * ({@code livingwell.ingest.upload-directory}: owner-only, emptied at start so that nothing a crash left behind
 * stays), never held in memory, refused as soon as they pass the size limit, kept for their uploader only, and
 * deleted once imported or when they expire.
 * They live on this instance's disk: behind a load balancer, uploads and imports of one editor must reach the same
 * instance (sticky sessions).
 */
@Component
class ImportUploads {

    /** An upload: its file, who sent it, its size and digest, and until when it is kept. */
    record Upload(String id, Path file, String owner, long bytes, String sha256, Instant expiresAt) {
    }

    /** The upload was larger than the limit; nothing of it is kept. */
    static final class TooLarge extends RuntimeException {

        TooLarge(long limit) {
            super("The file is larger than the upload limit of " + limit + " bytes");
        }
    }

    private static final Logger log = LoggerFactory.getLogger(ImportUploads.class);

    private final Map<String, Upload> uploads = new ConcurrentHashMap<>();
    private final IngestProperties properties;
    private final Clock clock = Clock.systemUTC();
    private final Path directory;

    ImportUploads(IngestProperties properties) throws IOException {
        this.properties = properties;
        this.directory = OwnerOnly.directory(properties.uploadDirectory().toAbsolutePath());
        int left = 0;
        try (var files = Files.list(directory)) {
            for (var file : (Iterable<Path>) files::iterator) {
                if (Files.isRegularFile(file)) {
                    Files.delete(file);
                    left++;
                }
            }
        }
        if (left > 0) {
            log.info("Removed {} upload(s) left from an earlier run in {}", left, directory);
        }
    }

    Upload store(InputStream body, String owner) {
        var limit = properties.maxUploadSize().toBytes();
        var id = UUID.randomUUID().toString();
        var file = directory.resolve(id);
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            long bytes = 0;
            try (var out = new DigestOutputStream(Files.newOutputStream(file), digest)) {
                var buffer = new byte[1 << 16];
                for (int read; (read = body.read(buffer)) >= 0; ) {
                    bytes += read;
                    if (bytes > limit) {
                        throw new TooLarge(limit);
                    }
                    out.write(buffer, 0, read);
                }
            }
            var upload = new Upload(id, file, owner, bytes, HexFormat.of().formatHex(digest.digest()),
                    clock.instant().plus(properties.uploadsKeptFor()));
            uploads.put(id, upload);
            return upload;
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            delete(file);
            throw e;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The upload with this id, if it is this owner's and has not expired. */
    Optional<Upload> find(String id, String owner) {
        var upload = id == null ? null : uploads.get(id);
        if (upload == null || !upload.owner().equals(owner) || upload.expiresAt().isBefore(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(upload);
    }

    void remove(Upload upload) {
        uploads.remove(upload.id());
        delete(upload.file());
    }

    @Scheduled(fixedDelay = 60_000)
    void removeExpired() {
        var now = clock.instant();
        uploads.values().removeIf(upload -> {
            if (upload.expiresAt().isBefore(now)) {
                delete(upload.file());
                return true;
            }
            return false;
        });
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // removed at the next start
        }
    }
}
