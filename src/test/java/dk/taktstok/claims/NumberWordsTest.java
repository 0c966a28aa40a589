package dk.taktstok.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberWordsTest {

    @ParameterizedTest(name = "''{0}'' is {1} with {2} decimals")
    @CsvSource(delimiter = '|', value = {
        "75 | 75 | 0",
        "75,0 | 75 | 1",
        "26,7 | 26.7 | 1",
        "73.1 | 73.1 | 1",
        "4,25 | 4.25 | 2",
        "100 | 100 | 0"})
    void digitsReadWithEitherDecimalMarkAndKeepTheirPrecision(String text, double value, int decimals) {
        NumberWords.Read read = NumberWords.number(Tokenizer.tokens(text), 0);

        assertThat(read.value()).isCloseTo(value, within(1e-9));
        assertThat(read.decimals()).isEqualTo(decimals);
        assertThat(read.inWords()).isFalse();
    }

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource(delimiter = '|', value = {
        "tyve | 20",
        "femoghalvfjerds | 75",
        "halvfjerds | 70",
        "enogtyve | 21",
        "halvtreds | 50",
        "halvtredsindstyve | 50",
        "niogfirs | 89",
        "tres | 60",
        "to | 2",
        "elleve | 11",
        "seventy-five | 75",
        "twenty | 20",
        "ninety-nine | 99",
        "fifteen | 15",
        "one | 1"})
    void cardinalsInOneWordReadInDanishAndEnglish(String word, int value) {
        assertThat(NumberWords.cardinal(word)).isEqualTo(value);
    }

    @ParameterizedTest(name = "''{0}'' is {1} in {2} words")
    @CsvSource(delimiter = '|', value = {
        "seventy five percent | 75 | 2",
        "et hundrede procent | 100 | 2",
        "one hundred percent | 100 | 2",
        "femoghalvfjerds procent | 75 | 1"})
    void numbersInSeveralWordsReadAsOne(String text, int value, int tokens) {
        NumberWords.Read read = NumberWords.number(Tokenizer.tokens(text), 0);

        assertThat(read.value()).isEqualTo(value);
        assertThat(read.tokens()).isEqualTo(tokens);
        assertThat(read.inWords()).isTrue();
    }

    @ParameterizedTest(name = "''{0}'' is no number")
    @ValueSource(strings = {"kommunen", "the", "tyvende", "halvfjerdsere", "seventy-something", "og", "procent"})
    void wordsThatAreNoNumbersAreNot(String word) {
        assertThat(NumberWords.cardinal(word)).isNull();
    }

    @ParameterizedTest(name = "''{0}'' is {1} of {2}")
    @CsvSource(delimiter = '|', value = {
        "totredjedele | 2 | 3",
        "trefjerdedele | 3 | 4",
        "two-thirds | 2 | 3",
        "three-quarters | 3 | 4"})
    void fractionsInOneWordGiveTheirParts(String word, int count, int parts) {
        assertThat(NumberWords.compoundFraction(word)).containsExactly(count, parts);
    }

    @ParameterizedTest(name = "''{0}'' cuts the whole in {1}")
    @CsvSource(delimiter = '|', value = {
        "halvdelen | 2", "tredjedel | 3", "fjerdedele | 4", "quarter | 4", "thirds | 3", "femtedel | 5", "tenths | 10"})
    void wordsForAPartSayHowManyParts(String word, int parts) {
        assertThat(NumberWords.parts(word)).isEqualTo(parts);
    }

    @ParameterizedTest(name = "''{0}'' is every {1}")
    @CsvSource(delimiter = '|', value = {"anden | 2", "tredje | 3", "fjerde | 4", "femte | 5", "tiende | 10", "fourth | 4"})
    void ordinalsGiveTheCountOfEveryNth(String word, int count) {
        assertThat(NumberWords.ordinal(word)).isEqualTo(count);
    }
}
