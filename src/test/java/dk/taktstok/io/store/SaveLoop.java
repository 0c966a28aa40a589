package dk.taktstok.io.store;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The program {@link SaveKillTest} kills: it saves numbered versions of a study over one file as fast
 * as it can, keeping a recovery copy before each save as the app does, and prints "saved N" after
 * each save returns.
 *
 * <p>Arguments: the study file, the recovery folder, the version the file holds (0: no file yet), and
 * optionally {@code --once}.
 */
public final class SaveLoop {

    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        RecoveryFiles.Slot slot = new RecoveryFiles(Path.of(args[1])).slot(file);
        StudySaver saver = StudySaver.standard();
        int version = Integer.parseInt(args[2]);
        FileStamp stamp = Files.exists(file) ? FileStamp.of(file) : null;
        // classes loaded and the writer warm before the first kill can come
        FileStamp.of(new dk.taktstok.io.json.JsonStudyWriter().toJson(Versions.version(version + 1))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), java.time.Instant.now());
        ProcessHandle.current().info();
        new java.util.Properties().store(new java.io.StringWriter(), null);
        System.out.println("ready " + version);
        System.out.flush();
        // "--once": one save and out, for a run that records the class cache
        int saves = args.length > 3 && args[3].equals("--once") ? 1 : Integer.MAX_VALUE;
        for (int i = 0; i < saves; i++) {
            version++;
            slot.write(Versions.version(version));
            SaveOutcome outcome = saver.save(Versions.version(version), file, stamp);
            if (!(outcome instanceof SaveOutcome.Saved saved)) {
                System.out.println("refused " + outcome);
                System.exit(4);
                return;
            }
            stamp = saved.stamp();
            System.out.println("saved " + version);
            System.out.flush();
        }
    }
}
