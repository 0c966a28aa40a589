package dk.taktstok.io.respondents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dk.taktstok.analysis.ItemMeasurer;
import dk.taktstok.analysis.ItemMeasures;
import dk.taktstok.io.ReadOptions;
import dk.taktstok.io.store.ReadResult;
import dk.taktstok.io.store.StudyFiles;
import dk.taktstok.model.Item;
import dk.taktstok.model.Scale;
import dk.taktstok.model.ScaleKind;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The real survey exports of shared/corpus/survey-exports, read as a careful person reads them: the
 * reference numbers of that folder's MANIFEST.md, worked out there from the files' counts. The folder is
 * found by the property {@code taktstok.surveyExports}, beside the checkout ({@code ../shared/…}) or at
 * {@code /work/shared/…}; without it the tests are skipped.
 */
class SurveyExportCorpusTest {

    private static final double SHARE = 0.05;
    private static final Path FOLDER = folder();

    private static Path folder() {
        String property = System.getProperty("taktstok.surveyExports");
        return Stream.of(property, "../shared/corpus/survey-exports", "/work/shared/corpus/survey-exports")
                .filter(p -> p != null && Files.isRegularFile(Path.of(p, "MANIFEST.md")))
                .map(Path::of).findFirst().orElse(null);
    }

    private static Study read(String name, ReadOptions options) {
        assumeTrue(FOLDER != null, "the survey exports (shared/corpus/survey-exports) are not beside the checkout");
        ReadResult result = StudyFiles.standard().read(FOLDER.resolve(name), options);
        assertThat(result.errors()).as("errors of %s", name).isEmpty();
        return result.study();
    }

    private static Study read(String name) {
        return read(name, ReadOptions.DEFAULT);
    }

    /** A found item with its table and scale. */
    private record Found(SurveyTable table, Item item, Scale scale) {
        double share(String category) {
            int index = scale.indexOf(category);
            assertThat(index).as("category '%s' of '%s'", category, item.label().text()).isNotNegative();
            return item.share(index);
        }

        double sum(List<String> categories) {
            return categories.stream().mapToDouble(this::share).sum();
        }

        /** 100 × the first categories' shares over the second's. */
        double ratio(List<String> part, List<String> whole) {
            return 100 * sum(part) / sum(whole);
        }

        ItemMeasures measures() {
            return new ItemMeasurer(scale).measure(item);
        }

        double mean(List<String> categories, List<Integer> values) {
            double total = 0;
            for (int i = 0; i < categories.size(); i++) {
                total += share(categories.get(i)) * values.get(i);
            }
            return total / sum(categories);
        }
    }

    /** The item whose table title and label together hold every part (case aside), on a scale with {@code category}. */
    private static Found find(Study study, String category, String... parts) {
        for (SurveyTable table : study.tables()) {
            Scale scale = study.scaleOf(table);
            for (Item item : table.items()) {
                String where = (table.title().text() + " " + item.label().text()).toLowerCase(Locale.ROOT);
                if (Stream.of(parts).allMatch(p -> where.contains(p.toLowerCase(Locale.ROOT)))
                        && (category == null || scale.indexOf(category) >= 0)) {
                    return new Found(table, item, scale);
                }
            }
        }
        throw new AssertionError("no item with " + String.join(" … ", parts));
    }

    private static final List<String> FAVOUR = List.of("Very favorably", "Somewhat favorably",
            "Neither favorably nor unfavorably (neutral)", "Somewhat unfavorably", "Very unfavorably");

    @Test
    void starWarsSurveyMonkeyTwoHeaderRows() {
        Study study = read("538-star-wars-survey.csv");

        assertThat(find(study, "Yes", "seen any of the 6 films").item().n()).isEqualTo(1186);
        assertThat(find(study, "Yes", "fan of the Star Wars film franchise").share("Yes")).isCloseTo(66.029, within(SHARE));
        Found han = find(study, FAVOUR.getFirst(), "Han Solo");
        assertThat(han.item().label().text()).isEqualTo("Han Solo");
        assertThat(han.ratio(FAVOUR.subList(0, 2), FAVOUR)).isCloseTo(93.489, within(SHARE));
        assertThat(han.measures().topBoxValid()).isCloseTo(93.489, within(SHARE));
        Found jarJar = find(study, FAVOUR.getFirst(), "Jar Jar Binks");
        assertThat(jarJar.ratio(FAVOUR.subList(0, 2), FAVOUR)).isCloseTo(33.989, within(SHARE));
        assertThat(jarJar.ratio(FAVOUR.subList(3, 5), FAVOUR)).isCloseTo(42.978, within(SHARE));
        Found empire = find(study, "1", "rank", "Empire Strikes Back");
        assertThat(empire.share("1")).isCloseTo(34.569, within(SHARE));
        assertThat(empire.mean(List.of("1", "2", "3", "4", "5", "6"), List.of(1, 2, 3, 4, 5, 6))).isCloseTo(2.5132, within(0.005));
        assertThat(find(study, "Selected", "films have you seen", "Empire Strikes Back").scale().kind())
                .isEqualTo(ScaleKind.MULTIPLE);
    }

