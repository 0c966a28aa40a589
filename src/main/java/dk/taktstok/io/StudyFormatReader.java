package dk.taktstok.io;

import java.nio.file.Path;

/**
 * Reads one file format into a study. Implementations never throw for bad input: every failure
 * becomes a {@link Problem} with its place. They never write to the file.
 */
public interface StudyFormatReader {

    Parsed read(Path file);

    /**
     * Reads a file that may be encrypted, with the password the user gave (null: none). Formats that
     * know no passwords ignore it.
     */
    default Parsed read(Path file, String password) {
        return read(file);
    }
}
