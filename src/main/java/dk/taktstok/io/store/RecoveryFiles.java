package dk.taktstok.io.store;

import dk.taktstok.io.json.JsonStudyReader;
import dk.taktstok.io.json.JsonStudyWriter;
import dk.taktstok.model.Study;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/**
 * Recovery copies of studies with unsaved changes, in a folder of the user's own, so that a crash loses
 * at most the work since the last copy. The app writes a copy of each changed study every minute
 * ({@link Slot#write}), discards it after a clean save or close ({@link Slot#discard}), and at start
 * lists what a crashed run left ({@link #list}) and offers to {@link #restore} it.
 *
 * <p>Each copy is two files, both written atomically: {@code ID.json}, an ordinary study file, and
 * {@code ID.recovery}, which says which file the study was opened from, when the copy was written and
 * by which process. Copies whose process still runs (another Taktstok window) are not listed.
 */
public final class RecoveryFiles {

    private static final String STUDY = ".json";
    private static final String INFO = ".recovery";

    private final Path folder;
    private final Clock clock;
    private final JsonStudyWriter writer = new JsonStudyWriter();

    public RecoveryFiles(Path folder, Clock clock) {
        this.folder = folder.toAbsolutePath();
        this.clock = clock;
    }

    public RecoveryFiles(Path folder) {
        this(folder, Clock.systemUTC());
    }

    /** The folder the platform keeps such files in, for this user; see {@link #standardFolder}. */
    public static RecoveryFiles standard() {
        return new RecoveryFiles(standardFolder(System.getProperty("os.name", ""), System.getenv(),
                Path.of(System.getProperty("user.home"))));
    }

    /**
     * {@code %LOCALAPPDATA%\Taktstok\Recovery} on Windows, {@code ~/Library/Application Support/Taktstok/Recovery}
     * on macOS, {@code $XDG_STATE_HOME/taktstok/recovery} (by default {@code ~/.local/state/taktstok/recovery})
     * elsewhere.
     */
    static Path standardFolder(String os, java.util.Map<String, String> env, Path home) {
        String name = os.toLowerCase(Locale.ROOT);
        if (name.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local == null || local.isBlank() ? home.resolve("AppData").resolve("Local") : Path.of(local);
            return base.resolve("Taktstok").resolve("Recovery");
        }
        if (name.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve("Taktstok").resolve("Recovery");
        }
        String state = env.get("XDG_STATE_HOME");
        Path base = state == null || state.isBlank() || !Path.of(state).isAbsolute()
                ? home.resolve(".local").resolve("state") : Path.of(state);
        return base.resolve("taktstok").resolve("recovery");
    }

    public Path folder() {
        return folder;
    }

    /** The slot of a study opened from (or last saved as) {@code original}: the same file, the same slot. */
    public Slot slot(Path original) {
        Path absolute = original.toAbsolutePath().normalize();
        return new Slot(idOf(absolute.toString()), absolute);
    }

    /** A slot of its own for a study that has never been saved. */
    public Slot untitledSlot() {
        return new Slot("untitled-" + UUID.randomUUID(), null);
    }

    /** The copies a run that has ended left behind, newest first. */
    public List<Recovery> list() {
        List<Recovery> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, "*" + INFO)) {
            for (Path info : entries) {
                readInfo(info).filter(r -> !r.writtenByARunningProcess()).ifPresent(found::add);
            }
        } catch (IOException e) {
            return found;
        }
        found.sort(Comparator.comparing(Recovery::savedAt).reversed());
        return found;
    }

    /** Reads a copy back: the study as it was when the copy was written, with any problems. */
    public ReadResult restore(Recovery recovery) {
        return StudyFiles.finish(new JsonStudyReader().read(recovery.study()));
    }

    /** Removes a copy, once restored and saved, or when the user does not want it. */
    public void discard(Recovery recovery) throws IOException {
        Files.deleteIfExists(recovery.info());
        Files.deleteIfExists(recovery.study());
    }

    /**
     * A study that can be restored.
     *
     * @param original the file it was opened from or last saved as; null for a study never saved
     * @param savedAt  when the copy was written
     * @param title    the study's title, to show in a list
     */
    public record Recovery(Path study, Path info, Path original, Instant savedAt, String title,
                           long pid, Instant processStart) {

        /** Whether the process that wrote the copy is still running (and so is not a crashed one). */
        boolean writtenByARunningProcess() {
            return ProcessHandle.of(pid)
                    .flatMap(p -> p.info().startInstant())
                    .map(start -> processStart != null && start.equals(processStart))
                    .orElse(false);
        }
    }

    /** Where one open study's copies go. */
    public final class Slot {
        private final String id;
        private final Path original;

        private Slot(String id, Path original) {
            this.id = id;
            this.original = original;
        }

        public Path original() {
            return original;
        }

        /** Writes (or replaces) the copy of the study as it is now. */
        public void write(Study study) throws IOException {
            Files.createDirectories(folder);
            AtomicFiles.removeLeftovers(folder.resolve(id + STUDY));
            AtomicFiles.removeLeftovers(folder.resolve(id + INFO));
            AtomicFiles.write(folder.resolve(id + STUDY), writer.toJson(study).getBytes(StandardCharsets.UTF_8));
            Properties info = new Properties();
            if (original != null) {
                info.setProperty("original", original.toString());
            }
            info.setProperty("savedAt", clock.instant().toString());
            info.setProperty("title", study.metadata().title().text());
            ProcessHandle self = ProcessHandle.current();
            info.setProperty("pid", Long.toString(self.pid()));
            self.info().startInstant().ifPresent(start -> info.setProperty("processStart", start.toString()));
            StringWriter text = new StringWriter();
            info.store(text, "Taktstok recovery copy");
            AtomicFiles.write(folder.resolve(id + INFO), text.toString().getBytes(StandardCharsets.UTF_8));
        }

        /** Removes the copy: after a clean save or close. */
        public void discard() throws IOException {
            Files.deleteIfExists(folder.resolve(id + INFO));
            Files.deleteIfExists(folder.resolve(id + STUDY));
        }
    }

    private Optional<Recovery> readInfo(Path info) {
        String name = info.getFileName().toString();
        Path study = info.resolveSibling(name.substring(0, name.length() - INFO.length()) + STUDY);
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(info)) {
            String text = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            properties.load(new StringReader(text));
            if (!Files.isRegularFile(study)) {
                return Optional.empty();
            }
            String original = properties.getProperty("original");
            String start = properties.getProperty("processStart");
            return Optional.of(new Recovery(study, info, original == null ? null : Path.of(original),
                    Instant.parse(Objects.requireNonNull(properties.getProperty("savedAt"))),
                    properties.getProperty("title", ""),
                    Long.parseLong(properties.getProperty("pid", "-1")),
                    start == null ? null : Instant.parse(start)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            // an unreadable note: the copy cannot be offered with its facts, and is left alone
            return Optional.empty();
        }
    }

    private static String idOf(String path) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(path.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
