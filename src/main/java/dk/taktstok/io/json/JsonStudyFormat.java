package dk.taktstok.io.json;

/**
 * The fixed facts of Taktstok's JSON study file: its name, the versions this build reads and writes,
 * and the limits a file must stay within. docs/study-format.md describes the format.
 */
public final class JsonStudyFormat {

    /** The value of the top-level {@code "format"} field. */
    public static final String FORMAT = "taktstok-study";

    /** The format version this build writes, and the highest it reads. */
    public static final int VERSION = 5;

    /**
     * The first format version whose items may give their number of answers ({@code n}, {@code effectiveN})
     * and whose categories may give their code in respondent-level data ({@code code}).
     */
    public static final int ITEM_COUNTS_VERSION = 3;

    /**
     * The first format version whose scales may give their kind ({@code kind}) and how they were read from a
     * file ({@code reading}), whose categories may have the role {@code missing}, and whose tables may give
     * where they were read from ({@code source}).
     */
    public static final int READING_VERSION = 4;

    /** The first format version that names the Taktstok that wrote the file ({@code writtenBy}). */
    public static final int WRITTEN_BY_VERSION = 5;

    /** The lowest format version this build reads. Version 1 has no charts, versions 1 and 2 no item counts. */
    public static final int OLDEST_VERSION = 1;

    /** Arrays and objects inside each other; the format itself needs fewer than 10. */
    public static final int MAX_NESTING_DEPTH = 64;

    /** Characters in one text value. */
    public static final int MAX_STRING_LENGTH = 1_000_000;

    /** Characters in one field name. */
    public static final int MAX_NAME_LENGTH = 1_000;

    /** Characters in one number, digits, sign, point and exponent included. */
    public static final int MAX_NUMBER_LENGTH = 100;

    /** Values, brackets and field names in the whole file; bounds the memory a file can take. */
    public static final long MAX_TOKENS = 4_000_000;

    /** Bytes in the whole file (64 MB). */
    public static final int MAX_FILE_BYTES = 64 * 1024 * 1024;

    private JsonStudyFormat() {
    }
}
