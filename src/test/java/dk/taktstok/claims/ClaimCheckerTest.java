package dk.taktstok.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.io.store.SampleStudy;
import dk.taktstok.model.Study;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Claim check held to a table of sentences, Danish and English, written from the sample study and from a
 * respondent-style panel ({@link PanelStudy}, whose items know their number of answers): every claim form
 * and every verdict, each with the figure it must name. A figure is written "kind table/item measure-or-
 * answers value"; a difference or ratio names its two sides; "-" is none.
 */
class ClaimCheckerTest {

    /** study | sentence | verdict | the first figure shown | how many figures match equally */
    private static final String TABLE = """
        sample | Mere end 70 procent af cheferne svarer, at kommunen som regel eller somme tider inviterer foreninger til opgaver. | supported | itemMeasure initiative/invites-associations topBox 73.10 | 1
        sample | More than 70 percent of the chief officers answer that the municipality usually or sometimes invites associations to solve tasks. | supported | itemMeasure initiative/invites-associations topBox 73.10 | 1
        sample | 75 procent af de kommunale chefer vil styrke de civile aktørers rolle. | supported | benchmark want-stronger-civil-actors 75.00 | 1
        sample | 75 percent of the chief officers want to strengthen the civil actors' role. | supported | benchmark want-stronger-civil-actors 75.00 | 1
        sample | Mere end 80 procent af cheferne svarer, at kommunen som regel eller somme tider inviterer foreninger til opgaver. | contradicted | itemMeasure initiative/invites-associations topBox 73.10 | 1
        sample | More than 80 percent of the chief officers answer that the municipality usually or sometimes invites associations to solve tasks. | contradicted | itemMeasure initiative/invites-associations topBox 73.10 | 1
        sample | 75 pct. af cheferne vil styrke civile aktørers rolle. | supported | benchmark want-stronger-civil-actors 75.00 | 1
        sample | 75 % af cheferne vil styrke de civile aktørers rolle i samfundet. | supported | benchmark want-stronger-civil-actors 75.00 | 1
        sample | 75,0 % af cheferne vil styrke de civile aktørers rolle. | supported | benchmark want-stronger-civil-actors 75.00 | 1
        sample | Femoghalvfjerds procent af cheferne vil styrke civile aktørers rolle. | supported | benchmark want-stronger-civil-actors 75.00 | 1
        sample | Seventy-five percent of the chief officers want to strengthen civil actors' role. | supported | benchmark want-stronger-civil-actors 75.00 | 1
        sample | 80 procent af cheferne vil styrke civile aktørers rolle. | contradicted | benchmark want-stronger-civil-actors 75.00 | 1
        sample | Kun 14,8 procent svarer, at lokale civile aktører som regel inviterer kommunen. | supported | categoryShare initiative/local-civil-invites Som regel 14.80 | 1
        sample | Only 14.8 percent say local civil actors usually invite the municipality. | supported | categoryShare initiative/local-civil-invites Som regel 14.80 | 1
        sample | Kun 15 procent svarer, at lokale civile aktører som regel inviterer kommunen. | supported | categoryShare initiative/local-civil-invites Som regel 14.80 | 1
        sample | Kun 12 procent svarer, at lokale civile aktører som regel inviterer kommunen. | contradicted | categoryShare initiative/local-civil-invites Som regel 14.80 | 1
        sample | Over 80 procent af kommunerne inviterer som regel eller somme tider foreninger. | dependsOnBase | itemMeasure initiative/invites-associations topBox 73.10 | 1
        sample | More than 80 percent of the municipalities usually or sometimes invite associations. | dependsOnBase | itemMeasure initiative/invites-associations topBox 73.10 | 1
        sample | Knap halvdelen af cheferne svarer, at kommunen somme tider inviterer foreninger. | supported | categoryShare initiative/invites-associations Somme tider 46.40 | 1
        sample | Nearly half of the chief officers say the municipality sometimes invites associations. | supported | categoryShare initiative/invites-associations Somme tider 46.40 | 1
        sample | Godt halvdelen af cheferne svarer, at kommunen som regel eller somme tider lader brugerne bidrage. | supported | itemMeasure initiative/enables-users topBox 51.50 | 1
        sample | Næsten 80 procent svarer, at kommunen som regel eller somme tider går i dialog med civile aktører. | supported | itemMeasure initiative/dialogue topBox 79.70 | 1
        sample | Omkring 80 procent svarer, at kommunen som regel eller somme tider går i dialog med civile aktører. | supported | itemMeasure initiative/dialogue topBox 79.70 | 1
        sample | About 60 percent say the municipality usually or sometimes invites individual volunteers. | supported | itemMeasure initiative/invites-volunteers topBox 62.20 | 1
        sample | Hver fjerde chef svarer, at kommunen som regel inviterer foreninger. | supported | categoryShare initiative/invites-associations Som regel 26.70 | 1
        sample | One in four chief officers say the municipality usually invites associations. | supported | categoryShare initiative/invites-associations Som regel 26.70 | 1
        sample | Hver fjerde kommune inviterer som regel foreninger. | dependsOnBase | categoryShare initiative/invites-associations Som regel 26.70 | 1
        sample | Hver tredje chef svarer, at kommunen som regel går i dialog med civile aktører. | supported | categoryShare initiative/dialogue Som regel 32.10 | 1
        sample | To ud af tre chefer svarer, at kommunen som regel eller somme tider inviterer enkeltstående frivillige. | contradicted | itemMeasure initiative/invites-volunteers topBox 62.20 | 1
        sample | Halvdelen svarer, at regionale og landsdækkende civile aktører som regel eller somme tider inviterer kommunen. | supported | itemMeasure initiative/national-civil-invites topBox 50.30 | 1
        sample | A third of the chief officers say the municipality usually invites associations. | contradicted | categoryShare initiative/invites-associations Som regel 26.70 | 1
        sample | Three quarters of the chief officers say the municipality usually or sometimes opens a dialogue. | contradicted | itemMeasure initiative/dialogue topBox 79.70 | 1
        sample | Et flertal af cheferne svarer, at regionale og landsdækkende aktører som regel eller somme tider inviterer kommunen. | supported | itemMeasure initiative/national-civil-invites topBox 50.30 | 1
        sample | De fleste chefer svarer, at kommunen som regel eller somme tider lader brugerne bidrage. | supported | itemMeasure initiative/enables-users topBox 51.50 | 1
        sample | Et mindretal svarer, at kommunen som regel går i dialog med civile aktører. | supported | categoryShare initiative/dialogue Som regel 32.10 | 1
        sample | A majority say the municipality usually invites associations. | contradicted | categoryShare initiative/invites-associations Som regel 26.70 | 1
        sample | Få chefer svarer, at regionale og landsdækkende aktører som regel inviterer kommunen. | supported | categoryShare initiative/national-civil-invites Som regel 4.20 | 1
        sample | Few chief officers say local civil actors usually invite the municipality. | supported | categoryShare initiative/local-civil-invites Som regel 14.80 | 1
        sample | Næsten alle chefer svarer, at kommunen som regel eller somme tider går i dialog med civile aktører. | contradicted | itemMeasure initiative/dialogue topBox 79.70 | 1
        sample | Der er 60 procentpoint mellem målet og praksis for de lokale civile aktører. | supported | gap goal-vs-local-civil-initiative 60.20 | 1
        sample | The gap between the goal and practice is 60 percentage points for local civil actors. | supported | gap goal-vs-local-civil-initiative 60.20 | 1
        sample | Kløften mellem målet og praksis er 43 procentpoint, når det gælder kommunens dialog med civile aktører. | supported | gap goal-vs-dialogue 42.90 | 1
        sample | Når kommunen tager initiativet, er gennemsnitsscoren 7,8 point højere end når civile aktører tager initiativet. | supported | difference municipality vs civil meanScore 7.77 | 1
        sample | When the municipality takes the initiative, the mean score is 7.8 points higher than when civil actors take the initiative. | supported | difference municipality vs civil meanScore 7.77 | 1
        sample | Når kommunen tager initiativet, svarer 9 procentpoint flere som regel eller somme tider end når civile aktører tager initiativet. | supported | difference municipality vs civil topBox 9.38 | 1
        sample | Kommunen går dobbelt så ofte i dialog som lokale civile aktører inviterer kommunen, når man ser på dem, der svarer som regel. | supported | ratio dialogue vs local-civil-invites Som regel 2.17 | 1
        sample | The municipality opens a dialogue twice as often as local civil actors invite it, counting those who answer usually. | supported | ratio dialogue vs local-civil-invites Som regel 2.17 | 1
        sample | Kommunen inviterer dobbelt så mange foreninger som enkeltstående frivillige, når man ser på svaret som regel. | contradicted | ratio invites-associations vs invites-volunteers Som regel 1.72 | 1
        sample | Kommunen inviterer oftere foreninger end enkeltstående frivillige. | supported | difference invites-associations vs invites-volunteers topBox 10.90 | 2
        sample | The municipality invites associations more often than individual volunteers. | supported | difference invites-associations vs invites-volunteers topBox 10.90 | 2
        sample | Lokale civile aktører inviterer oftere kommunen end kommunen går i dialog med civile aktører. | contradicted | difference local-civil-invites vs dialogue topBox -15.50 | 2
        sample | The municipality lets service users contribute less often than it invites associations. | supported | difference enables-users vs invites-associations topBox -21.60 | 2
        sample | Samarbejde på kommunens initiativ er hyppigere end samarbejde på civile aktørers initiativ. | supported | difference municipality vs civil topBox 9.38 | 2
        sample | Hele 23,6 procent svarer ved ikke til, om kommunen lader brugerne bidrage. | supported | itemMeasure initiative/enables-users dontKnow 23.60 | 1
        sample | Around 13 percent of the chief officers don't know whether individual volunteers are invited. | supported | itemMeasure initiative/invites-volunteers dontKnow 13.30 | 1
        sample | Over 80 procent af dem, der har svaret, siger, at kommunen som regel eller somme tider inviterer foreninger. | supported | itemMeasure initiative/invites-associations topBoxValid 83.64 | 1
        sample | Budgettet til kultur steg med 12 procent sidste år. | notFound | - | 0
        sample | Hele 40 procent af borgerne cykler til arbejde. | notFound | - | 0
        sample | Half of the newspapers' readers prefer print. | notFound | - | 0
        panel | Et flertal har tillid til kommunalbestyrelsen. | withinMargin | itemMeasure trust/council topBox 52.00 | 1
        panel | A majority trust the municipal council. | withinMargin | itemMeasure trust/council topBox 52.00 | 1
        panel | Et flertal har tillid til borgmesteren. | supported | itemMeasure trust/mayor topBox 65.00 | 1
        panel | A majority trust the mayor. | supported | itemMeasure trust/mayor topBox 65.00 | 1
        panel | Knap hver tredje bor i Hovedstaden. | supported | categoryShare residence/residence Hovedstaden 31.00 | 1
        panel | Et flertal bor i Hovedstaden. | contradicted | categoryShare residence/residence Hovedstaden 31.00 | 1
        panel | Topboksen for bopæl er 31 procent. | notFound | - | 0
        panel | Flere er tilfredse med biblioteket end med svømmehallen. | supported | difference library vs pool topBox 15.00 | 1
        panel | More citizens are satisfied with the swimming pool than with citizen service. | withinMargin | difference pool vs citizen-service topBox 10.00 | 1
        panel | Seven out of ten will vote in the next local election. | dependsOnBase | itemMeasure vote/will-vote topBox 71.00 | 1
        panel | Knap halvdelen har kontaktet kommunen det seneste år. | supported | itemMeasure vote/contacted topBox 48.00 | 1
        panel | Politikerne nyder 18,5 procentpoint mere tillid end forvaltning og presse. | supported | difference politicians vs others topBox 18.50 | 1
        panel | Der er 20 procentpoint fra kommunens mål til borgerservice. | supported | gap goal-vs-citizen-service 20.00 | 1
        panel | Hver femte har ikke tillid til forvaltningen. | contradicted | categorySum trust/administration Delvis uenig+Helt uenig 32.00 | 1
        panel | Few trust the local press. | contradicted | itemMeasure trust/press topBox 42.00 | 1
        panel | Two thirds trust the mayor. | supported | itemMeasure trust/mayor topBox 65.00 | 1
        panel | Et flertal svarer ja til, at de vil stemme ved næste kommunalvalg. | supported | itemMeasure vote/will-vote topBox 71.00 | 1
        panel | Flere har tillid til lokalpressen end til forvaltningen. | withinMargin | difference press vs administration topBox 4.00 | 2
        panel | The politicians enjoy 5 percentage points more trust than the administration and press. | contradicted | difference politicians vs others topBox 18.50 | 1
        panel | Et mindretal har tillid til forvaltningen. | supported | itemMeasure trust/administration topBox 38.00 | 1
        panel | A minority have contacted the municipality in the past year. | withinMargin | itemMeasure vote/contacted topBox 48.00 | 1
        panel | Biblioteket har dobbelt så mange meget tilfredse brugere som borgerservice. | supported | ratio library vs citizen-service Meget tilfreds 2.00 | 1
        panel | Borgerservice ligger 20 procentpoint under kommunens mål om tilfredshed. | supported | gap goal-vs-citizen-service 20.00 | 1
        sample | Mere end 70 procent svarer som regel eller somme tider. | contradicted | itemMeasure initiative/invites-volunteers topBox 62.20 | 6
        sample | Under 30 procent svarer ved ikke. | supported | itemMeasure initiative/invites-associations dontKnow 12.70 | 6
        panel | Et flertal har tillid. | contradicted | itemMeasure trust/administration topBox 38.00 | 4
        panel | Et flertal svarer ja. | withinMargin | itemMeasure vote/contacted topBox 48.00 | 2
        panel | A majority answer yes. | withinMargin | itemMeasure vote/contacted topBox 48.00 | 2
        """;