    @Test
    void religionHowOftenAndHowComfortable() {
        Study study = read("538-religion-survey-results.csv");
        List<String> often = List.of("Every day", "A few times per week", "A few times per month",
                "Once a month or less", "Once a year or less", "Never");
        List<String> comfortable = List.of("Extremely comfortable", "Very comfortable", "Somewhat comfortably",
                "Not so comfortable", "Not at all comfortable");

        Found pray = find(study, "Every day", "How often do you", "Tell someone you'll pray");
        assertThat(pray.ratio(often.subList(0, 2), often)).isCloseTo(25.172, within(SHARE));
        assertThat(pray.item().n()).isEqualTo(919);
        Found comfort = find(study, comfortable.getFirst(), "How comfortable do you feel when you", "Tell someone you'll pray");
        assertThat(comfort.ratio(comfortable.subList(0, 2), comfortable)).isCloseTo(68.550, within(SHARE));
        assertThat(comfort.measures().topBoxValid()).isCloseTo(68.550, within(SHARE));
        Found attend = find(study, "Weekly or more", "Do you attend religious services");
        assertThat(attend.share("Weekly or more")).isCloseTo(26.026, within(SHARE));
        assertThat(attend.item().n()).isEqualTo(926);
    }

    @Test
    void weatherDashIsNoAnswer() {
        Study study = read("538-weather-check.csv");
        List<String> likely = List.of("Very likely", "Somewhat likely", "Somewhat unlikely", "Very unlikely");

        Found watch = find(study, "Very likely", "smartwatch");
        assertThat(watch.ratio(likely.subList(0, 2), likely)).isCloseTo(69.357, within(SHARE));
        assertThat(watch.measures().topBoxValid()).isCloseTo(69.357, within(SHARE));
        assertThat(watch.item().n()).isEqualTo(917);
        assertThat(watch.table().source().setAside()).anyMatch(s -> s.answer().equals("-") && s.count() == 11);
        assertThat(find(study, "Yes", "check a daily weather report").share("Yes")).isCloseTo(80.388, within(SHARE));
        Found income = find(study, "Prefer not to answer", "HOUSEHOLD earn");
        assertThat(income.share("Prefer not to answer")).isCloseTo(18.470, within(SHARE));
        assertThat(income.item().n()).isEqualTo(915);
    }

    @Test
    void foodWorldCupRatingsWithNaLeftOut() {
        Study study = read("538-food-world-cup-data.csv");
        List<String> points = List.of("1", "2", "3", "4", "5");

        Found france = find(study, "5", "cuisine of France");
        assertThat(france.ratio(List.of("4", "5"), points)).isCloseTo(60.707, within(SHARE));
        assertThat(france.measures().topBoxValid()).isCloseTo(60.707, within(SHARE));
        assertThat(france.mean(points, List.of(1, 2, 3, 4, 5))).isCloseTo(3.7686, within(0.005));
        assertThat(france.measures().meanScore()).isCloseTo(69.216, within(SHARE));
        assertThat(france.item().n()).isEqualTo(1264);
        assertThat(find(study, "5", "cuisine of Italy").measures().meanScore()).isCloseTo(84.273, within(SHARE));
    }

