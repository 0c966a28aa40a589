package dk.taktstok.scales;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.model.CategoryRole;
import dk.taktstok.model.Confidence;
import dk.taktstok.model.ScaleKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScaleRecogniserTest {

    private final ScaleRecogniser recogniser = ScaleRecogniser.standard();

    private Recognition recognise(String answers) {
        return recognise(answers, null);
    }

    private Recognition recognise(String answers, String question) {
        return recogniser.recognise(List.of(answers.split("\\s*;\\s*")), question, Map.of());
    }

    /** The answers in a shuffled order: the recognised order must not depend on the order met. */
    private Recognition recogniseShuffled(String answers, long seed) {
        var list = new ArrayList<>(Arrays.asList(answers.split("\\s*;\\s*")));
        Collections.shuffle(list, new Random(seed));
        return recogniser.recognise(list, null, Map.of());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        likelihood     | Very likely; Fairly likely; Somewhat likely; Neither likely nor unlikely; Somewhat unlikely; Fairly unlikely; Very unlikely
        likelihood     | Very likely; Somewhat likely; Somewhat unlikely; Very unlikely
        frequency      | Always; Usually; Sometimes; Rarely; Never
        frequency      | Every day; A few times per week; A few times per month; Once a month or less; Once a year or less; Never
        frequency      | Daily; Weekly; Monthly; Quarterly; Never
        frequency      | Daily; Weekly; Monthly; Less often than monthly
        frequency      | Very frequently; Frequently; Sometimes; Rarely; Never
        frequency      | Som regel; Somme tider; Sjældent; Aldrig
        frequency      | Altid; Ofte; Af og til; Sjældent; Aldrig
        frequency      | Immer; Oft; Manchmal; Selten; Nie
        frequency      | Alltid; Ofta; Ibland; Sällan; Aldrig
        frequency      | Alltid; Ofte; Av og til; Sjelden; Aldri
        importance     | Extremely important; Very important; Moderately important; Slightly important; Not at all important
        importance     | Very important to have; Somewhat important to have; Not important either way; Somewhat important not to have; Very important not to have
        importance     | Meget vigtigt; Vigtigt; Hverken vigtigt eller uvigtigt; Uvigtigt; Slet ikke vigtigt
        familiarity    | Very familiar; Somewhat familiar; Not very familiar; Not at all familiar
        agreement      | Strongly Agree; Agree; Neither agree or disagree; Disagree; Strongly disagree
        agreement      | Helt enig; Delvis enig; Hverken enig eller uenig; Delvis uenig; Helt uenig
        agreement      | Meget enig; Enig; Uenig; Meget uenig
        agreement      | Stimme voll und ganz zu; Stimme eher zu; Teils/teils; Stimme eher nicht zu; Stimme überhaupt nicht zu
        agreement      | Helt enig; Delvis enig; Verken enig eller uenig; Delvis uenig; Helt uenig
        satisfaction   | Very satisfied; Satisfied; Neither satisfied nor dissatisfied; Dissatisfied; Very dissatisfied
        satisfaction   | Meget tilfreds; Tilfreds; Utilfreds; Meget utilfreds
        satisfaction   | Sehr zufrieden; Zufrieden; Unzufrieden; Sehr unzufrieden
        satisfaction   | Mycket nöjd; Ganska nöjd; Ganska missnöjd; Mycket missnöjd
        favourability  | Very favorably; Somewhat favorably; Neither favorably nor unfavorably (neutral); Somewhat unfavorably; Very unfavorably
        comfort        | Extremely comfortable; Very comfortable; Somewhat comfortably; Not so comfortable; Not at all comfortable
        quality        | Excellent; Very good; Good; Fair; Poor
        quality        | Særdeles bra; Meget bra; Bra; Grei; Mindre bra; Dårlig
        ease           | Very easy; Easy; Difficult; Very difficult
        amount         | Too much; About right; Not enough
        amount         | For høy; Høy; Passe; Lav; For lav
        degree         | A lot; Some; Not much; Not at all
        degree         | I meget høj grad; I høj grad; I nogen grad; I mindre grad; Slet ikke
        approval       | Strongly approve; Somewhat approve; Somewhat disapprove; Strongly disapprove
        skill          | Expert; Advanced; Intermediate; Beginner
        """)
    void knownFamilyIsOrderedFromTheTopWhateverTheOrderMet(String family, String answersTopFirst) {
        List<String> expected = List.of(answersTopFirst.split("\\s*;\\s*"));
        for (long seed = 1; seed <= 5; seed++) {
            Recognition r = recogniseShuffled(answersTopFirst, seed);

            assertThat(r.kind()).isEqualTo(ScaleKind.ORDINAL);
            assertThat(r.family()).isEqualTo(family);
            assertThat(r.confidence()).isEqualTo(Confidence.HIGH);
            assertThat(r.substantive()).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void scoresAreEvenlySpacedFromTheTop() {
        Recognition r = recognise("Somewhat unlikely; Very likely; Very unlikely; Somewhat likely");

        assertThat(r.answers()).extracting(Recognition.Answer::score).containsExactly(3.0, 2.0, 1.0, 0.0);
    }

    @ParameterizedTest(name = "{0} is the same answer as {1}")
    @CsvSource(delimiter = '|', textBlock = """
        VERY LIKELY        | very likely
        Very likely.       | Very likely
        Don’t know         | Don't know
        \uFEFFStrongly disagree | Strongly disagree
        """)
    void caseAndPunctuationDoNotChangeAnAnswer(String written, String plain) {
        assertThat(AnswerWords.key(written)).isEqualTo(AnswerWords.key(plain));
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', textBlock = """
        NA                                   | MISSING
        -                                    | MISSING
        Not asked                            | MISSING
        N/A                                  | NON_ANSWER
        No answer                            | NON_ANSWER
        No Answer                            | NON_ANSWER
        Prefer not to say                    | NON_ANSWER
        Prefer not to answer                 | NON_ANSWER
        Ønsker ikke at svare                 | NON_ANSWER
        Not applicable to my religious beliefs | NON_ANSWER
        Unfamiliar (N/A)                     | NON_ANSWER
        I don’t use Twitter / NA             | NON_ANSWER
        Don't know                           | DONT_KNOW
        I don't know                         | DONT_KNOW
        I don't know/prefer not to answer    | DONT_KNOW
        I don’t know / NA                    | DONT_KNOW
        Unsure                               | DONT_KNOW
        I am unsure                          | DONT_KNOW
        Not sure                             | DONT_KNOW
        Can't say                            | DONT_KNOW
        I can't remember                     | DONT_KNOW
        Ved ikke                             | DONT_KNOW
        Weiß nicht                           | DONT_KNOW
        Vet ikke                             | DONT_KNOW
        Don't know or not sure               | DONT_KNOW
        Very likely                          | ANSWER
        Nay                                  | ANSWER
        None                                 | ANSWER
        """)
    void answerIsClassedBeforeAnyScaleIsKnown(String answer, AnswerClass expected) {
        assertThat(recogniser.classify(answer)).isEqualTo(expected);
    }

    @Test
    void strayNaKeepsAKnownScaleRecognisedAndIsNoCategory() {
        Recognition r = recognise("Always; NA; Usually; Never; Sometimes; Rarely");

        assertThat(r.family()).isEqualTo("frequency");
        assertThat(r.missing()).containsExactly("NA");
        assertThat(r.labels()).doesNotContain("NA");
    }

    @Test
    void answerInAnotherLanguageIsSetAsideAndReportedWithoutBreakingTheScale() {
        Recognition r = recognise("Strongly agree; Agree; Disagree; Strongly disagree; Plutôt d'accord");

        assertThat(r.family()).isEqualTo("agreement");
        assertThat(r.substantive()).containsExactly("Strongly agree", "Agree", "Disagree", "Strongly disagree");
        assertThat(r.setAside()).containsExactly("Plutôt d'accord");
        assertThat(r.answers()).filteredOn(a -> a.label().equals("Plutôt d'accord"))
                .extracting(Recognition.Answer::role).containsExactly(CategoryRole.MISSING);
        assertThat(r.why()).contains("Plutôt d'accord");
    }

    @Test
    void twoStraysAreTooManyToCallItAScale() {
        Recognition r = recognise("Strongly agree; Agree; Disagree; Sometimes yes; Depends");

        assertThat(r.kind()).isEqualTo(ScaleKind.NOMINAL);
    }

    @Test
    void dontKnowAndNonAnswersComeAfterTheScaleWithTheirRoles() {
        Recognition r = recognise("Don't know; Very unlikely; Prefer not to say; Very likely");

        assertThat(r.labels()).containsExactly("Very likely", "Very unlikely", "Don't know", "Prefer not to say");
        assertThat(r.answers()).extracting(Recognition.Answer::role).containsExactly(CategoryRole.SUBSTANTIVE,
                CategoryRole.SUBSTANTIVE, CategoryRole.DONT_KNOW, CategoryRole.MISSING);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Yes; No                 | Yes
        No; Yes; NA             | Yes
        Ja; Nej                 | Ja
        nei; ja                 | ja
        Nein; Ja                | Ja
        """)
    void yesNoIsBinaryWithYesOnTop(String answers, String top) {
        Recognition r = recognise(answers);

        assertThat(r.kind()).isEqualTo(ScaleKind.BINARY);
        assertThat(r.substantive().getFirst()).isEqualTo(top);
    }

    @Test
    void zeroOneIsBinaryNotARating() {
        Recognition r = recognise("0; 1");

        assertThat(r.kind()).isEqualTo(ScaleKind.BINARY);
        assertThat(r.substantive()).containsExactly("1", "0");
    }

    @Test
    void yesOnlyGetsItsNoAddedSoTheShareOfYesIsOfBoth() {
        Recognition r = recognise("Yes");

        assertThat(r.substantive()).containsExactly("Yes", "No");
        assertThat(r.added()).containsExactly("No");
    }

    @Test
    void maybeMakesYesNoAThreePointScale() {
        Recognition r = recognise("No; Maybe; Yes");

        assertThat(r.kind()).isEqualTo(ScaleKind.ORDINAL);
        assertThat(r.substantive()).containsExactly("Yes", "Maybe", "No");
    }

    @Test
    void ratingWithLabelledEndsIsOrderedByItsNumbersWithHighConfidence() {
        Recognition r = recognise("\uFEFF0 - Not at all satisfied; 3; 7; 10 - Completely satisfied; 5");

        assertThat(r.family()).isEqualTo("rating 0–10");
        assertThat(r.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(r.substantive().getFirst()).isEqualTo("10 - Completely satisfied");
        assertThat(r.answers().getFirst().score()).isEqualTo(10.0);
    }

    @Test
    void ratingWhoseLabelledOneIsTheTopRunsTheOtherWay() {
        Recognition r = recognise("1 - Very satisfied; 2; 3; 4; 5 - Very dissatisfied");

        assertThat(r.substantive()).containsExactly("1 - Very satisfied", "2", "3", "4", "5 - Very dissatisfied");
        assertThat(r.answers().getFirst().score()).isEqualTo(5.0);
    }

    @Test
    void bareNumbersSayTheirDirectionIsAGuess() {
        Recognition r = recognise("3; 1; 5; 2; 4");

        assertThat(r.kind()).isEqualTo(ScaleKind.ORDINAL);
        assertThat(r.confidence()).isEqualTo(Confidence.LOW);
        assertThat(r.why()).contains("check it");
    }

    @Test
    void rangeStatedInTheQuestionAddsThePointsNobodyChose() {
        Recognition r = recognise("5; 4; 3; 2", "Please rate how much you enjoy using R on a scale of 1 to 5");

        assertThat(r.substantive()).containsExactly("5", "4", "3", "2", "1");
        assertThat(r.added()).containsExactly("1");
    }

    @Test
    void endLabelsInTheQuestionTellTheDirection() {
        Recognition r = recognise("1; 2; 3; 4; 5", "How was the food? (1 = very poor, 5 = excellent)");

        assertThat(r.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(r.substantive().getFirst()).isEqualTo("5");
    }

    @Test
    void ranksAreNominalWithTheFirstFirst() {
        Recognition r = recognise("3; 1; 2; 6; 5; 4",
                "Please rank the films in order of preference with 1 being your favorite film");

        assertThat(r.kind()).isEqualTo(ScaleKind.NOMINAL);
        assertThat(r.family()).isEqualTo("ranks");
        assertThat(r.substantive()).containsExactly("1", "2", "3", "4", "5", "6");
    }

    @Test
    void negativeCodesAmongPositiveOnesAreSkipCodes() {
        Recognition r = recognise("1; 2; -1; 3; 4");

        assertThat(r.missing()).containsExactly("-1");
        assertThat(r.substantive()).doesNotContain("-1");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        18 - 29; > 60; 30 - 44; 45 - 60                                                      | 18 - 29; 30 - 44; 45 - 60; > 60
        More than 110.000 EUR; Less than 27.499 EUR; Between 27.500 and 32.999 EUR           | Less than 27.499 EUR; Between 27.500 and 32.999 EUR; More than 110.000 EUR
        $50,000 to $74,999; $150,000+; $0 to $9,999                                          | $0 to $9,999; $50,000 to $74,999; $150,000+
        More than 5 years; 1-2 years; Less than 6 months                                     | Less than 6 months; 1-2 years; More than 5 years
        """)
    void rangesAreNominalShownFromTheLowest(String answers, String lowestFirst) {
        Recognition r = recognise(answers);

        assertThat(r.kind()).isEqualTo(ScaleKind.NOMINAL);
        assertThat(r.substantive()).containsExactly(lowestFirst.split("\\s*;\\s*"));
    }

    @Test
    void answersOfNoScaleAreNominalMostGivenFirstAndSaySo() {
        Recognition r = recogniser.recognise(List.of("North", "South", "East"), null,
                Map.of("North", 10, "South", 30, "East", 20));

        assertThat(r.kind()).isEqualTo(ScaleKind.NOMINAL);
        assertThat(r.substantive()).containsExactly("South", "East", "North");
        assertThat(r.why()).contains("no top box, mean score or net");
    }

    @Test
    void wordsOfTwoFamiliesAreNoScale() {
        Recognition r = recognise("Very likely; Very satisfied; Very important");

        assertThat(r.kind()).isEqualTo(ScaleKind.NOMINAL);
    }

    @Test
    void answersWithTheSamePlaceLowerTheConfidenceAndSayWhich() {
        Recognition r = recognise("It is very relevant throughout the year; It is very relevant only when related to"
                + " the annual meeting; It is somewhat relevant; It is not relevant to me");

        assertThat(r.confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(r.why()).contains("same place");
    }

    @Test
    void scaleCarriesKindAndReading() {
        var scale = recognise("Agree; Disagree").toScale("s1");

        assertThat(scale.kind()).isEqualTo(ScaleKind.ORDINAL);
        assertThat(scale.reading().family()).isEqualTo("agreement");
        assertThat(scale.reading().confidence()).isEqualTo(Confidence.HIGH);
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource({"Average", "Mean", "Total", "I alt", "Gennemsnit", "COUNTIF", "n", "Sum:"})
    void summaryRowsAreKnownByTheirFirstCell(String first) {
        assertThat(recogniser.isSummaryRow(first)).isTrue();
    }

    @Test
    void respondentIdIsNoSummaryRow() {
        assertThat(recogniser.isSummaryRow("3887201482")).isFalse();
    }
}
