package dk.taktstok.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.taktstok.chart.scene.SceneIds;
import dk.taktstok.io.store.SampleStudy;
import dk.taktstok.model.ChartType;
import dk.taktstok.model.Measure;
import dk.taktstok.model.SortOrder;
import dk.taktstok.model.Study;
import dk.taktstok.testing.InLanguage;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class InspectorViewModelTest {

    @RegisterExtension
    static InLanguage words = InLanguage.danish();

    private static final Study SAMPLE = SampleStudy.load();
    private static final String ROW_1 = "invites-associations";

    private DocumentViewModel document;
    private InspectorViewModel inspector;

    @BeforeEach
    void openTheSample() {
        document = new DocumentViewModel(SAMPLE);
        inspector = new InspectorViewModel(document);
    }

    private InspectorViewModel.MeasureRow item(String id) {
        return inspector.items().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private InspectorViewModel.MeasureRow group(String id) {
        return inspector.groups().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private double measure(String itemId, Measure measure) {
        return document.measures().table("initiative").orElseThrow().item(itemId).orElseThrow()
                .measures().get(measure);
    }

    /** The values in the order of {@link Measure#values()}: top box, valid, score, net, don't know. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "invites-associations   | 73,1 | 83,6 | 69,3 | +58,8 | 12,7",
        "invites-volunteers     | 62,2 | 71,7 | 60,6 | +37,6 | 13,3",
        "dialogue               | 79,7 | 87,4 | 73,3 | +68,2 | 8,8",
        "enables-users          | 51,5 | 67,4 | 56,3 | +26,6 | 23,6",
        "local-civil-invites    | 64,2 | 74,1 | 62,2 | +41,8 | 13,3",
        "national-civil-invites | 50,3 | 60,8 | 52,0 | +17,9 | 17,3"})
    void itemRowsHoldTheSampleMeasuresWrittenInTheStudysLanguage(String id, String topBox, String valid, String score,
                                                                 String net, String dontKnow) {
        assertThat(item(id).values()).containsExactly(topBox, valid, score, net, dontKnow);
    }

    @Test
    void itemRowsHaveTheShortLabelsAndTheGroups() {
        assertThat(item(ROW_1).label()).isEqualTo("Kommunen inviterer foreninger");
        assertThat(item(ROW_1).group()).isEqualTo("Kommunen tager initiativet");
        assertThat(item("local-civil-invites").group()).isEqualTo("Civile aktører tager initiativet");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "municipality | 66,6 | 77,5 | 64,9 | +47,8 | 14,6",
        "civil        | 57,3 | 67,5 | 57,1 | +29,9 | 15,3",
        "balance      | +9,4 | +10,0 | +7,8 | +17,9 | -0,7"})
    void groupRowsHoldTheGroupIndicesAndTheBalance(String id, String topBox, String valid, String score, String net,
                                                   String dontKnow) {
        assertThat(group(id).values()).containsExactly(topBox, valid, score, net, dontKnow);
    }

    @Test
    void theGroupsAndTheBalanceAreExplained() {
        assertThat(group("municipality").formulas()).allSatisfy(formula -> assertThat(formula)
                .isEqualTo("Gennemsnittet af målet over gruppens 4 spørgsmål; hvert spørgsmål tæller én gang."));
        assertThat(group("balance").label()).isEqualTo("Balance (første gruppe minus anden)");
        assertThat(group("balance").formulas().getFirst())
                .isEqualTo("Balance: Kommunen tager initiativet minus Civile aktører tager initiativet, i point.");
    }

    static Stream<Arguments> rowOneFormulas() {
        return Stream.of(
                Arguments.of(Measure.TOP_BOX, "Topboks = Som regel + Somme tider = 26,7 + 46,4 = 73,10"),
                Arguments.of(Measure.TOP_BOX_VALID, "Topboks blandt gyldige svar = 73,1 / (26,7 + 46,4 + 8,8 + 5,5)"
                        + " × 100 = 73,1 / 87,4 × 100 = 83,64"),
                Arguments.of(Measure.MEAN_SCORE, "Gennemsnitlig score = (3·26,7 + 2·46,4 + 1·8,8 + 0·5,5)"
                        + " / (3 × 87,4) × 100 = 69,30"),
                Arguments.of(Measure.NET, "Netto = topboks − bundboks = 73,1 − (8,8 + 5,5) = 58,80"),
                Arguments.of(Measure.DONT_KNOW, "Ved ikke = Ved ikke = 12,7 = 12,70"));
    }

    @ParameterizedTest
    @MethodSource("rowOneFormulas")
    void eachValueIsWorkedOutInItsTooltip(Measure measure, String formula) {
        assertThat(item(ROW_1).formulas().get(measure.ordinal())).isEqualTo(formula);
    }

    @Test
    void theFormulasAreInTheUsersWordsWithTheStudysNumbers() {
        Words.use(java.util.Locale.ENGLISH);
        inspector = new InspectorViewModel(document);

        assertThat(item(ROW_1).formulas().getFirst()).isEqualTo("Top box = Som regel + Somme tider = 26,7 + 46,4 = 73,10");
    }

    @Test
    void theGapsHoldGoalPracticeAndPoints() {
        assertThat(inspector.gaps()).extracting(InspectorViewModel.GapRow::practiceValue, InspectorViewModel.GapRow::points)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("14,8\u00A0%", "60,2"),
                        org.assertj.core.groups.Tuple.tuple("4,2\u00A0%", "70,8"),
                        org.assertj.core.groups.Tuple.tuple("32,1\u00A0%", "42,9"));
        assertThat(inspector.gaps().getFirst().benchmarkValue()).isEqualTo("75,0\u00A0%");
        assertThat(inspector.gaps().getFirst().practice()).isEqualTo("Som regel: Lokale civile aktører inviterer kommunen");
    }

    @Test
    void theScaleShowsRolesScoresAndTheTopBox() {
        assertThat(inspector.categories()).containsExactly(
                new InspectorViewModel.CategoryRow(0, "Som regel", true, 3.0, "3", true),
                new InspectorViewModel.CategoryRow(1, "Somme tider", true, 2.0, "2", true),
                new InspectorViewModel.CategoryRow(2, "Sjældent", true, 1.0, "1", false),
                new InspectorViewModel.CategoryRow(3, "Aldrig", true, 0.0, "0", false),
                new InspectorViewModel.CategoryRow(4, "Ved ikke", false, null, "", false));
    }

    @Test
    void theTablesGroupsCanBeChosen() {
        assertThat(inspector.groupChoices()).containsExactly(
                new InspectorViewModel.GroupChoice("municipality", "Kommunen tager initiativet"),
                new InspectorViewModel.GroupChoice("civil", "Civile aktører tager initiativet"));
        assertThat(inspector.groupOf("dialogue")).isEqualTo("municipality");
    }

    @Test
    void theLanguageIsTheStudysUntilOneIsChosen() {
        assertThat(inspector.languageProperty().get()).isNull();
        assertThat(inspector.language()).isEqualTo("da");
    }

    @Test
    void switchingToEnglishWritesNumbersAndLabelsInEnglish() {
        inspector.languageProperty().set("en");

        assertThat(item(ROW_1).values()).containsExactly("73.1", "83.6", "69.3", "+58.8", "12.7");
        assertThat(item(ROW_1).label()).isEqualTo("Municipality invites associations");
        assertThat(item(ROW_1).formulas().getFirst()).isEqualTo("Topboks = Usually + Sometimes = 26.7 + 46.4 = 73.10");
        assertThat(inspector.categories().getFirst().label()).isEqualTo("Usually");
        assertThat(inspector.gaps().getFirst().practiceValue()).isEqualTo("14.8%");
    }

    @Test
    void makingDontKnowAnAnswerOnTheScaleTakesItOutOfDontKnowAndCanBeUndone() {
        inspector.setRole(4, true);

        assertThat(measure(ROW_1, Measure.DONT_KNOW)).isZero();
        assertThat(inspector.categories().get(4).substantive()).isTrue();
        assertThat(inspector.categories().get(4).score()).as("below the lowest").isEqualTo(-1.0);
        assertThat(document.history().undoNameProperty().get()).isEqualTo("Skift rolle for »Ved ikke«");

        document.undo();

        assertThat(measure(ROW_1, Measure.DONT_KNOW)).isCloseTo(12.7, within(1e-9));
        assertThat(document.study()).isEqualTo(SAMPLE);
    }

    @Test
    void aCategoryTakenOffTheScaleLeavesItsBoxes() {
        inspector.setRole(0, false);

        assertThat(inspector.categories().getFirst().topBox()).isFalse();
        assertThat(measure(ROW_1, Measure.TOP_BOX)).isCloseTo(46.4, within(1e-9));
        assertThat(measure(ROW_1, Measure.DONT_KNOW)).isCloseTo(26.7 + 12.7, within(1e-9));
        assertThat(measure(ROW_1, Measure.TOP_BOX_VALID)).isBetween(0.0, 100.0);
    }

    @Test
    void aNewScoreChangesTheMeanScoreAndCanBeUndone() {
        inspector.setScore(0, 4);

        // (4·26.7 + 2·46.4 + 1·8.8) / (4 · 87.4) × 100
        assertThat(measure(ROW_1, Measure.MEAN_SCORE)).isCloseTo(208.4 / 349.6 * 100, within(1e-9));
        assertThat(item(ROW_1).values().get(Measure.MEAN_SCORE.ordinal())).isEqualTo("59,6");

        document.undo();

        assertThat(item(ROW_1).values().get(Measure.MEAN_SCORE.ordinal())).isEqualTo("69,3");
    }

    @Test
    void takingACategoryOutOfTheTopBoxChangesTheTopBox() {
        inspector.setInTopBox(1, false);

        assertThat(measure(ROW_1, Measure.TOP_BOX)).isCloseTo(26.7, within(1e-9));
        assertThat(inspector.categories()).extracting(InspectorViewModel.CategoryRow::topBox)
                .containsExactly(true, false, false, false, false);
        assertThat(item(ROW_1).formulas().getFirst()).isEqualTo("Topboks = Som regel = 26,7 = 26,70");

        document.undo();

        assertThat(measure(ROW_1, Measure.TOP_BOX)).isCloseTo(73.1, within(1e-9));
    }

    @Test
    void aCategoryPutInTheTopBoxLeavesTheBottomBox() {
        inspector.setInTopBox(2, true);

        assertThat(measure(ROW_1, Measure.TOP_BOX)).isCloseTo(26.7 + 46.4 + 8.8, within(1e-9));
        // the net subtracts only what is left in the bottom box, Aldrig
        assertThat(measure(ROW_1, Measure.NET)).isCloseTo(26.7 + 46.4 + 8.8 - 5.5, within(1e-9));
    }

    @Test
    void anItemMovedToAnotherGroupChangesTheGroupIndicesAndCanBeUndone() {
        inspector.setItemGroup("dialogue", "civil");

        assertThat(inspector.groupOf("dialogue")).isEqualTo("civil");
        assertThat(item("dialogue").group()).isEqualTo("Civile aktører tager initiativet");
        // municipality: (73.1 + 62.2 + 51.5) / 3; civil: (79.7 + 64.2 + 50.3) / 3
        assertThat(group("municipality").values().getFirst()).isEqualTo("62,3");
        assertThat(group("civil").values().getFirst()).isEqualTo("64,7");

        document.undo();

        assertThat(inspector.groupOf("dialogue")).isEqualTo("municipality");
        assertThat(group("municipality").values().getFirst()).isEqualTo("66,6");
    }

    @Test
    void anItemCanBeTakenOutOfEveryGroup() {
        inspector.setItemGroup("dialogue", null);

        assertThat(inspector.groupOf("dialogue")).isNull();
        assertThat(item("dialogue").group()).isEmpty();
    }

    @Test
    void anotherChartTypeChangesTheChartAndCanBeUndone() {
        inspector.setChartType(ChartType.STACKED_BARS);

        assertThat(inspector.chart()).map(c -> c.type()).contains(ChartType.STACKED_BARS);
        assertThat(inspector.chart()).map(c -> c.title().text())
                .contains("Kommunen tager oftest initiativet til samarbejdet");

        document.undo();

        assertThat(inspector.chart()).map(c -> c.type()).contains(ChartType.DIVERGING_BARS);
    }

    @Test
    void sortingTheChartChangesItsOrderAndCanBeUndone() {
        var chart = new ChartViewModel(document, dk.taktstok.chart.layout.ChartLayout.standard(),
                dk.taktstok.chart.theme.ThemeFiles.standard());
        List<String> before = rowOrder(chart);
        assertThat(before.getFirst()).isEqualTo(ROW_1);

        inspector.setSort(new SortOrder(Measure.TOP_BOX, true));

        assertThat(rowOrder(chart)).containsExactly("dialogue", "invites-associations", "local-civil-invites",
                "invites-volunteers", "enables-users", "national-civil-invites");

        document.undo();

        assertThat(rowOrder(chart)).isEqualTo(before);
    }

    static Stream<Arguments> settings() {
        return Stream.of(
                setting("role", i -> i.setRole(4, true)),
                setting("score", i -> i.setScore(0, 4)),
                setting("top box", i -> i.setInTopBox(1, false)),
                setting("group", i -> i.setItemGroup("dialogue", "civil")),
                setting("chart type", i -> i.setChartType(ChartType.STACKED_BARS)),
                setting("sort", i -> i.setSort(new SortOrder(Measure.NET, false))));
    }

    private static Arguments setting(String name, Consumer<InspectorViewModel> change) {
        return Arguments.of(name, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("settings")
    void eachSettingIsOneChangeThatUndoRestores(String name, Consumer<InspectorViewModel> change) {
        var before = List.copyOf(inspector.items());

        change.accept(inspector);

        assertThat(document.history().size()).isEqualTo(1);
        assertThat(document.isDirty()).isTrue();
        document.undo();
        assertThat(document.study()).isEqualTo(SAMPLE);
        assertThat(inspector.items()).isEqualTo(before);
        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void theChartTypeAndOrderFollowTheSelectedChart() {
        assertThat(inspector.chartTypeProperty().get()).isEqualTo(ChartType.DIVERGING_BARS);
        assertThat(inspector.sortProperty().get()).isNull();

        document.selectedChartProperty().set("initiative-stacked");

        assertThat(inspector.chartTypeProperty().get()).isEqualTo(ChartType.STACKED_BARS);
        assertThat(inspector.sortProperty().get()).isEqualTo(new SortOrder(Measure.TOP_BOX, true));
        assertThat(document.history().size()).as("showing a chart is no edit").isZero();
    }

    @Test
    void settingTheChartTypeIsOneEditAndUndoShowsTheTypeBeforeWithoutAnother() {
        inspector.chartTypeProperty().set(ChartType.STACKED_BARS);

        assertThat(document.chart().orElseThrow().type()).isEqualTo(ChartType.STACKED_BARS);
        assertThat(document.history().size()).isEqualTo(1);

        document.undo();

        assertThat(inspector.chartTypeProperty().get()).isEqualTo(ChartType.DIVERGING_BARS);
        assertThat(document.history().size()).isZero();
        assertThat(document.history().canRedoProperty().get()).as("the undo was not undone by an echo").isTrue();
    }

    @Test
    void settingTheOrderSortsTheChartOnce() {
        var byNet = new SortOrder(Measure.NET, true);

        inspector.sortProperty().set(byNet);

        assertThat(document.chart().orElseThrow().sort()).isEqualTo(byNet);
        assertThat(document.history().size()).isEqualTo(1);
        inspector.sortProperty().set(null);
        assertThat(document.chart().orElseThrow().sort()).isNull();
        assertThat(document.history().size()).isEqualTo(2);
    }

    @Test
    void settingWhatIsAlreadySetRecordsNothing() {
        inspector.setRole(0, true);
        inspector.setScore(0, 3);
        inspector.setItemGroup("dialogue", "municipality");
        inspector.setChartType(ChartType.DIVERGING_BARS);
        inspector.setSort(null);

        assertThat(document.history().size()).isZero();
    }

    private static List<String> rowOrder(ChartViewModel chart) {
        return chart.laidOut().scene().flatten().stream().map(n -> n.id())
                .flatMap(id -> SceneIds.itemOf(id).filter(item -> id.equals(SceneIds.row(item))).stream()).toList();
    }

    @Test
    void itemsWithFewerThan50AnswersAreMarkedWithTheirNumber() {
        var table = SAMPLE.tables().getFirst();
        var items = new java.util.ArrayList<dk.taktstok.model.Item>();
        for (var item : table.items()) {
            items.add(new dk.taktstok.model.Item(item.id(), item.label(), item.shortLabel(), item.tags(), item.shares(),
                    item.id().equals(ROW_1) ? 30 : 400, null));
        }
        document.load(SAMPLE.withTables(List.of(table.withItems(items))), null, List.of());

        assertThat(item(ROW_1).n()).isEqualTo("30");
        assertThat(item(ROW_1).lowN()).isTrue();
        assertThat(item("dialogue").lowN()).isFalse();
        assertThat(item("dialogue").formulas().getFirst()).contains("± ").contains("n = 400");
    }

    @Test
    void withoutANumberOfAnswersNothingIsMarked() {
        assertThat(item(ROW_1).n()).isEmpty();
        assertThat(item(ROW_1).lowN()).isFalse();
        assertThat(item(ROW_1).formulas().getFirst()).doesNotContain("±");
    }
}
