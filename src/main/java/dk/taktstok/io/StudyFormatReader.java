package dk.taktstok.io;

import java.nio.file.Path;

/**
 * Reads one file format into a study. Implementations never throw for bad input: every failure
 * becomes a {@link Problem} with its place; a fault of their own that they catch becomes an internal one
 * ({@link Problem#internal}), never a problem with the file. They never write to the file.
 */
public interface StudyFormatReader {

    Parsed read(Path file);

    /**
     * Reads with what the user said about the file — its layout, a weight, a password, where progress
     * goes; formats that have nothing to choose ignore it.
     */
    default Parsed read(Path file, ReadOptions options) {
        return read(file);
    }
}
