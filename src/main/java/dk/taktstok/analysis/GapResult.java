package dk.taktstok.analysis;

import dk.taktstok.model.Benchmark;
import dk.taktstok.model.Gap;

/**
 * A gap worked out: benchmark value minus practice value, in points.
 *
 * @param practiceValue the practice measure in percent; NaN when it cannot be found or computed
 */
public record GapResult(Gap gap, Benchmark benchmark, double practiceValue, double points) {
}
