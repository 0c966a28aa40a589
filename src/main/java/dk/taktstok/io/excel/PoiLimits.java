package dk.taktstok.io.excel;

import dk.taktstok.io.Limits;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Limits on what POI may unpack, set explicitly rather than left to the library's defaults, so
 * that a zip bomb is refused as soon as it shows itself. POI keeps them in static fields.
 */
final class PoiLimits {

    /** A part that inflates to more than 100× its packed size is a bomb (POI's default, 0.01). */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** No part of a workbook may unpack to more than this. */
    static final long MAX_ENTRY_BYTES = 1L << 30;
    /** Characters of text (shared strings) a workbook may hold. */
    static final long MAX_TEXT_CHARS = Limits.MAX_TEXT_CHARS;
    /** Cells read from one sheet. */
    static final int MAX_CELLS = Limits.MAX_CELLS;
    /** Size a password-less encrypted workbook may decrypt to. */
    static final long MAX_DECRYPTED_BYTES = 200L * 1024 * 1024;

    private static volatile boolean applied;

    private PoiLimits() {
    }

    static void apply() {
        if (applied) {
            return;
        }
        synchronized (PoiLimits.class) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
            ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
            applied = true;
        }
    }
}
