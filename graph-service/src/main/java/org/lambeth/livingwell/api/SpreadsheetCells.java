package org.lambeth.livingwell.api;

/** Cells of the CSV exports (audit trail, assets): what a spreadsheet would run as a formula is kept as text. */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /** Spreadsheet formula injection: a cell starting with = + - @ tab or CR is read as text (an apostrophe first). */
    public static String safe(String cell) {
        if (cell != null && !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
