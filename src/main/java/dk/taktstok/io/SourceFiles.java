package dk.taktstok.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Checks and names shared by the file readers. */
public final class SourceFiles {

    private SourceFiles() {
    }

    /** Why the file cannot be read at all, or null when it can be tried. */
    public static Problem check(Path file) {
        if (!Files.exists(file)) {
            return Problem.error(null, "the file does not exist");
        }
        if (Files.isDirectory(file)) {
            return Problem.error(null, "this is a folder, not a file");
        }
        if (!Files.isReadable(file)) {
            return Problem.error(null, "Taktstok may not read this file (permission denied)");
        }
        try {
            if (Files.size(file) == 0) {
                return Problem.error(null, "the file is empty");
            }
        } catch (IOException e) {
            return Problem.error(null, describe(e));
        }
        return null;
    }

    /** The file's name without its extension: "initiative-table.csv" → "initiative-table". */
    public static String baseName(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString();
        int dot = text.lastIndexOf('.');
        return dot > 0 ? text.substring(0, dot) : text;
    }

    /** An input or output failure in plain words. */
    public static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "the file does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "Taktstok may not read this file (permission denied)";
        }
        return "the file could not be read (the disk or network reported a failure)";
    }
}
