package dk.taktstok.testing;

import java.util.Random;

/**
 * A small property-test runner on JUnit Jupiter: a check is run on many generated examples, from small to
 * large, each made from its own seed. A failing example is reported with the run's seed, so that
 * {@code -Dtaktstok.seed=N} makes the same examples again; without it every run tries new ones.
 */
public final class Property {

    /** Makes one example; {@code size} runs from 1 to 100 over a run, so early examples are small. */
    @FunctionalInterface
    public interface Generator<T> {
        T next(Random random, int size);
    }

    @FunctionalInterface
    public interface Check<T> {
        void accept(T example) throws Exception;
    }

    private Property() {
    }

    /** The seed of this run: {@code -Dtaktstok.seed}, or a new one. */
    public static long seed() {
        return Long.getLong("taktstok.seed", new Random().nextLong());
    }

    public static <T> void forAll(int tries, Generator<T> generator, Check<T> check) {
        long seed = seed();
        for (int i = 0; i < tries; i++) {
            Random random = new Random(seed + i * 0x9E3779B97F4A7C15L);
            int size = 1 + (int) ((long) i * 99 / Math.max(1, tries - 1));
            T example = generator.next(random, size);
            try {
                check.accept(example);
            } catch (Throwable failure) {
                String shown = String.valueOf(example);
                throw new AssertionError("falsified by example " + (i + 1) + " of " + tries
                        + " (repeat with -Dtaktstok.seed=" + seed + "): "
                        + (shown.length() > 2000 ? shown.substring(0, 2000) + "…" : shown)
                        + "\n" + failure.getMessage(), failure);
            }
        }
    }
}
