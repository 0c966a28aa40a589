package dk.taktstok.io;

import java.nio.file.Path;

/**
 * Reads one file format into a study. Implementations never throw for bad input: every failure
 * becomes a {@link Problem} with its place. They never write to the file.
 */
public interface StudyFormatReader {

    Parsed read(Path file);
}