    @Test
    void nonvotersWeightedWithSkipCodesLeftOut() {
        Study study = read("538-nonvoters-data.csv", ReadOptions.DEFAULT.withWeight("weight"));
        List<String> four = List.of("1", "2", "3", "4");

        Found q31 = find(study, "1", "Q3_1");
        assertThat(q31.ratio(List.of("1", "2"), four)).isCloseTo(72.583, within(SHARE));
        assertThat(q31.item().n()).isEqualTo(5797);
        assertThat(q31.item().effectiveN()).isNotNull().isLessThan(5797.0);
        assertThat(find(study, "1", "Q2_1").ratio(List.of("1"), four)).isCloseTo(79.490, within(SHARE));
        assertThat(find(study, null, "voter_category").item().n()).isEqualTo(5836);
    }

    @Test
    void stackOverflowTickBoxesBasedOnThoseWhoAnswered() {
        Study study = read("stackoverflow-survey-2011.csv");

        Found os = find(study, "Windows 7", "operating system do you use the most");
        assertThat(os.share("Windows 7")).isCloseTo(44.710, within(SHARE));
        Found js = find(study, "Selected", "languages are you proficient in", "JavaScript");
        assertThat(js.scale().kind()).isEqualTo(ScaleKind.MULTIPLE);
        assertThat(js.share("Selected")).isCloseTo(54.703, within(SHARE));
        assertThat(js.item().n()).isEqualTo(2594);
        Found years = find(study, "41435", "years of IT/Programming experience");
        assertThat(years.share("41435")).isCloseTo(30.121, within(SHARE));
        assertThat(years.item().n()).isEqualTo(2729);
        Found satisfaction = find(study, "FML", "job/career satisfaction");
        assertThat(satisfaction.item().n()).isEqualTo(2553);
        assertThat(satisfaction.ratio(List.of("So happy it hurts", "I enjoy going to work"),
                List.of("So happy it hurts", "I enjoy going to work", "It pays the bills", "I'm not happy in my job", "FML")))
                .isCloseTo(68.390, within(SHARE));
    }

    @Test
    void qualtricsThreeHeaderRows() {
        Study study = read("eur-open-science-survey-2022-qualtrics.csv");
        List<String> important = List.of("Extremely important", "Very important", "Moderately important",
                "Slightly important", "Not at all important");

        Found q3 = find(study, "Extremely important", "how important is Open Access for your work");
        assertThat(q3.ratio(important.subList(0, 2), important)).isCloseTo(76.642, within(SHARE));
        assertThat(q3.measures().meanScore()).isCloseTo(75.730, within(SHARE));
        assertThat(q3.item().n()).isEqualTo(139);
        Found q21 = find(study, "Yes", "expect EUR to support you");
        assertThat(q21.ratio(List.of("Yes"), List.of("Yes", "No"))).isCloseTo(86.066, within(SHARE));
        assertThat(q21.item().n()).isEqualTo(131);
    }

    @Test
    void limeSurveyAgreementAndRatingWithByteOrderMarks() {
        Study study = read("ssi-rse-survey-2017-germany-limesurvey.csv");
        List<String> agree = List.of("Strongly Agree", "Agree", "Neither agree or disagree", "Disagree", "Strongly disagree");

        Found enjoy = find(study, "Agree", "[I find real enjoyment in my job]");
        assertThat(enjoy.ratio(agree.subList(0, 2), agree)).isCloseTo(71.004, within(SHARE));
        assertThat(enjoy.measures().topBoxValid()).isCloseTo(71.004, within(SHARE));
        Found satisfied = find(study, null, "satisgen1");
        assertThat(satisfied.measures().meanScore()).isCloseTo(68.476, within(SHARE));
        assertThat(satisfied.item().n()).isEqualTo(269);
        Found python = find(study, "Yes", "tool4can[25]");
        assertThat(python.share("Yes")).isCloseTo(66.038, within(SHARE));
        assertThat(python.item().n()).isEqualTo(265);
    }

