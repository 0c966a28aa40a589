package dk.taktstok.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.chart.layout.ChartLayout;
import dk.taktstok.chart.scene.SceneText;
import dk.taktstok.chart.theme.ThemeFiles;
import dk.taktstok.io.store.SampleStudy;
import dk.taktstok.model.Practice;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import dk.taktstok.model.Text;
import dk.taktstok.testing.InLanguage;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DescribeViewModelTest {

    @RegisterExtension
    static InLanguage words = InLanguage.english();

    private static final Study SAMPLE = SampleStudy.load();

    private DocumentViewModel document;
    private DescribeViewModel describe;
    private ChartViewModel chart;

    @BeforeEach
    void openTheSample() {
        document = new DocumentViewModel(SAMPLE);
        describe = new DescribeViewModel(document);
        chart = new ChartViewModel(document, ChartLayout.standard(), ThemeFiles.standard());
    }

    private List<String> chartTexts() {
        return chart.laidOut().scene().texts().stream().map(SceneText::text).toList();
    }

    @Test
    void showsTheSelectedChartsWordsInTheStudysLanguage() {
        assertThat(describe.headlineProperty().get()).isEqualTo("Kommunen tager oftest initiativet til samarbejdet");
        assertThat(describe.sourceProperty().get()).startsWith("SDU og KORA");
        assertThat(describe.items()).hasSize(SAMPLE.tables().getFirst().items().size());
        assertThat(describe.items().getFirst().shortLabel()).isEqualTo("Kommunen inviterer foreninger");
        assertThat(describe.items().getFirst().label()).startsWith("Kommunen (fx skole");
        assertThat(describe.categories()).extracting(DescribeViewModel.CategoryLabel::label)
                .startsWith("Som regel", "Somme tider");
        assertThat(describe.headlineProblemProperty().get()).isEmpty();
    }

    @Test
    void editedHeadlineSubtitleSourceAndShortLabelShowInTheChartAndUndoOneByOne() {
        describe.setHeadline("Kommunerne styrer samarbejdet");
        describe.setSubtitle("Andel af cheferne");
        describe.setSource("KL, 2016");
        describe.setShortLabel("invites-associations", "Inviterer foreninger");

        assertThat(chartTexts()).contains("Kommunerne styrer samarbejdet", "Andel af cheferne", "Inviterer foreninger")
                .anyMatch(text -> text.contains("KL, 2016"));
        assertThat(document.history().size()).isEqualTo(4);
        // only the Danish entry changed: the English headline is still there for an English chart
        assertThat(document.chart().orElseThrow().title().in("en")).isEqualTo("The municipality usually takes the initiative");

        document.undo();
        assertThat(chartTexts()).doesNotContain("Inviterer foreninger").contains("Kommunen inviterer foreninger");
        document.undo();
        document.undo();
        document.undo();
        assertThat(document.study()).isEqualTo(SAMPLE);
        assertThat(describe.headlineProperty().get()).isEqualTo("Kommunen tager oftest initiativet til samarbejdet");
    }

    @Test
    void writingWhatIsAlreadyThereIsNoChange() {
        describe.setHeadline(" Kommunen tager oftest initiativet til samarbejdet ");
        describe.setSubtitle(describe.subtitleProperty().get());

        assertThat(document.history().size()).isZero();
        assertThat(document.isDirty()).isFalse();
    }

    @Test
    void anEmptiedShortLabelGivesTheChartTheFullWordingBack() {
        describe.setShortLabel("invites-associations", "");

        assertThat(document.study().tables().getFirst().item("invites-associations").orElseThrow().shortLabel())
                .isNull();
        assertThat(describe.items().getFirst().shortLabel()).isEmpty();
    }

    @Test
    void editsInEnglishChangeOnlyTheEnglishWording() {
        describe.languageProperty().set("en");
        describe.setHeadline("Municipalities lead");

        Text title = document.chart().orElseThrow().title();
        assertThat(title.in("en")).isEqualTo("Municipalities lead");
        assertThat(title.text()).isEqualTo("Kommunen tager oftest initiativet til samarbejdet");
    }

    @Test
    void renamingACategoryRenamesItInTheTopBoxAndTheGaps() {
        assertThat(describe.setCategoryLabel(0, "Oftest")).isEmpty();

        Study study = document.study();
        assertThat(study.scales().getFirst().category(0).name()).isEqualTo("Oftest");
        assertThat(study.scales().getFirst().topBox()).containsExactly("Oftest", "Somme tider");
        assertThat(study.gaps()).allSatisfy(gap ->
                assertThat(((Practice.CategoryShare) gap.practice()).category()).isEqualTo("Oftest"));
        assertThat(document.measures()).isNotNull();
    }

    @Test
    void aCategoryCannotTakeAnothersNameOrNone() {
        assertThat(describe.setCategoryLabel(0, "Aldrig")).contains("Another category is already called 'Aldrig'.");
        assertThat(describe.setCategoryLabel(0, " ")).contains("A category needs a label.");
        assertThat(document.history().size()).isZero();
    }

    @Test
    void aHeadlineASpreadsheetGaveIsFlaggedAndAWrittenOneIsNot() {
        assertThat(Headlines.problem("Sheet1", "t1")).isPresent();
        assertThat(Headlines.problem("Data", "t1")).isPresent();
        assertThat(Headlines.problem("Indsat tabel", "t1")).isPresent();
        assertThat(Headlines.problem("h4_danish", "t1")).isPresent();
        assertThat(Headlines.problem("survey.xlsx", "t1")).isPresent();
        assertThat(Headlines.problem("Q12", "t1")).isPresent();
        assertThat(Headlines.problem("  ", "t1")).contains("The chart has no headline. Write one that states the finding.");
        assertThat(Headlines.problem("Kommunen tager oftest initiativet", "t1")).isEmpty();
        assertThat(Headlines.problem("Tillid til politiet 2024", "t1")).isEmpty();
    }

    @Test
    void aTableCalledDataGivesAFlaggedHeadlineUntilOneIsWritten() {
        SurveyTable table = SAMPLE.tables().getFirst();
        Study untitled = SAMPLE.withCharts(List.of()).withTables(List.of(new SurveyTable(table.id(), Text.of("Data"),
                table.question(), table.scaleId(), table.items(), table.groupTag(), table.groups(), table.source())));
        document.load(untitled, null, List.of());

        assertThat(describe.headlineProperty().get()).isEqualTo("Data");
        assertThat(describe.headlineProblemProperty().get()).contains("'Data'");

        describe.setHeadline("Kommunerne tager initiativet");
        assertThat(describe.headlineProblemProperty().get()).isEmpty();
    }
}
