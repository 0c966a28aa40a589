package dk.taktstok.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.io.store.SampleStudy;
import dk.taktstok.model.Measure;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed report's two claims (../shared/seed/README.md), as a journalist would write them in a draft, in
 * Danish and in English: both supported, naming row 1's top box and the stated goal; "70" made "80" is
 * contradicted by 73.1.
 */
class SeedClaimsTest {

    private static final String DANISH = "Kommunerne holder fast i taktstokken. Mere end 70 procent af cheferne svarer,"
            + " at kommunen som regel eller somme tider inviterer foreninger til at løse konkrete opgaver i skolen"
            + " eller på plejehjemmet. Samtidig vil 75 procent af de kommunale chefer styrke de civile aktørers rolle.";
    private static final String ENGLISH = "The municipalities keep the baton. More than 70 percent of the chief"
            + " officers answer that the municipality 'usually' or 'sometimes' invites associations to solve"
            + " concrete tasks in a school or a nursing home. Yet 75 percent of the chief officers want to"
            + " strengthen the civil actors' role.";

    private final ClaimChecker checker = new ClaimChecker(SampleStudy.load());

    @Test
    void bothDanishClaimsAreSupportedByRowOnesTopBoxAndTheGoal() {
        List<Claim> claims = checker.check(DANISH, null, Places.NONE).claims();

        assertThat(claims).extracting(Claim::verdict).containsExactly(Verdict.SUPPORTED, Verdict.SUPPORTED);
        Figure topBox = claims.get(0).figure();
        assertThat(topBox.itemId()).isEqualTo("invites-associations");
        assertThat(topBox.measure()).isEqualTo(Measure.TOP_BOX);
        assertThat(topBox.categories()).containsExactly("Som regel", "Somme tider");
        assertThat(topBox.formula()).isEqualTo("Topboks = Som regel + Somme tider = 26,7 + 46,4 = 73,1");
        assertThat(topBox.cells()).extracting(Cell::value).containsExactly(26.7, 46.4);
        Figure goal = claims.get(1).figure();
        assertThat(goal.kind()).isEqualTo(Figure.Kind.BENCHMARK);
        assertThat(goal.benchmarkId()).isEqualTo("want-stronger-civil-actors");
        assertThat(goal.value()).isEqualTo(75.0);
    }

    @Test
    void bothEnglishClaimsAreSupportedByRowOnesTopBoxAndTheGoal() {
        List<Claim> claims = checker.check(ENGLISH, null, Places.NONE).claims();

        assertThat(claims).extracting(Claim::verdict).containsExactly(Verdict.SUPPORTED, Verdict.SUPPORTED);
        assertThat(claims.get(0).figure().formula()).isEqualTo("Top box = Usually + Sometimes = 26.7 + 46.4 = 73.1");
        assertThat(claims.get(0).reason()).contains("73.1").contains("above 70");
        assertThat(claims.get(1).figure().subject()).isEqualTo("Chief officers who want to strengthen civil actors' role");
    }

    @Test
    void eightyInsteadOfSeventyIsContradictedByRowOnesTopBoxInBothLanguages() {
        Claim danish = checker.check(DANISH.replace("70", "80"), null, Places.NONE).claims().getFirst();
        Claim english = checker.check(ENGLISH.replace("70", "80"), null, Places.NONE).claims().getFirst();

        assertThat(danish.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(danish.figure().value()).isEqualTo(73.1, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(danish.reason()).isEqualTo("Tallet er 73,1, men påstanden holder kun for tal over 80.");
        assertThat(english.verdict()).isEqualTo(Verdict.CONTRADICTED);
        assertThat(english.reason()).isEqualTo("The figure is 73.1, but the claim holds only for values above 80.");
    }

    @Test
    void aClaimsSpanPointsAtItsWordsInTheDraft() {
        Claim claim = checker.check(DANISH, null, Places.NONE).claims().getFirst();

        assertThat(DANISH.substring(claim.quantity().start(), claim.quantity().end())).isEqualTo("Mere end 70 procent");
        assertThat(DANISH.substring(claim.sentenceStart(), claim.sentenceEnd())).startsWith("Mere end 70").endsWith("plejehjemmet.");
    }

    @Test
    void theFiguresCellsCarryTheirPlacesInTheStudy() {
        Places places = (table, item, category) -> "T" + table + "!R" + item + "C" + category;

        Claim claim = checker.check(DANISH, null, places).claims().getFirst();

        assertThat(claim.figure().cells()).extracting(Cell::place).containsExactly("T0!R0C0", "T0!R0C1");
    }
}
