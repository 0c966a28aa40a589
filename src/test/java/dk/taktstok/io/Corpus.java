package dk.taktstok.io;

import dk.taktstok.io.store.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Reads every file of a folder of real-world spreadsheets as {@code taktstok validate} does, and keeps
 * what must never happen: an exception, a hang, more than {@value #LIMIT_MILLIS} ms, a changed file, or
 * neither a study nor a problem.
 */
final class Corpus {

    static final long LIMIT_MILLIS = 10_000;
    /** A class name such as java.io.IOException, or a line of a stack trace. */
    private static final java.util.regex.Pattern JAVA_EXCEPTION =
            java.util.regex.Pattern.compile("\\b[a-z]+(\\.[a-z0-9_]+)*\\.[A-Z]\\w*(Exception|Error)\\b|\\tat |\\bat [a-z]+\\.");
    /** A read still running after this is a hang. */
    private static final long HANG_SECONDS = 60;

    /**
     * @param outcome "loaded", "loaded, with errors", "no table", or "refused: " and the first error
     */
    record Read(Path file, long millis, String outcome, ReadResult result) {
    }

    /**
     * @param reads    per file, in name order
     * @param failures what must never happen, one line each
     */
    record Report(Map<String, Read> reads, List<String> failures) {
    }

    private Corpus() {
    }

    static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(Files::isRegularFile).sorted().toList();
        }
    }

    static Report read(List<Path> files, java.util.function.Function<Path, ReadResult> reader) throws Exception {
        Map<String, Read> reads = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        ExecutorService executor = newExecutor();
        try {
            for (Path file : files) {
                String name = file.getFileName().toString();
                String before = sha256(file);
                FileTime modified = Files.getLastModifiedTime(file);
                long start = System.nanoTime();
                Future<ReadResult> future = executor.submit(() -> reader.apply(file));
                ReadResult result;
                try {
                    result = future.get(HANG_SECONDS, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    failures.add(name + ": hangs");
                    executor.shutdownNow();
                    executor = newExecutor();
                    continue;
                } catch (ExecutionException e) {
                    failures.add(name + ": throws " + e.getCause());
                    continue;
                }
                long millis = (System.nanoTime() - start) / 1_000_000;
                if (millis > LIMIT_MILLIS) {
                    failures.add(name + ": took " + millis + " ms");
                }
                if (!before.equals(sha256(file)) || !modified.equals(Files.getLastModifiedTime(file))) {
                    failures.add(name + ": changed by reading");
                }
                if (result == null || (result.study() == null && result.problems().isEmpty())) {
                    failures.add(name + ": neither a study nor a problem");
                    continue;
                }
                for (Problem problem : result.problems()) {
                    if (problem.isInternal()) {
                        failures.add(name + ": a fault in Taktstok's own code: " + problem.describe() + ": " + problem.fault());
                    }
                    if (JAVA_EXCEPTION.matcher(problem.message()).find()) {
                        failures.add(name + ": a message shows a Java exception: " + problem.message());
                    }
                }
                reads.put(name, new Read(file, millis, outcome(result), result));
            }
        } finally {
            executor.shutdownNow();
        }
        return new Report(reads, failures);
    }

    static String outcome(ReadResult result) {
        if (result.study() != null) {
            return result.problems().stream().anyMatch(Problem::isError) ? "loaded, with errors" : "loaded";
        }
        Problem first = result.problems().stream().filter(Problem::isError).findFirst()
                .orElse(result.problems().getFirst());
        return first.message().startsWith("no table found") ? "no table" : "refused: " + first.message();
    }

    /** Outcome → how many files. */
    static Map<String, Integer> tally(Report report) {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        report.reads().values().forEach(r -> counts.merge(r.outcome(), 1, Integer::sum));
        return counts;
    }

    static void print(String title, Report report) {
        System.out.println(title + ": " + (report.reads().size() + report.failures().size()) + " files");
        tally(report).forEach((outcome, count) -> System.out.printf("%5d  %s%n", count, outcome));
        long slowest = report.reads().values().stream().mapToLong(Read::millis).max().orElse(0);
        System.out.println("slowest: " + slowest + " ms");
    }

    private static ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "corpus");
            t.setDaemon(true);
            return t;
        });
    }

    static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
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
