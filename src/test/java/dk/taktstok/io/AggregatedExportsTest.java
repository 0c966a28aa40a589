package dk.taktstok.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.taktstok.analysis.ItemResult;
import dk.taktstok.io.store.ReadResult;
import dk.taktstok.io.store.StudyFiles;
import dk.taktstok.analysis.Measures;
import dk.taktstok.analysis.StudyMeasures;
import dk.taktstok.analysis.TableMeasures;
import dk.taktstok.model.CategoryRole;
import dk.taktstok.model.Measure;
import dk.taktstok.model.Scale;
import dk.taktstok.model.ScaleKind;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The real aggregated survey exports of shared/corpus/survey-exports read as their MANIFEST.md says a
 * careful person reads them, one test per file, with the MANIFEST's reference numbers (shares within 0.05
 * points, counts exactly). The folder is -Dtaktstok.surveyExports=DIR, else ../shared/corpus/survey-exports
 * beside the checkout, else /work/shared/corpus/survey-exports; the tests are skipped where it is absent.
 */
class AggregatedExportsTest {

    private static final double POINTS = 0.05;
    private static final String JOB = "handling his job as president";
    private static final List<String> APPROVE = List.of("Strongly approve", "Somewhat approve");
    private static final List<String> APPROVE4 = List.of("Strongly approve", "Somewhat approve",
            "Somewhat disapprove", "Strongly disapprove");

    private static Path folder() {
        String given = System.getProperty("taktstok.surveyExports");
        for (String candidate : given != null ? List.of(given)
                : List.of("../shared/corpus/survey-exports", "/work/shared/corpus/survey-exports")) {
            if (Files.isRegularFile(Path.of(candidate, "MANIFEST.md"))) {
                return Path.of(candidate);
            }
        }
        return null;
    }

    private static Study read(String name) {
        return result(name).study();
    }

    private static ReadResult result(String name) {
        Path folder = folder();
        Assumptions.assumeTrue(folder != null, "no survey exports (shared/corpus/survey-exports); set "
                + "-Dtaktstok.surveyExports=DIR to run these tests");
        ReadResult result = StudyFiles.standard().read(folder.resolve(name));
        assertThat(result.errors()).as(name).isEmpty();
        return result;
    }

    /** One item of one table, with its scale and measures. */
    private record Found(SurveyTable table, Scale scale, ItemResult item) {
        double share(String category) {
            int index = scale.indexOf(category);
            assertThat(index).as("category '" + category + "' in " + scale.categories()).isNotNegative();
            return item.item().share(index);
        }

        double sum(List<String> categories) {
            return categories.stream().mapToDouble(this::share).sum();
        }

        double measure(Measure measure) {
            return item.measures().get(measure);
        }
    }

    private static Found item(Study study, String inTitle, String label) {
        StudyMeasures measures = Measures.of(study);
        for (TableMeasures table : measures.tables()) {
            if (!table.table().title().text().contains(inTitle)) {
                continue;
            }
            for (ItemResult item : table.items()) {
                if (item.item().label().text().equals(label)) {
                    return new Found(table.table(), table.scale(), item);
                }
            }
        }
        throw new AssertionError("no item '" + label + "' in a table titled '…" + inTitle + "…'");
    }

    @Test
    void reluctantTrumpAprilBannerGivesTheTotalMaleAndFemaleApprovalWithTheirBases() {
        ReadResult result = result("538-reluctant-trump-april-2017-crosstabs.xlsx");
        Study study = result.study();

        Found total = item(study, JOB, "Total");
        assertThat(total.sum(APPROVE)).isCloseTo(46.966, within(POINTS));
        assertThat(100 * total.sum(APPROVE) / total.sum(APPROVE4)).isCloseTo(47.522, within(POINTS));
        assertThat(total.measure(Measure.TOP_BOX_VALID)).isCloseTo(47.522, within(POINTS));
        assertThat(total.item().item().n()).isEqualTo(3912);
        assertThat(total.scale().category("No Answer").orElseThrow().role()).isEqualTo(CategoryRole.MISSING);
        Found male = item(study, JOB, "Male");
        assertThat(male.sum(APPROVE)).isCloseTo(54.679, within(POINTS));
        assertThat(male.item().item().n()).isEqualTo(1929);
        Found female = item(study, JOB, "Female");
        assertThat(female.sum(APPROVE)).isCloseTo(39.752, within(POINTS));
        assertThat(female.item().item().n()).isEqualTo(1983);
        // the age group's own "Total" column, and groups met twice, are told apart by their group
        assertThat(total.table().items()).extracting(i -> i.label().text())
                .contains("Total (Age)", "Republican (Party Identification)", "Republican (5-Point Party ID)");
        assertThat(total.table().source().layout()).isEqualTo("banner");
        assertThat(total.table().source().sheet()).isEqualTo("Sheet1");
        assertThat(total.table().source().range()).isEqualTo("A13:AV18");
        assertThat(total.table().source().rowsSkipped()).isEqualTo(1);
        // 29 blocks, one of them with "Total" for its base row (A76)
        assertThat(study.tables()).hasSize(29);
        // "which of these describe him": several could be chosen, so its shares sum to over 100 without a warning
        SurveyTable traits = study.tables().stream()
                .filter(t -> t.title().text().startsWith("Which of the following personal characteristics")).findFirst()
                .orElseThrow();
        assertThat(study.scaleOf(traits).kind()).isEqualTo(ScaleKind.MULTIPLE);
        assertThat(result.problems()).noneMatch(p -> p.message().contains("sums to"));
    }

