package dev.talkshelf.formats;

/**
 * Guards CSV cells against formula injection: a spreadsheet runs a cell starting with = + - @ (or a tab or
 * carriage return before one) as a formula, so such cells are written with a leading apostrophe.
 */
final class SpreadsheetCells {
    private SpreadsheetCells() {
    }

    static String protect(String cell) {
        return isRisky(cell, 0) ? "'" + cell : cell;
    }

    /** Undoes {@link #protect}: only an apostrophe that sits in front of a risky character is dropped. */
    static String unprotect(String cell) {
        return cell.startsWith("'") && isRisky(cell, 1) ? cell.substring(1) : cell;
    }

    private static boolean isRisky(String cell, int at) {
        if (cell.length() <= at) {
            return false;
        }
        char c = cell.charAt(at);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
