package dk.taktstok.model;

import java.util.Objects;

/** A comparison of a benchmark with a practice measure: benchmark minus practice, in points. */
public record Gap(String id, String benchmarkId, Practice practice) {

    public Gap {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(benchmarkId, "benchmarkId");
        Objects.requireNonNull(practice, "practice");
    }
}
