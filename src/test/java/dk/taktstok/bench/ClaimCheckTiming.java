package dk.taktstok.bench;

import dk.taktstok.claims.CheckReport;
import dk.taktstok.claims.ClaimChecker;
import dk.taktstok.claims.Places;
import dk.taktstok.io.store.SampleStudy;
import dk.taktstok.model.Study;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Timings of claim check on a 5,000-word draft ({@link Drafts}) against the sample study. One run of this
 * class is one fresh JVM: it prints the first check's time — the check's index built and the draft checked,
 * in code the JVM has not run before; with the study's reading before it; wall and CPU time — then the
 * medians of warm checks. bench/claims.sh
 * runs it in several JVMs and takes the median. Run after {@code ./mvnw -q test-compile}:
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(deps) dk.taktstok.bench.ClaimCheckTiming [WORDS] [WARM RUNS]
 * </pre>
 */
public final class ClaimCheckTiming {

    private ClaimCheckTiming() {
    }

    public static void main(String[] args) {
        int words = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        String draft = Drafts.danish(words);
        var cpu = ManagementFactory.getThreadMXBean();

        long wall = System.nanoTime();
        long cpuStart = cpu.getCurrentThreadCpuTime();
        Study study = SampleStudy.load();
        long checkWall = System.nanoTime();
        long checkCpu = cpu.getCurrentThreadCpuTime();
        CheckReport report = new ClaimChecker(study).check(draft, null, Places.NONE);
        long end = System.nanoTime();
        long endCpu = cpu.getCurrentThreadCpuTime();

        var checker = new ClaimChecker(study);
        for (int i = 0; i < runs; i++) {
            checker.check(draft, null, Places.NONE);
        }
        double[] wallMs = new double[runs];
        double[] cpuMs = new double[runs];
        for (int i = 0; i < runs; i++) {
            long w = System.nanoTime();
            long c = cpu.getCurrentThreadCpuTime();
            checker.check(draft, null, Places.NONE);
            wallMs[i] = (System.nanoTime() - w) / 1e6;
            cpuMs[i] = (cpu.getCurrentThreadCpuTime() - c) / 1e6;
        }
        java.util.Arrays.sort(wallMs);
        java.util.Arrays.sort(cpuMs);
        System.out.printf(Locale.ROOT, "words=%d claims=%d first_ms=%.1f first_check_ms=%.1f first_check_cpu_ms=%.1f"
                        + " first_cpu_ms=%.1f warm_ms=%.1f warm_cpu_ms=%.1f%n", Drafts.words(draft), report.claims().size(),
                (end - wall) / 1e6, (end - checkWall) / 1e6, (endCpu - checkCpu) / 1e6, (endCpu - cpuStart) / 1e6,
                RenderTiming.median(wallMs), RenderTiming.median(cpuMs));
    }
}
