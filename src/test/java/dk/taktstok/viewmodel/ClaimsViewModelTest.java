package dk.taktstok.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.claims.Verdict;
import dk.taktstok.io.store.SampleStudy;
import dk.taktstok.model.Study;
import dk.taktstok.testing.InLanguage;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ClaimsViewModelTest {

    @RegisterExtension
    static InLanguage words = InLanguage.danish();

    private static final Study SAMPLE = SampleStudy.load();
    private static final String DRAFT = "Mere end 70 procent af cheferne svarer, at kommunen som regel eller somme tider"
            + " inviterer foreninger til opgaver. Men der er 60 procentpoint mellem målet og praksis for de lokale"
            + " civile aktører.";

    private DocumentViewModel document;
    private ClaimsViewModel claims;

    @BeforeEach
    void openTheSample() {
        document = new DocumentViewModel(SAMPLE);
        claims = new ClaimsViewModel(document);
    }

    @Test
    void aPastedDraftIsCheckedAtOnceWithEachClaimsFigureFormulaAndReason() {
        claims.paste(DRAFT);

        assertThat(claims.claims()).extracting(ClaimsViewModel.ClaimRow::verdict)
                .containsExactly(Verdict.SUPPORTED, Verdict.SUPPORTED);
        ClaimsViewModel.ClaimRow first = claims.claims().getFirst();
        assertThat(first.words()).isEqualTo("Mere end 70 procent");
        assertThat(DRAFT.substring(first.start(), first.end())).isEqualTo(first.words());
        assertThat(first.verdictText()).isEqualTo("holder");
        assertThat(first.figure()).isEqualTo("Hvem tager initiativet til samarbejdet? · Kommunen inviterer foreninger"
                + " · Topboks (Som regel + Somme tider) = 73,1");
        assertThat(first.formula()).isEqualTo("Topboks = Som regel + Somme tider = 26,7 + 46,4 = 73,1");
        assertThat(first.reason()).isEqualTo("Tallet er 73,1, og påstanden holder for tal over 70.");
        assertThat(claims.summaryProperty().get()).isEqualTo("2 påstande: 2 holder");
        assertThat(claims.checkedTextProperty().get()).isEqualTo(DRAFT);
    }

    @Test
    void selectingAClaimSelectsItsTableChartAndCell() {
        claims.paste(DRAFT);
        document.selectedChartProperty().set("initiative-groups");

        claims.selectedProperty().set(claims.claims().getFirst());

        ClaimsViewModel.Target target = claims.claims().getFirst().target();
        assertThat(document.selectedTableProperty().get()).isEqualTo("initiative");
        assertThat(document.selectedChartProperty().get()).isEqualTo("initiative-diverging");
        assertThat(target.itemId()).isEqualTo("invites-associations");
        assertThat(target.category()).isZero();
        assertThat(target.chartNode()).isEqualTo("plot/row/invites-associations");
        assertThat(claims.rowOf(target)).isZero();
    }

    @Test
    void aGapsClaimSelectsTheChartOfGoalAgainstPracticeAndItsRow() {
        claims.paste(DRAFT);

        claims.selectedProperty().set(claims.claims().get(1));

        ClaimsViewModel.Target target = claims.claims().get(1).target();
        assertThat(document.selectedChartProperty().get()).isEqualTo("goal-vs-practice");
        assertThat(target.chartNode()).isEqualTo("plot/gap/goal-vs-local-civil-initiative");
        assertThat(claims.rowOf(target)).isEqualTo(4);
    }

    @Test
    void anEditOfTheStudyChecksTheDraftAgain() {
        claims.paste(DRAFT);

        document.apply("edit", study -> StudyEdits.share(study, "initiative", "invites-associations", 0, 20.0));

        assertThat(claims.claims().getFirst().verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(claims.claims().getFirst().formula()).endsWith("= 20,0 + 46,4 = 66,4");
    }

    @Test
    void theClaimAtAnOffsetIsTheOneWhoseWordsAreThere() {
        claims.paste(DRAFT);
        int gap = DRAFT.indexOf("60 procentpoint");

        assertThat(claims.claimAt(gap + 3)).map(ClaimsViewModel.ClaimRow::number).contains(2);
        assertThat(claims.claimAt(0)).map(ClaimsViewModel.ClaimRow::number).contains(1);
        assertThat(claims.claimAt(DRAFT.indexOf("kommunen"))).isEmpty();
    }

    @Test
    void anOpenedDraftIsReadAndChecked(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("udkast.md");
        Files.writeString(file, "# Udkast\n\n" + DRAFT);

        claims.open(file);

        assertThat(claims.draftProperty().get()).startsWith("# Udkast");
        assertThat(claims.claims()).hasSize(2);
        assertThat(claims.messageProperty().get()).isEmpty();
    }

    @Test
    void aFileThatIsNoDraftSaysWhyAndLeavesTheDraftAsItWas(@TempDir Path folder) throws Exception {
        claims.paste(DRAFT);
        Path picture = folder.resolve("udkast.png");
        Files.write(picture, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});

        claims.open(picture);

        assertThat(claims.messageProperty().get()).contains("PNG image");
        assertThat(claims.draftProperty().get()).isEqualTo(DRAFT);
    }

    @Test
    void aDraftWithoutClaimsSaysSo() {
        claims.paste("Kommunerne samarbejder med frivillige.");

        assertThat(claims.claims()).isEmpty();
        assertThat(claims.summaryProperty().get()).isEqualTo("Udkastet har ingen påstande med tal.");
    }
}
