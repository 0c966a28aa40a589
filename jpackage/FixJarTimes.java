import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

/**
 * Gives the application's jars one fixed modification time, before the start-up cache is made: the JVM
 * uses the cache only while each jar has the time it had then, and an installer's copy of a jar does not
 * keep its time. The .deb's postinst sets the installed jars to the same moment (ADR 18).
 * {@code java jpackage/FixJarTimes.java APP_DIR}
 */
void main(String[] args) throws IOException {
    FileTime fixed = FileTime.from(Instant.parse("2000-01-01T00:00:00Z"));
    try (var files = Files.list(Path.of(args[0]))) {
        for (Path jar : files.filter(file -> file.toString().endsWith(".jar")).toList()) {
            Files.setLastModifiedTime(jar, fixed);
        }
    }
}
