package dk.taktstok.io.respondents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Answers put in their scale's order, highest first, whatever order the rows met them in. */
class AnswerOrderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Som regel, Somme tider, Sjældent, Aldrig
            Altid, Ofte, Af og til, Sjældent, Aldrig
            Helt enig, Delvis enig, Hverken enig eller uenig, Delvis uenig, Helt uenig
            Helt enig, Enig, Uenig, Helt uenig
            Strongly agree, Agree, Neither agree nor disagree, Disagree, Strongly disagree
            Meget tilfreds, Tilfreds, Hverken tilfreds eller utilfreds, Utilfreds, Meget utilfreds
            I meget høj grad, I høj grad, I nogen grad, I mindre grad, Slet ikke
            Very important, Important, Not very important, Not at all important
            Ja, Nej
            5 = Helt enig, 4, 3, 2, 1 = Helt uenig
            """)
    void knownScaleIsOrderedHighestFirst(String scale) {
        List<String> expected = Arrays.stream(scale.split(",")).map(String::strip).toList();
        var shuffled = new ArrayList<>(expected);
        Collections.reverse(shuffled);
        Collections.swap(shuffled, 0, shuffled.size() / 2);

        assertThat(AnswerOrder.order(shuffled)).contains(expected);
    }

    @Test
    void numbersAreOrderedHighestFirst() {
        assertThat(AnswerOrder.order(List.of("2", "10", "1", "3"))).contains(List.of("10", "3", "2", "1"));
    }

    @Test
    void answersOfNoKnownScaleHaveNoOrder() {
        assertThat(AnswerOrder.order(List.of("Rød", "Grøn", "Blå"))).isEmpty();
        assertThat(AnswerOrder.order(List.of("Helt enig", "Blå"))).isEmpty();
    }
}
