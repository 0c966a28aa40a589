package dk.taktstok.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Committed golden files under {@code src/test/resources}. Run the tests with
 * {@code -Dgolden.update=true} to write the current output as the new golden file (then look at it and
 * commit it); otherwise a missing golden file is a failure.
 */
public final class Golden {

    private static final Path RESOURCES = Path.of("src", "test", "resources");

    private Golden() {
    }

    public static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }

    /** The golden file's bytes, after writing {@code actual} there when updating. */
    public static byte[] bytes(String resource, byte[] actual) {
        if (updating()) {
            write(resource, actual);
        }
        try (InputStream in = Golden.class.getResourceAsStream("/" + resource)) {
            if (in == null && !updating()) {
                throw new AssertionError("no golden file " + resource + "; run with -Dgolden.update=true to make it");
            }
            return updating() ? actual : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(String resource, byte[] actual) {
        try {
            Path file = RESOURCES.resolve(resource);
            Files.createDirectories(file.getParent());
            Files.write(file, actual);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
