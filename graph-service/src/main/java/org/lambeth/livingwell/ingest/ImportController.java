package org.lambeth.livingwell.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

import org.lambeth.livingwell.api.InvalidArgumentException;
import org.lambeth.livingwell.viewer.Viewer;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** {@code importAssets}: imports (or dry-runs) a file an editor uploaded. */
@Controller
class ImportController {

    static final int MAX_PAGE = 10_000;

    record ImportAssetsInput(String upload, ImportFormat format, String source, Boolean dryRun,
            String defaultCategory) {
    }

    record ImportAssetsPayload(ImportReport report) {
    }

    private final ImportService imports;
    private final ImportUploads uploads;

    ImportController(ImportService imports, ImportUploads uploads) {
        this.imports = imports;
        this.uploads = uploads;
    }

    @MutationMapping
    ImportAssetsPayload importAssets(@Argument ImportAssetsInput input, @ContextValue(Viewer.KEY) Viewer viewer) {
        var request = new ImportRequest(input.format(), input.source(), Boolean.TRUE.equals(input.dryRun()),
                input.defaultCategory());
        var upload = uploads.find(input.upload(), viewer.actor()).orElseThrow(() -> new InvalidArgumentException(
                "input.upload", "no such upload of yours: upload the file with POST /api/imports/uploads (uploads "
                        + "are kept for an hour)"));
        ImportReport report;
        try (var file = Files.newInputStream(upload.file())) {
            report = imports.run(request, file, viewer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (report.landed()) {
            uploads.remove(upload);
        }
        return new ImportAssetsPayload(report);
    }

    @SchemaMapping(typeName = "ImportReport")
    List<ImportProblem> problems(ImportReport report, @Argument int first, @Argument int offset) {
        return page(report.problems(), first, offset);
    }

    @SchemaMapping(typeName = "ImportReport")
    List<RowOutcome> rows(ImportReport report, @Argument int first, @Argument int offset) {
        return page(report.outcomes(), first, offset);
    }

    private static <T> List<T> page(List<T> all, int first, int offset) {
        if (first < 0 || first > MAX_PAGE) {
            throw new InvalidArgumentException("first", "between 0 and " + MAX_PAGE + ", was " + first);
        }
        if (offset < 0) {
            throw new InvalidArgumentException("offset", "must not be negative, was " + offset);
        }
        return all.subList(Math.min(offset, all.size()), (int) Math.min(all.size(), (long) offset + first));
    }
}
