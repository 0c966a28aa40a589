package dk.taktstok.io.excel;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.io.Parsed;
import dk.taktstok.io.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Reads every real-world spreadsheet of the POI test corpus (../shared/corpus/poi-spreadsheets,
 * or -Dtaktstok.corpus=DIR) when it is there: each must give a study or problems, never an
 * exception, within 10 s, and stay unchanged. Skipped where the corpus is absent.
 */
class ExcelCorpusTest {

    private static final Path CORPUS = Path.of(System.getProperty("taktstok.corpus", "../shared/corpus/poi-spreadsheets"));
    private static final long LIMIT_MILLIS = 10_000;

    @Test
    void everyFileLoadsOrIsRefusedQuicklyAndUnchanged() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "no corpus at " + CORPUS.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> list = Files.list(CORPUS)) {
            files = list.filter(Files::isRegularFile).sorted().toList();
        }
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        ExcelStudyReader reader = new ExcelStudyReader();
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "corpus");
            t.setDaemon(true);
            return t;
        });
        try {
            for (Path file : files) {
                String before = sha256(file);
                FileTime modified = Files.getLastModifiedTime(file);
                long start = System.nanoTime();
                Future<Parsed> future = executor.submit(() -> reader.read(file));
                Parsed parsed;
                try {
                    parsed = future.get(60, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    failures.add(file.getFileName() + ": hangs");
                    executor.shutdownNow();
                    executor = Executors.newSingleThreadExecutor();
                    continue;
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(file.getFileName() + ": throws " + e.getCause());
                    continue;
                }
                long millis = (System.nanoTime() - start) / 1_000_000;
                if (millis > LIMIT_MILLIS) {
                    failures.add(file.getFileName() + ": took " + millis + " ms");
                }
                if (!before.equals(sha256(file)) || !modified.equals(Files.getLastModifiedTime(file))) {
                    failures.add(file.getFileName() + ": changed by reading");
                }
                if (parsed == null || (parsed.study() == null && parsed.problems().isEmpty())) {
                    failures.add(file.getFileName() + ": neither a study nor a problem");
                    continue;
                }
                String outcome = outcome(parsed);
                outcomes.merge(outcome, 1, Integer::sum);
                if (System.getProperty("taktstok.corpus.verbose") != null) {
                    System.out.println(file.getFileName() + "\t" + millis + " ms\t" + outcome);
                }
            }
        } finally {
            executor.shutdownNow();
        }
        System.out.println("Corpus " + CORPUS + ": " + files.size() + " files");
        outcomes.forEach((outcome, count) -> System.out.printf("%5d  %s%n", count, outcome));
        assertThat(failures).isEmpty();
    }

    private static String outcome(Parsed parsed) {
        if (parsed.study() != null) {
            return parsed.problems().stream().anyMatch(Problem::isError) ? "loaded, with errors in cells" : "loaded";
        }
        Problem first = parsed.problems().stream().filter(Problem::isError).findFirst().orElse(parsed.problems().getFirst());
        String message = first.message();
        if (message.startsWith("no table found")) {
            return "no table";
        }
        return "refused: " + message;
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
