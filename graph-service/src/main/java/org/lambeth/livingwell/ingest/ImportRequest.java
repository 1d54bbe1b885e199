package org.lambeth.livingwell.ingest;

import java.util.regex.Pattern;

import org.lambeth.livingwell.api.InvalidArgumentException;

/**
 * One import: the file's format; the source's name (the ids in the file are that source's: an asset's id is
 * {@code import:<source>:<id>}, so importing the same source again updates in place); whether it is a dry run; and
 * the category for rows that name none (or null).
 */
public record ImportRequest(ImportFormat format, String source, boolean dryRun, String defaultCategory) {

    private static final Pattern SOURCE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    public ImportRequest {
        if (format == null) {
            throw new InvalidArgumentException("format", "give the file's format: GEOJSON, CSV or OPEN_REFERRAL");
        }
        if (source == null || !SOURCE.matcher(source).matches()) {
            throw new InvalidArgumentException("source", "a source is named by 1-40 lower-case letters, digits and "
                    + "hyphens, starting with a letter or digit (e.g. lambeth-council), was '" + source + "'");
        }
        if (defaultCategory != null && defaultCategory.isBlank()) {
            defaultCategory = null;
        }
    }
}