    @Test
    void reluctantTrumpMayBannerIsFoundOnItsSheetAmongThreeAndTheProfileSheetIsRead() {
        Study study = read("538-reluctant-trump-may-2017-crosstabs.xlsx");

        Found total = item(study, JOB, "Total");
        assertThat(total.sum(APPROVE)).isCloseTo(41.330, within(POINTS));
        assertThat(total.measure(Measure.TOP_BOX_VALID)).isCloseTo(42.244, within(POINTS));
        assertThat(total.item().item().n()).isEqualTo(14570);
        assertThat(total.table().source().sheet()).isEqualTo("CROSSTABS");
        assertThat(total.table().items()).extracting(i -> i.label().text())
                .contains("Northeast (Other Trump Voters)", "Northeast (Trump Voter/NOT excited)");
        assertThat(study.tables()).filteredOn(t -> "\"RT Profile\"".equals(t.source().sheet())).isNotEmpty()
                .allSatisfy(t -> assertThat(t.items()).extracting(i -> i.label().text())
                        .startsWith("Feb 22-27, 2017"));
    }

    @Test
    void nflFandomCountsGiveEachTeamThePartiesTotalsWithTotRespondentsAsN() {
        Study study = read("538-nfl-fandom-surveymonkey.csv");

        Found dallas = item(study, "", "Dallas Cowboys");
        assertThat(dallas.item().item().n()).isEqualTo(438);
        assertThat(dallas.share("Total (Republican)")).isCloseTo(31.963, within(POINTS));
        assertThat(dallas.sum(List.of("Total (Democrat)", "Total (Independent)", "Total (Republican)")))
                .isCloseTo(100, within(1e-9));
        assertThat(dallas.table().items()).hasSize(32)
                .noneMatch(i -> i.label().text().equals("Grand Total"));
        assertThat(dallas.table().items().stream().mapToInt(i -> i.n()).sum()).isEqualTo(6364);
        assertThat(dallas.table().source().layout()).isEqualTo("counts");
        assertThat(dallas.scale().kind()).isEqualTo(ScaleKind.NOMINAL);
    }

    @Test
    void githubLongFormatGivesEachItemAndYearItsImportanceAmongThoseWhoKnewIt() {
        Study study = read("github-oss-survey-q7-importance.csv");

        Found y2017 = item(study, "", "A code of conduct (2017)");
        assertThat(y2017.measure(Measure.TOP_BOX_VALID)).isCloseTo(50.499, within(POINTS));
        assertThat(y2017.measure(Measure.TOP_BOX)).isCloseTo(48.131, within(POINTS));
        assertThat(y2017.item().item().n()).isEqualTo(4309);
        assertThat(y2017.scale().category("Don't know what this is").orElseThrow().role())
                .isEqualTo(CategoryRole.DONT_KNOW);
        Found y2024 = item(study, "", "A code of conduct (2024)");
        assertThat(y2024.measure(Measure.TOP_BOX_VALID)).isCloseTo(53.754, within(POINTS));
        assertThat(y2024.item().item().n()).isEqualTo(6796);
        assertThat(y2024.table().source().layout()).isEqualTo("long");
        assertThat(y2024.table().items()).hasSize(17);
    }

    @Test
    void ssiSalaryCountsBesidePercentagesAreOneItemOfTheBandsWithNoAnswerMissing() {
        Study study = read("ssi-rse-survey-2022-annual-salary-germany.csv");

        assertThat(study.tables()).singleElement().satisfies(t -> assertThat(t.items()).hasSize(1));
        Found salary = item(study, "", "Annual salary for Germany");
        assertThat(salary.item().item().n()).isEqualTo(204);
        List<String> bands = salary.scale().categories().stream()
                .filter(c -> c.role() == CategoryRole.SUBSTANTIVE).map(c -> c.name()).toList();
        assertThat(bands).hasSize(10);
        assertThat(100 * salary.sum(bands.subList(6, 10)) / salary.sum(bands)).isCloseTo(56.853, within(POINTS));
        assertThat(salary.share("Prefer not to say")).isCloseTo(3.431, within(POINTS));
        assertThat(salary.scale().category("Prefer not to say").orElseThrow().role()).isEqualTo(CategoryRole.MISSING);
        assertThat(salary.scale().kind()).isEqualTo(ScaleKind.NOMINAL);
        assertThat(salary.table().source().layout()).isEqualTo("counts");
    }

    @Test
    void ohbmMeetingRatingsStayReadColumnByColumn() {
        Study study = read("ohbm-annual-meeting-eval-2021.csv");

        Found navigation = item(study, "", "Virtual Meeting Website Navigation");
        assertThat(navigation.item().item().n()).isEqualTo(124);
        assertThat(navigation.measure(Measure.MEAN_SCORE)).isCloseTo(46.371, within(POINTS));
        assertThat(navigation.measure(Measure.TOP_BOX_VALID)).isCloseTo(34.677, within(POINTS));
        Found screening = item(study, "", "Experience accessing pre-recorded content in the Screening Room");
        assertThat(screening.measure(Measure.MEAN_SCORE)).isCloseTo(68.750, within(POINTS));
        assertThat(screening.measure(Measure.TOP_BOX_VALID)).isCloseTo(61.364, within(POINTS));
    }
}
