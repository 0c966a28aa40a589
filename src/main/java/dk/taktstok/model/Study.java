package dk.taktstok.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Everything Taktstok knows about one survey study. */
public record Study(
        Metadata metadata,
        List<Scale> scales,
        List<SurveyTable> tables,
        List<Benchmark> benchmarks,
        List<Gap> gaps) {

    public Study {
        Objects.requireNonNull(metadata, "metadata");
        scales = List.copyOf(scales);
        tables = List.copyOf(tables);
        benchmarks = List.copyOf(benchmarks);
        gaps = List.copyOf(gaps);
    }

    public String language() {
        return metadata.language();
    }

    public Optional<Scale> scale(String id) {
        return scales.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<SurveyTable> table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Optional<Benchmark> benchmark(String id) {
        return benchmarks.stream().filter(b -> b.id().equals(id)).findFirst();
    }

    /** The scale of a table; a study whose table names a missing scale is invalid, so this throws. */
    public Scale scaleOf(SurveyTable table) {
        return scale(table.scaleId()).orElseThrow(
                () -> new IllegalStateException("table '" + table.id() + "' names unknown scale '" + table.scaleId() + "'"));
    }

    public Study withTables(List<SurveyTable> newTables) {
        return new Study(metadata, scales, newTables, benchmarks, gaps);
    }

    public Study withScales(List<Scale> newScales) {
        return new Study(metadata, newScales, tables, benchmarks, gaps);
    }

    public Study withMetadata(Metadata newMetadata) {
        return new Study(newMetadata, scales, tables, benchmarks, gaps);
    }

    public Study withBenchmarks(List<Benchmark> newBenchmarks, List<Gap> newGaps) {
        return new Study(metadata, scales, tables, newBenchmarks, newGaps);
    }
}
