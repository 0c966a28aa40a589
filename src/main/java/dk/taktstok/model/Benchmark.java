package dk.taktstok.model;

import java.util.Objects;

/**
 * A stated goal to hold practice against, for example "75 % of chief officers want stronger civil actors".
 *
 * @param value percent, 0..100
 */
public record Benchmark(String id, Text label, double value, Text source) {

    public Benchmark {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("benchmark '" + id + "' needs a finite value");
        }
    }
}
