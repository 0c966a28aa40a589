package dk.taktstok.io.store;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.model.CategoryRole;
import dk.taktstok.model.Item;
import dk.taktstok.model.Practice;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The embedded sample study holds the seed's facts (../shared/seed, copied into the test resources). */
class SampleStudyTest {

    private final Study sample = SampleStudy.load();
    private final SurveyTable table = sample.tables().getFirst();

    private static List<String> seedLines() throws IOException {
        try (InputStream in = SampleStudyTest.class.getResourceAsStream("/dk/taktstok/io/seed/initiative-table.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @Test
    void sharesAreTheSeedTablesRowByRow() throws IOException {
        List<String> lines = seedLines();

        for (int row = 1; row < lines.size(); row++) {
            String line = lines.get(row);
            List<Double> expected = java.util.Arrays.stream(line.substring(line.lastIndexOf('"') + 2).split(","))
                    .map(Double::valueOf).toList();
            assertThat(table.items().get(row - 1).shares()).as("row %d", row).isEqualTo(expected);
        }
    }

    @Test
    void itemLabelsAreTheSeedsDanishStatements() throws IOException {
        List<String> lines = seedLines();

        for (int row = 1; row < lines.size(); row++) {
            String label = lines.get(row).substring(1, lines.get(row).lastIndexOf('"'));
            assertThat(table.items().get(row - 1).label().text()).isEqualTo(label);
        }
    }

    @Test
    void everyItemHasShortDanishAndEnglishLabels() {
        assertThat(table.items()).allSatisfy(item -> {
            assertThat(item.shortLabel().byLanguage()).containsKeys("da", "en");
            assertThat(item.shortLabel().in("en").length()).isLessThan(item.label().text().length());
        });
    }

    @Test
    void scaleIsTheSeedsWithDontKnowApart() {
        var scale = sample.scaleOf(table);

        assertThat(scale.categories()).extracting(c -> c.name())
                .containsExactly("Som regel", "Somme tider", "Sjældent", "Aldrig", "Ved ikke");
        assertThat(scale.categories()).extracting(c -> c.score()).containsExactly(3.0, 2.0, 1.0, 0.0, null);
        assertThat(scale.category(4).role()).isEqualTo(CategoryRole.DONT_KNOW);
        assertThat(scale.category(0).label().in("en")).isEqualTo("Usually");
    }

    @Test
    void rowsOneToFourAreMunicipalityAndFiveToSixCivil() {
        assertThat(table.groupTag()).isEqualTo("initiator");
        assertThat(table.items()).extracting(item -> item.tag("initiator"))
                .containsExactly("municipality", "municipality", "municipality", "municipality", "civil", "civil");
    }

    @Test
    void benchmarkIsThe75PercentWithItsSource() {
        var benchmark = sample.benchmarks().getFirst();

        assertThat(benchmark.value()).isEqualTo(75.0);
        assertThat(benchmark.source().text()).contains("SDU").contains("KORA");
    }

    @Test
    void gapsHoldTheGoalAgainstSomRegelOfTheCivilRowsAndTheDialogueRow() {
        assertThat(sample.gaps()).extracting(g -> ((Practice.CategoryShare) g.practice()).itemId())
                .containsExactly(table.items().get(4).id(), table.items().get(5).id(), table.items().get(2).id());
        assertThat(sample.gaps()).allMatch(g -> ((Practice.CategoryShare) g.practice()).category().equals("Som regel"));
    }

    @Test
    void metadataNamesTheStudysMakersAndLanguage() {
        assertThat(sample.language()).isEqualTo("da");
        assertThat(sample.metadata().authors()).anyMatch(a -> a.contains("Bjarne Ibsen"))
                .anyMatch(a -> a.contains("Helle Hygum Espersen"));
        assertThat(sample.metadata().population().in("en")).containsIgnoringCase("chief officers");
    }

    @Test
    void seedCsvReadsToTheSameSharesAsTheSample() throws URISyntaxException {
        Path csv = Path.of(SampleStudyTest.class.getResource("/dk/taktstok/io/seed/initiative-table.csv").toURI());

        ReadResult read = StudyFiles.standard().read(csv);

        assertThat(read.problems()).isEmpty();
        assertThat(read.study().tables().getFirst().items()).extracting(Item::shares)
                .isEqualTo(table.items().stream().map(Item::shares).toList());
    }
}
