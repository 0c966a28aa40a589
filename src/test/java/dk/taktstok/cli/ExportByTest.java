package dk.taktstok.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code export --by} writes each banner's crosstab as CSV beside the charts. */
class ExportByTest {

    @Test
    void theCrosstabIsWrittenBesideTheChartsWithEachGroupsValueLettersAndN(@TempDir Path out) throws Exception {
        Path file = Path.of(ExportByTest.class.getResource("/dk/taktstok/groups/groups.csv").toURI());
        CliRun run = CliRun.of("export", file.toString(), "--by", "Region", "--out", out.toString(), "--format", "svg");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path csv = out.resolve("by-region.csv");
        assertThat(run.out()).contains(csv.toString());
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.getFirst()).startsWith("table;item;row;test;total;A Hovedstaden;A significance;A n;A effective n;"
                + "B Midtjylland");
        String[] trust = lines.stream().filter(l -> l.contains(";Jeg stoler på kommunen;Helt enig;")).findFirst()
                .orElseThrow().split(";");
        // Hovedstaden's share of 'Helt enig' as pandas gives it (groups-expected.json): 15.734265734265735
        assertThat(Double.parseDouble(trust[5])).isCloseTo(15.7343, within(1e-4));
        assertThat(trust[6]).isEqualTo("-"); // below the rest, significantly
        assertThat(trust[7]).isEqualTo("286");
        assertThat(trust[14]).as("C, Nordjylland, is too small to test").isEqualTo("n<50");
    }

    @Test
    void withoutByNoCrosstabIsWritten(@TempDir Path out) throws Exception {
        Path file = Path.of(ExportByTest.class.getResource("/dk/taktstok/groups/groups.csv").toURI());
        CliRun run = CliRun.of("export", file.toString(), "--out", out.toString(), "--format", "svg");
        assertThat(run.exitCode()).as(run.err()).isZero();
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".csv"));
        }
    }
}
