package dk.taktstok.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuantityFinderTest {

    private static List<Quantity> claims(String sentence) {
        return Sentences.of(sentence).stream()
                .flatMap(s -> QuantityFinder.find(sentence, s).stream())
                .map(Found::quantity).toList();
    }

    private static Quantity only(String sentence) {
        List<Quantity> found = claims(sentence);
        assertThat(found).as(sentence).hasSize(1);
        return found.getFirst();
    }

    @ParameterizedTest(name = "''{0}'' reads as ''{1}'', {2} {3}, true from {4} to {5}")
    @CsvSource(delimiter = '|', value = {
        "75 procent af cheferne vil det | 75 procent | percent | exact | 74.5 | 75.5",
        "75 pct. vil styrke dem | 75 pct. | percent | exact | 74.5 | 75.5",
        "Det siger 75 % af dem | 75 % | percent | exact | 74.5 | 75.5",
        "Det siger 75% af dem | 75% | percent | exact | 74.5 | 75.5",
        "Det siger 75,0 % af dem | 75,0 % | percent | exact | 74.95 | 75.05",
        "Seventy-five percent say so | Seventy-five percent | percent | exact | 74.5 | 75.5",
        "Some say seventy five per cent | seventy five per cent | percent | exact | 74.5 | 75.5",
        "Femoghalvfjerds procent siger ja | Femoghalvfjerds procent | percent | exact | 74.5 | 75.5",
        "Mellem 70 og 75 procent svarer ja | Mellem 70 og 75 procent | percent | between | 69.5 | 75.5",
        "70-75 procent svarer ja | 70-75 procent | percent | between | 69.5 | 75.5"})
    void percentagesReadInEveryWrittenForm(String sentence, String text, String form, String bound, double low,
                                           double high) {
        Quantity q = only(sentence);

        assertThat(q.text()).isEqualTo(text);
        assertThat(q.form().key()).isEqualTo(form);
        assertThat(q.bound().key()).isEqualTo(bound);
        assertThat(q.holds().low()).isCloseTo(low, within(1e-9));
        assertThat(q.holds().high()).isCloseTo(high, within(1e-9));
    }

    @ParameterizedTest(name = "''{0}'' is {1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "Mere end 70 procent svarer | moreThan | 70 excluded and up",
        "Over 70 procent svarer | moreThan | 70 excluded and up",
        "More than 70 percent say | moreThan | 70 excluded and up",
        "Mindst 70 procent svarer | atLeast | 70 included and up",
        "Under 70 procent svarer | lessThan | up to 70 excluded",
        "Less than 70 percent say | lessThan | up to 70 excluded",
        "Højst 70 procent svarer | atMost | up to 70 included",
        "Knap 50 procent svarer | justUnder | 46 to 50",
        "Nearly 50 percent say | justUnder | 46 to 50",
        "Næsten 50 procent svarer | justUnder | 46 to 50",
        "Godt 50 procent svarer | justOver | 50 to 54",
        "Omkring 50 procent svarer | about | 46 to 54",
        "About 50 percent say | about | 46 to 54",
        "Ca. 50 procent svarer | about | 46 to 54",
        "Cirka 10 procent svarer | about | 9 to 11",
        "Lidt over 20 procent svarer | justOver | 20 to 21.6"})
    void boundsAndApproximationsSayWhereTheFigureMayLie(String sentence, String bound, String where) {
        Quantity q = only(sentence);

        assertThat(q.bound().key()).isEqualTo(bound);
        Interval holds = q.holds();
        switch (where) {
            case "70 excluded and up" -> assertThat(holds).isEqualTo(Interval.above(70, false));
            case "70 included and up" -> assertThat(holds).isEqualTo(Interval.above(70, true));
            case "up to 70 excluded" -> assertThat(holds).isEqualTo(Interval.below(70, false));
            case "up to 70 included" -> assertThat(holds).isEqualTo(Interval.below(70, true));
            default -> {
                String[] ends = where.split(" to ");
                assertThat(holds.low()).isCloseTo(Double.parseDouble(ends[0]), within(1e-9));
                assertThat(holds.high()).isCloseTo(Double.parseDouble(ends[1]), within(1e-9));
            }
        }
    }

    @ParameterizedTest(name = "''{0}'' is the part {1} %")
    @CsvSource(delimiter = '|', value = {
        "Halvdelen af cheferne svarer | 50",
        "Hver fjerde chef svarer | 25",
        "Hver tredje svarer ja | 33.333333",
        "Hver anden svarer ja | 50",
        "To ud af tre svarer ja | 66.666667",
        "2 ud af 3 svarer ja | 66.666667",
        "Tre af fire svarer ja | 75",
        "En tredjedel svarer ja | 33.333333",
        "To tredjedele svarer ja | 66.666667",
        "Trefjerdedele svarer ja | 75",
        "Half of them say yes | 50",
        "A third say yes | 33.333333",
        "Two thirds say yes | 66.666667",
        "Two-thirds say yes | 66.666667",
        "A quarter say yes | 25",
        "Three quarters say yes | 75",
        "One in four say yes | 25",
        "Nine out of ten say yes | 90"})
    void partsInWordsAreShares(String sentence, double percent) {
        Quantity q = only(sentence);

        assertThat(q.form()).isEqualTo(ClaimForm.FRACTION);
        assertThat(q.value()).isCloseTo(percent, within(1e-5));
        assertThat(q.holds().low()).isCloseTo(percent - 2, within(1e-5));
    }

    @ParameterizedTest(name = "''{0}'' is {1}, true from {2} to {3}")
    @CsvSource(delimiter = '|', value = {
        "Knap halvdelen svarer ja | justUnder | 46 | 50",
        "Godt halvdelen svarer ja | justOver | 50 | 54",
        "Mere end halvdelen svarer ja | moreThan | 50 | Infinity",
        "Nearly half say yes | justUnder | 46 | 50",
        "More than a third say yes | moreThan | 33.333333 | Infinity"})
    void partsTakeBoundsToo(String sentence, String bound, double low, double high) {
        Quantity q = only(sentence);

        assertThat(q.bound().key()).isEqualTo(bound);
        assertThat(q.holds().low()).isCloseTo(low, within(1e-5));
        assertThat(q.holds().high()).isEqualTo(high, within(1e-5));
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
        "Et flertal af cheferne siger ja | majority",
        "De fleste siger ja | majority",
        "Langt de fleste siger ja | majority",
        "A majority say yes | majority",
        "Most of them say yes | majority",
        "Most chief officers say yes | majority",
        "Et mindretal siger ja | minority",
        "A minority say yes | minority",
        "Kun få siger ja | few",
        "Få kommuner siger ja | few",
        "Meget få siger ja | few",
        "Few say yes | few",
        "Very few say yes | few",
        "Næsten alle siger ja | almostAll",
        "Almost all say yes | almostAll"})
    void majoritiesAndMinoritiesAreClaimsOfTheirOwn(String sentence, String form) {
        assertThat(only(sentence).form().key()).isEqualTo(form);
    }

    @ParameterizedTest(name = "''{0}'': {1} {2}")
    @CsvSource(delimiter = '|', value = {
        "Der er 60 procentpoint mellem målet og praksis | 60 | none",
        "Der er 60 pct.-point mellem målet og praksis | 60 | none",
        "The gap is 60 percentage points | 60 | none",
        "Kommunen tager 9 procentpoint oftere initiativet end de civile | 9 | greater",
        "It is 9 points lower than that of the others | 9 | less"})
    void differencesInPointsKeepTheirDirection(String sentence, double points, String direction) {
        Quantity q = only(sentence);

        assertThat(q.form()).isEqualTo(ClaimForm.POINTS);
        assertThat(q.value()).isEqualTo(points);
        assertThat(q.direction().name().toLowerCase()).isEqualTo(direction);
    }

    @ParameterizedTest(name = "''{0}'' is the ratio {1}")
    @CsvSource(delimiter = '|', value = {
        "Kommunen inviterer dobbelt så mange foreninger som frivillige | 2",
        "Twice as many invite associations as volunteers | 2",
        "Tre gange så mange inviterer foreninger som frivillige | 3",
        "Halvt så mange inviterer frivillige som foreninger | 0.5"})
    void ratiosNeedASecondFigure(String sentence, double factor) {
        Quantity q = only(sentence);

        assertThat(q.form()).isEqualTo(ClaimForm.RATIO);
        assertThat(q.value()).isEqualTo(factor);
    }

    @ParameterizedTest(name = "''{0}'' compares: {1}")
    @CsvSource(delimiter = '|', value = {
        "Kommunen inviterer oftere foreninger end frivillige | greater",
        "Flere inviterer foreninger end frivillige | greater",
        "Kommunen inviterer sjældnere frivillige end foreninger | less",
        "The municipality invites associations more often than volunteers | greater",
        "Fewer invite volunteers than associations | less"})
    void comparisonsWithoutANumberAreClaimsToo(String sentence, String direction) {
        Quantity q = only(sentence);

        assertThat(q.form()).isEqualTo(ClaimForm.COMPARISON);
        assertThat(q.direction().name().toLowerCase()).isEqualTo(direction);
    }

    @ParameterizedTest(name = "''{0}'' has no claim")
    @ValueSource(strings = {
        "Undersøgelsen blev lavet i 2017",
        "98 kommuner svarede på spørgeskemaet",
        "At one point the municipality stopped",
        "A few municipalities said so",
        "Kommunen vil få flere frivillige",
        "Det sker hver fjerde uge",
        "Budgettet steg 150 procent",
        "Mere end 70 kommuner svarede",
        "Som regel går det godt",
        "Det var en halv time"})
    void numbersWithoutAUnitAndWordsThatOnlyLookLikeClaimsAreNone(String sentence) {
        assertThat(claims(sentence)).isEmpty();
    }
}
