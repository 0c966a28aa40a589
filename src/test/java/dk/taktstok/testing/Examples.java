package dk.taktstok.testing;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik examples made by the project's own generators. An example is drawn from a size (1 to 100) and a
 * seed, both drawn by jqwik, so that jqwik repeats a failure from its own seed and shrinks it to the
 * smallest size that still fails with the same seed.
 */
public final class Examples {

    /** Makes one example from a source of randomness; {@code size} from 1 to 100 bounds how large it is. */
    @FunctionalInterface
    public interface Generator<T> {
        T next(Random random, int size);
    }

    private Examples() {
    }

    public static <T> Arbitrary<T> of(Generator<T> generator) {
        // the seed does not shrink (a nearby seed is no simpler example); the size does
        return Combinators.combine(Arbitraries.integers().between(1, 100), Arbitraries.randomValue(Random::nextLong))
                .as((size, seed) -> generator.next(new Random(seed), size));
    }
}
