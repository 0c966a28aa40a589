package dk.taktstok.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything Taktstok knows about one survey study.
 *
 * @param charts the study's charts, in the order they are shown and exported
 */
public record Study(
        Metadata metadata,
        List<Scale> scales,
        List<SurveyTable> tables,
        List<Benchmark> benchmarks,
        List<Gap> gaps,
        List<ChartSpec> charts) {

    public Study {
        Objects.requireNonNull(metadata, "metadata");
        scales = List.copyOf(scales);
        tables = List.copyOf(tables);
        benchmarks = List.copyOf(benchmarks);
        gaps = List.copyOf(gaps);
        charts = List.copyOf(charts);
    }

    /** A study without charts of its own. */
    public Study(Metadata metadata, List<Scale> scales, List<SurveyTable> tables, List<Benchmark> benchmarks,
                 List<Gap> gaps) {
        this(metadata, scales, tables, benchmarks, gaps, List.of());
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

    public Optional<ChartSpec> chart(String id) {
        return charts.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public Study withTables(List<SurveyTable> newTables) {
        return new Study(metadata, scales, newTables, benchmarks, gaps, charts);
    }

    public Study withScales(List<Scale> newScales) {
        return new Study(metadata, newScales, tables, benchmarks, gaps, charts);
    }

    public Study withMetadata(Metadata newMetadata) {
        return new Study(newMetadata, scales, tables, benchmarks, gaps, charts);
    }

    public Study withBenchmarks(List<Benchmark> newBenchmarks, List<Gap> newGaps) {
        return new Study(metadata, scales, tables, newBenchmarks, newGaps, charts);
    }

    public Study withCharts(List<ChartSpec> newCharts) {
        return new Study(metadata, scales, tables, benchmarks, gaps, newCharts);
    }
}
