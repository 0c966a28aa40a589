package dk.taktstok.io;

import java.util.Locale;

/**
 * How much of a file Taktstok reads, so that a damaged or hostile file cannot make it slow or use up its
 * memory. A real survey table stays far below every limit; each limit met gives a message that names it.
 * The study file format has limits of its own ({@code JsonStudyFormat}); docs/reliability.md lists all.
 */
public final class Limits {

    /** Bytes in a workbook or CSV file; larger files are refused before any reading. */
    public static final long MAX_FILE_BYTES = 100L * 1024 * 1024;

    /** Filled cells read from one sheet, or values from one CSV file; the rest is left out, with a warning. */
    public static final int MAX_CELLS = 1_000_000;

    /** Characters read from one cell (Excel's own limit); longer text is cut there, with a warning. */
    public static final int MAX_CELL_CHARS = 32_767;

    /** Characters of text in a whole workbook; a workbook with more is refused. */
    public static final long MAX_TEXT_CHARS = 50_000_000L;

    private Limits() {
    }

    /** The warning for a cell whose text was cut. */
    public static String cellTextCut() {
        return "the text in this cell is longer than " + grouped(MAX_CELL_CHARS)
                + " characters (Excel's limit); only the first " + grouped(MAX_CELL_CHARS) + " are read";
    }

    /** The warning for a sheet or file cut at the cell limit. */
    public static String cellsCut(String what) {
        return what + " has more than " + grouped(MAX_CELLS) + " filled cells; only the cells up to here were read";
    }

    /** 1,000,000 */
    public static String grouped(long number) {
        return String.format(Locale.ROOT, "%,d", number);
    }

    /** Rounded megabytes: 100. */
    public static long megabytes(long bytes) {
        return Math.round(bytes / (1024.0 * 1024.0));
    }
}
