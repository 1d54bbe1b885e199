package org.lambeth.livingwell.ingest;

/**
 * Why a row (or the whole file) cannot be imported.
 *
 * @param row the row: a CSV record's line number (the header is line 1), a GeoJSON feature's or an Open Referral
 *            service's position (from 1); 0 for the file as a whole
 * @param field the column or property, or null when the problem is not one field's
 * @param value the value found (shortened to 100 characters), or null
 * @param reason what is wrong, for the person who made the file
 */
public record ImportProblem(long row, String field, String value, String reason) {

    static final int MAX_VALUE = 100;

    public ImportProblem {
        if (value != null && value.length() > MAX_VALUE) {
            value = value.substring(0, MAX_VALUE - 3) + "...";
        }
    }

    static ImportProblem ofFile(String reason) {
        return new ImportProblem(0, null, null, reason);
    }

    @Override
    public String toString() {
        return (row == 0 ? "file" : "row " + row) + (field == null ? "" : ", " + field)
                + (value == null ? "" : " = '" + value + "'") + ": " + reason;
    }
}