    private static ClaimChecker sample;
    private static ClaimChecker panel;

    @BeforeAll
    static void checkers() {
        sample = new ClaimChecker(SampleStudy.load());
        panel = new ClaimChecker(PanelStudy.study());
    }

    record Row(String study, String sentence, String verdict, String figure, int figures) {
        @Override
        public String toString() {
            return sentence + " → " + verdict;
        }
    }

    static Stream<Row> rows() {
        return TABLE.lines().filter(line -> !line.isBlank()).map(line -> {
            String[] cells = line.strip().split(" \\| ");
            return new Row(cells[0], cells[1], cells[2], cells[3], Integer.parseInt(cells[4]));
        });
    }

    static Stream<Arguments> sentences() {
        return rows().map(row -> Arguments.of(row));
    }

    private static Claim check(Row row) {
        ClaimChecker checker = row.study().equals("sample") ? sample : panel;
        List<Claim> claims = checker.check(row.sentence(), "da", Places.NONE).claims();
        assertThat(claims).as(row.sentence()).hasSize(1);
        return claims.getFirst();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void eachSentenceGetsItsVerdictAndNamesItsFigure(Row row) {
        Claim claim = check(row);

        assertThat(claim.verdict().key()).as("verdict: " + claim.reason()).isEqualTo(row.verdict());
        assertThat(describe(claim.figure())).as("figure").isEqualTo(row.figure());
        assertThat(claim.figures()).as("figures that match equally").hasSize(row.figures());
    }

    @Test
    void precisionOfSupportedAndContradictedIsComplete() {
        Map<Verdict, int[]> counts = new EnumMap<>(Verdict.class);
        rows().forEach(row -> {
            Verdict given = check(row).verdict();
            int[] c = counts.computeIfAbsent(given, v -> new int[2]);
            c[given.key().equals(row.verdict()) ? 0 : 1]++;
        });
        for (Verdict verdict : List.of(Verdict.SUPPORTED, Verdict.CONTRADICTED)) {
            int[] c = counts.getOrDefault(verdict, new int[2]);
            assertThat(c[0]).as(verdict + " given rightly").isPositive();
            assertThat(c[1]).as(verdict + " given wrongly").isZero();
        }
    }

    @Test
    void theTableCoversEveryFormAndEveryVerdictInBothLanguages() {
        Set<ClaimForm> forms = EnumSet.noneOf(ClaimForm.class);
        Set<Verdict> verdicts = EnumSet.noneOf(Verdict.class);
        rows().forEach(row -> {
            Claim claim = check(row);
            forms.add(claim.quantity().form());
            verdicts.add(claim.verdict());
        });
        long english = rows().filter(row -> Language.detect(Tokenizer.tokens(row.sentence())) == Language.EN).count();

        assertThat(forms).containsExactlyInAnyOrder(ClaimForm.values());
        assertThat(verdicts).containsExactlyInAnyOrder(Verdict.values());
        assertThat(rows().count()).isGreaterThanOrEqualTo(60);
        assertThat(english).isGreaterThanOrEqualTo(20);
    }

    /** "itemMeasure initiative/invites-associations topBox 73.10", "ratio dialogue vs local-civil-invites Som regel 2.17". */
    static String describe(Figure f) {
        if (f == null) {
            return "-";
        }
        String value = String.format(Locale.ROOT, "%.2f", f.value());
        String what = f.measure() != null ? f.measure().key() : String.join("+", f.categories());
        return switch (f.kind()) {
            case SHARE, SUM, MEASURE -> f.kind().key() + " " + f.tableId() + "/" + f.itemId() + " " + what + " " + value;
            case GROUP -> "groupIndex " + f.tableId() + "/" + f.groupId() + " " + what + " " + value;
            case BALANCE -> "balance " + f.tableId() + " " + what + " " + value;
            case BENCHMARK -> "benchmark " + f.benchmarkId() + " " + value;
            case GAP -> "gap " + f.gapId() + " " + value;
            case DIFFERENCE, RATIO -> f.kind().key() + " " + side(f.parts().get(0)) + " vs " + side(f.parts().get(1))
                    + " " + what + " " + value;
        };
    }

    private static String side(Figure f) {
        return f.itemId() != null ? f.itemId() : f.groupId();
    }
}
