package dev.talkshelf.formats;

/**
 * Guards CSV cells against formula injection: a spreadsheet runs a cell starting with = + - @ (or a tab or
 * carriage return before one) as a formula, so such cells are written with a leading apostrophe.
 */
final class SpreadsheetCells {
    private SpreadsheetCells() {
    }

    /** A risky cell, or one that only looks protected (apostrophes before a risky character), gets one more apostrophe. */
    static String protect(String cell) {
        return isRisky(cell, apostrophes(cell)) ? "'" + cell : cell;
    }

    /** Undoes {@link #protect}: one of the apostrophes in front of a risky character is dropped. */
    static String unprotect(String cell) {
        int quotes = apostrophes(cell);
        return quotes > 0 && isRisky(cell, quotes) ? cell.substring(1) : cell;
    }

    private static int apostrophes(String cell) {
        int n = 0;
        while (n < cell.length() && cell.charAt(n) == '\'') {
            n++;
        }
        return n;
    }

    private static boolean isRisky(String cell, int at) {
        if (cell.length() <= at) {
            return false;
        }
        char c = cell.charAt(at);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
