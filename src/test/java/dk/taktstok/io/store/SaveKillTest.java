package dk.taktstok.io.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving never loses work, even when the process dies half-way: a separate JVM ({@link SaveLoop}) saves
 * a study over and over and is killed (SIGKILL, no shutdown hooks) at a random moment, {@value #KILLS}
 * times. After every kill the file holds the last version whose save returned or the one after it,
 * whole; the {@code .bak} holds a whole earlier version; the recovery copy restores the latest work.
 */
class SaveKillTest {

    static final int KILLS = 102;
    private static final int LANES = 3;
    /** The longest wait, after the loop is ready, before the kill. */
    private static final int MAX_DELAY_MILLIS = 80;

    @TempDir
    Path folder;

    private record Run(int startedAt, int lastConfirmed) {
    }

    @Test
    void aSaveKilledAtAnyMomentLeavesTheOldOrTheNewVersionWhole() throws Exception {
        long seed = Long.getLong("taktstok.killSeed", System.nanoTime());
        long start = System.nanoTime();
        // three files saved side by side, one process each, so that the kills take a third of the time
        ExecutorService lanes = Executors.newFixedThreadPool(LANES);
        try {
            List<Future<Tally>> futures = new ArrayList<>();
            for (int lane = 0; lane < LANES; lane++) {
                Path laneFolder = Files.createDirectories(folder.resolve("lane" + lane));
                long laneSeed = seed + lane;
                futures.add(lanes.submit(() -> killRepeatedly(laneFolder, laneSeed, KILLS / LANES)));
            }
            Tally total = new Tally(0, 0, 0);
            for (Future<Tally> future : futures) {
                total = total.plus(future.get());
            }
            long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            System.out.printf("Kill test: %d kills in %d s (seed %d): %d versions saved; %d kills came after the"
                    + " move but before the save returned; %d left a temporary file (killed mid-write)%n",
                    KILLS, seconds, seed, total.versions(), total.ahead(), total.leftovers());
            assertThat(total.versions()).as("the loops got to save").isGreaterThan(KILLS / 4);
        } finally {
            // a lane still running is interrupted, and its finally kills its saving process
            lanes.shutdownNow();
            assertThat(lanes.awaitTermination(2, TimeUnit.MINUTES)).as("every lane stopped, its process killed").isTrue();
        }
    }

    private record Tally(int versions, int ahead, int leftovers) {
        Tally plus(Tally other) {
            return new Tally(versions + other.versions, ahead + other.ahead, leftovers + other.leftovers);
        }
    }

    private static Tally killRepeatedly(Path folder, long seed, int kills) throws Exception {
        Path file = folder.resolve("study.json");
        Path recovery = folder.resolve("recovery");
        Random random = new Random(seed);
        int previous = 0;
        int ahead = 0;
        int leftovers = 0;
        for (int kill = 0; kill < kills; kill++) {
            String context = folder.getFileName() + ", kill " + kill + " (seed " + seed + ")";
            int before = countLeftovers(folder);
            // half the kills come at any moment from the start, half once saves follow each other
            boolean afterFirstSave = random.nextBoolean();
            Run run = runAndKill(file, recovery, previous, afterFirstSave,
                    random.nextInt((afterFirstSave ? MAX_DELAY_MILLIS / 4 : MAX_DELAY_MILLIS) + 1));
            assertThat(run.startedAt()).as(context).isEqualTo(previous);

            int version = versionIn(file, context);
            assertThat(version).as(context + ": the file holds the last saved version or the next")
                    .isBetween(Math.max(run.lastConfirmed(), previous), run.lastConfirmed() + 1);
            if (version > run.lastConfirmed()) {
                ahead++;
            }
            if (version > 1) {
                assertThat(versionIn(StudySaver.backupOf(file), context + ", .bak"))
                        .as(context + ": the .bak holds the version before, or the same while the save was cut short")
                        .isBetween(version - 1, version);
            }
            var copies = new RecoveryFiles(recovery).list();
            if (version > 0) {
                assertThat(copies).as(context).hasSize(1);
                ReadResult restored = new RecoveryFiles(recovery).restore(copies.getFirst());
                assertThat(restored.errors()).as(context + ": recovery copy").isEmpty();
                assertThat(Versions.numberOf(restored.study())).as(context + ": the recovery copy is the latest work")
                        .isBetween(version, version + 1);
            }
            leftovers += countLeftovers(folder) - before;
            previous = version;
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .allMatch(name -> name.equals("study.json") || name.equals("study.json.bak")
                            || name.equals("recovery") || name.matches("\\.study\\.json(\\.bak)?\\..*\\.tmp"));
        }
        return new Tally(previous, ahead, leftovers);
    }

    private static int versionIn(Path file, String context) {
        if (!Files.exists(file)) {
            return 0;
        }
        ReadResult read = StudyFiles.standard().read(file);
        assertThat(read.errors()).as(context + ": " + file.getFileName() + " reads whole").isEmpty();
        return Versions.numberOf(read.study());
    }

    /** Starts the loop, waits until it is ready, lets it save for {@code delay} ms and kills it. */
    private static Run runAndKill(Path file, Path recovery, int version, boolean afterFirstSave, int delay)
            throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-cp", System.getProperty("java.class.path"), SaveLoop.class.getName(),
                file.toString(), recovery.toString(), Integer.toString(version))
                .redirectErrorStream(true)
                .start();
        try {
            CompletableFuture<Integer> ready = new CompletableFuture<>();
            CompletableFuture<Void> firstSave = new CompletableFuture<>();
            List<String> lines = new ArrayList<>();
            Thread reader = Thread.ofVirtual().start(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        synchronized (lines) {
                            lines.add(line);
                        }
                        if (line.startsWith("ready ")) {
                            ready.complete(Integer.parseInt(line.substring(6)));
                        } else if (line.startsWith("saved ")) {
                            firstSave.complete(null);
                        }
                    }
                } catch (IOException e) {
                    // the process was killed while printing
                }
                ready.complete(-1);
                firstSave.complete(null);
            });
            int startedAt = ready.get(30, TimeUnit.SECONDS);
            if (afterFirstSave) {
                firstSave.get(30, TimeUnit.SECONDS);
            }
            Thread.sleep(delay);
            assertThat(kill(process)).as("the saving process died when killed").isTrue();
            // every "saved N" it printed must be counted, or a later version would look like a lost save
            assertThat(reader.join(Duration.ofSeconds(30))).as("the killed process's output was read to its end").isTrue();
            int lastConfirmed = startedAt;
            synchronized (lines) {
                assertThat(startedAt).as("the loop started: %s", lines).isGreaterThanOrEqualTo(0);
                for (String line : lines) {
                    assertThat(line).as("output of the save loop").matches("(ready|saved) \\d+");
                    if (line.startsWith("saved ")) {
                        lastConfirmed = Integer.parseInt(line.substring(6));
                    }
                }
            }
            return new Run(startedAt, lastConfirmed);
        } finally {
            // whatever failed above, no saving process outlives the test
            process.destroyForcibly();
            process.waitFor(60, TimeUnit.SECONDS);
        }
    }

    /**
     * Kills the process (SIGKILL) and waits for it; answers whether it is gone. Through its handle, for
     * {@link Process#destroyForcibly} also closes our end of its output, and a "saved N" still in the pipe
     * would be lost: a version on disk would look like a save no one confirmed.
     */
    private static boolean kill(Process process) throws InterruptedException {
        process.toHandle().destroyForcibly();
        return process.waitFor(60, TimeUnit.SECONDS);
    }

    private static int countLeftovers(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return (int) files.filter(p -> p.getFileName().toString().endsWith(".tmp")).count();
        }
    }
}
