package dk.taktstok.analysis;

import dk.taktstok.model.Benchmark;
import dk.taktstok.model.Gap;

/**
 * A gap worked out: benchmark value minus practice value, in points.
 *
 * @param practiceValue the practice measure in percent; NaN when it cannot be found or computed
 * @param margin        the 95 % margin of the practice value, and so of the gap (the stated goal is taken
 *                      as exact), in points; NaN where not known
 */
public record GapResult(Gap gap, Benchmark benchmark, double practiceValue, double points, double margin) {

    public GapResult(Gap gap, Benchmark benchmark, double practiceValue, double points) {
        this(gap, benchmark, practiceValue, points, Double.NaN);
    }
}
