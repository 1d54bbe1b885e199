package org.lambeth.livingwell.ingest;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of imports ({@code livingwell.ingest.*}).
 *
 * @param maxUploadSize the largest file an editor may upload (a larger one is refused while it streams in)
 * @param maxFileSize the largest file the import command takes (an import is read whole before it is written)
 * @param uploadsKeptFor how long an uploaded file waits to be imported before it is deleted
 * @param area where imported assets may lie; a point outside is refused
 * @param batchRows rows per UNWIND statement while writing (all in one transaction)
 * @param transactionTimeout the time limit of one import's write transaction
 * @param uploadDirectory where uploads wait to be imported: this instance's own (owner-only), emptied at start so
 *                        that nothing a crash left behind stays on disk
 */
@ConfigurationProperties("livingwell.ingest")
record IngestProperties(
        @DefaultValue("256MB") DataSize maxUploadSize,
        @DefaultValue("1GB") DataSize maxFileSize,
        @DefaultValue("1h") Duration uploadsKeptFor,
        ImportArea area,
        @DefaultValue("5000") int batchRows,
        @DefaultValue("10m") Duration transactionTimeout,
        @DefaultValue("data/uploads") Path uploadDirectory) {

    IngestProperties {
        if (area == null) {
            area = ImportArea.GREATER_LONDON;
        }
    }
}