    @Test
    void rStudioGoogleSheetsWorkbook() {
        Study study = read("rstudio-r-community-survey-2019-english.xlsx");

        Found recommend = find(study, "10", "recommend R to a colleague");
        assertThat(recommend.item().n()).isEqualTo(1795);
        assertThat(recommend.ratio(List.of("9", "10"), List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10"))
                - recommend.ratio(List.of("1", "2", "3", "4", "5", "6"), List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10")))
                .isCloseTo(73.983, within(SHARE));
        Found enjoy = find(study, "5", "enjoy using R on a scale");
        assertThat(enjoy.measures().topBoxValid()).isCloseTo(95.273, within(SHARE));
        assertThat(enjoy.measures().meanScore()).isCloseTo(91.185, within(SHARE));
        assertThat(enjoy.item().n()).isEqualTo(1798);
    }

    @Test
    void turingJoinedTickBoxAnswers() {
        Study study = read("turing-autistica-google-form-responses.csv");

        Found autistic = find(study, "Selected", "personal connection to autism", "I am autistic");
        assertThat(autistic.item().label().text()).isEqualTo("I am autistic");
        assertThat(autistic.share("Selected")).isCloseTo(80.488, within(SHARE));
        assertThat(autistic.item().n()).isEqualTo(41);
        Found q3 = find(study, "Yes", "Q3: Can we use the information");
        assertThat(q3.share("Yes")).isCloseTo(100, within(SHARE));
        assertThat(q3.item().n()).isEqualTo(42);
    }

    @Test
    void jupyterSurveyGizmoAllRows() {
        Study study = read("jupyter-notebook-ux-survey-2015-surveygizmo.csv");

        Found often = find(study, "Daily", "How often do you use Jupyter Notebook");
        assertThat(often.share("Daily")).isCloseTo(48.579, within(SHARE));
        assertThat(often.measures().topBoxValid()).isCloseTo(84.510, within(SHARE));
        assertThat(often.item().n()).isEqualTo(1091);
    }

    @Test
    void todoOspoNumericExportOneColumnPerOption() {
        Study study = read("todo-ospo-survey-2024-raw-numeric.csv");
        List<String> five = List.of("Never", "Rarely", "Sometimes", "Frequently", "Very frequently");

        Found upstream = find(study, "Never", "Contribute code upstream");
        assertThat(upstream.item().label().text()).isEqualTo("Contribute code upstream");
        assertThat(upstream.ratio(five.subList(3, 5), five)).isCloseTo(33.023, within(SHARE));
        assertThat(upstream.measures().meanScore()).isCloseTo(48.023, within(SHARE));
        assertThat(upstream.item().n()).isEqualTo(222);
    }

    @Test
    void ohbmAnnualMeetingIndependentColumns() {
        Study study = read("ohbm-annual-meeting-eval-2021.csv");

        Found navigation = find(study, "5", "Virtual Meeting Website Navigation");
        assertThat(navigation.item().n()).isEqualTo(124);
        assertThat(navigation.measures().meanScore()).isCloseTo(46.371, within(SHARE));
        assertThat(navigation.measures().topBoxValid()).isCloseTo(34.677, within(SHARE));
        assertThat(find(study, "5", "Experience accessing pre-recorded content").measures().topBoxValid())
                .isCloseTo(61.364, within(SHARE));
    }

    @Test
    void ohbmCommunityResavedWithPlaceholdersAndIndex() {
        Study study = read("ohbm-community-survey-2022.csv");

        Found member = find(study, "Yes", "Are you a member of OHBM");
        assertThat(member.share("Yes")).isCloseTo(81.935, within(SHARE));
        assertThat(member.item().n()).isEqualTo(310);
        Found emails = find(study, "It is somewhat relevant", "content in OHBM emails");
        List<String> relevant = List.of("It is very relevant throughout the year",
                "It is very relevant only when related to the annual meeting", "It is somewhat relevant",
                "It is not relevant to me");
        assertThat(emails.ratio(relevant.subList(0, 2), relevant)).isCloseTo(49.129, within(SHARE));
        assertThat(emails.item().n()).isEqualTo(307);
    }

    @Test
    void nettskjemaTestFormOfFiveRows() {
        Study study = read("uio-fui-course-evaluation-testform-nettskjema.tsv");

        Found lectures = study.tables().stream().flatMap(t -> t.items().stream()
                        .filter(i -> i.label().text().equals("Kvaliteten på forelesningene?"))
                        .map(i -> new Found(t, i, study.scaleOf(t)))).findFirst().orElseThrow();
        assertThat(lectures.share("Særdeles bra")).isCloseTo(40, within(SHARE));
        assertThat(lectures.share("Grei")).isCloseTo(20, within(SHARE));
        assertThat(lectures.item().n()).isEqualTo(5);
        Found page = find(study, "Vet ikke", "semesterside");
        assertThat(page.share("Vet ikke")).isCloseTo(20, within(SHARE));
        assertThat(page.measures().dontKnow()).isCloseTo(20, within(SHARE));
    }
}
