package dk.taktstok.io.table;

import dk.taktstok.testing.Seed;
import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.model.Category;
import dk.taktstok.model.CategoryRole;
import dk.taktstok.model.Confidence;
import dk.taktstok.model.Scale;
import dk.taktstok.model.ScaleKind;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScaleGuesserTest {

    @Test
    void seedHeaderGivesSomRegel3DownToAldrig0AndVedIkkeAsDontKnow() {
        Scale scale = ScaleGuesser.guess("initiativ", Seed.CATEGORIES);

        assertThat(scale.id()).isEqualTo("initiativ");
        assertThat(scale.categories()).extracting(Category::name).containsExactlyElementsOf(Seed.CATEGORIES);
        assertThat(scale.categories()).extracting(Category::score).containsExactly(3.0, 2.0, 1.0, 0.0, null);
        assertThat(scale.category(4).role()).isEqualTo(CategoryRole.DONT_KNOW);
        assertThat(scale.topBox()).isEmpty();
        assertThat(scale.bottomBox()).isEmpty();
    }

    /** Labels separated by '/', and the scores expected ('-' for don't know). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Aldrig/Sjældent/Somme tider/Altid                      | 0,1,2,3",
            "Helt uenig/Uenig/Enig/Helt enig/Ved ikke               | 0,1,2,3,-",
            "Strongly agree/Agree/Disagree/Strongly disagree        | 3,2,1,0",
            "Strongly disagree/Disagree/Agree/Strongly agree/Don't know | 0,1,2,3,-",
            "Ved ikke/Slet ikke/I mindre grad/I nogen grad/I høj grad | -,0,1,2,3",
            "I høj grad/I nogen grad/I mindre grad/Slet ikke         | 3,2,1,0",
            "Meget utilfreds/Utilfreds/Tilfreds/Meget tilfreds      | 0,1,2,3",
            "Never/Sometimes/Often/Always/Prefer not to say         | 0,1,2,3,-",
            "Ja/Nej/Uoplyst                                         | 1,0,-",
            "1 = Helt uenig/2/3/4/5 = Helt enig                      | 1,2,3,4,5",
            "Yes/No/Not sure                                        | 1,0,-"})
    void scoresRunFromTheHighEnd(String labels, String scores) {
        List<String> names = Arrays.asList(labels.strip().split("/"));
        Scale scale = ScaleGuesser.guess("s", names);

        List<String> got = scale.categories().stream()
                .map(c -> c.isSubstantive() ? String.valueOf(c.score().intValue()) : "-").toList();
        assertThat(String.join(",", got)).isEqualTo(scores.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Ved ikke", "Ved ikke/ønsker ikke at svare", "Uoplyst", "Kan ikke vurdere", "Ikke relevant",
            "Don't know", "Don’t know", "Do not know", "Not sure", "No answer", "Prefer not to say", "Refused",
            "Not applicable", "ved ikke ", "VED IKKE"})
    void dontKnowLikeLabelsAreRecognised(String label) {
        assertThat(ScaleGuesser.isDontKnow(label)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Som regel", "Aldrig", "Hverken enig eller uenig", "Never", "Know it well", "Vedligehold"})
    void substantiveLabelsAreNotDontKnow(String label) {
        assertThat(ScaleGuesser.isDontKnow(label)).isFalse();
    }

    @Test
    void answersThatFormNoScaleMakeANominalScaleInTheTablesOrder() {
        ScaleGuesser.TableScale guessed = ScaleGuesser.forTable("s", List.of("North", "South", "East", "West"), null);

        assertThat(guessed.scale().kind()).isEqualTo(ScaleKind.NOMINAL);
        assertThat(guessed.scale().categories()).extracting(Category::name).containsExactly("North", "South", "East", "West");
        assertThat(guessed.scale().reading().why()).contains("nominal");
        assertThat(guessed.warning()).isNull();
    }

    @Test
    void gradedAnswersTheRecogniserDoesNotKnowTakeTheTablesOrderWithLowConfidenceAndAWarning() {
        ScaleGuesser.TableScale guessed = ScaleGuesser.forTable("s",
                List.of("Meget stor grad", "Stor grad", "Nogen grad", "Ringe grad", "Ved ikke"), null);

        Scale scale = guessed.scale();
        assertThat(scale.kind()).isEqualTo(ScaleKind.ORDINAL);
        assertThat(scale.categories()).extracting(Category::score).containsExactly(3.0, 2.0, 1.0, 0.0, null);
        assertThat(scale.category(4).role()).isEqualTo(CategoryRole.DONT_KNOW);
        assertThat(scale.reading().confidence()).isEqualTo(Confidence.LOW);
        assertThat(guessed.warning()).contains("table's order").contains("'Meget stor grad' at the top");
    }

    @Test
    void aKnownScaleKeepsTheTablesOrderWithItsRecognisedScoresAndNoAnswerIsMissing() {
        Scale scale = ScaleGuesser.forTable("s",
                List.of("Strongly disapprove", "Somewhat disapprove", "Somewhat approve", "Strongly approve", "No Answer"),
                null).scale();

        assertThat(scale.categories()).extracting(Category::name).containsExactly("Strongly disapprove",
                "Somewhat disapprove", "Somewhat approve", "Strongly approve", "No Answer");
        assertThat(scale.categories()).extracting(Category::score).containsExactly(0.0, 1.0, 2.0, 3.0, null);
        assertThat(scale.category(4).role()).isEqualTo(CategoryRole.MISSING);
        assertThat(scale.reading().confidence()).isEqualTo(Confidence.HIGH);
    }

    @Test
    void optionsOfWhichSeveralMayBeChosenAreMultiple() {
        Scale scale = ScaleGuesser.forOptions("s", List.of("Phone", "Tablet", "No answer")).scale();

        assertThat(scale.kind()).isEqualTo(ScaleKind.MULTIPLE);
        assertThat(scale.category(2).role()).isEqualTo(CategoryRole.MISSING);
    }
}
