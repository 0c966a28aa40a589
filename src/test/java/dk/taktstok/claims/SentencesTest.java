package dk.taktstok.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    private static List<String> split(String text) {
        return Sentences.of(text).stream().map(s -> s.text(text)).toList();
    }

    @Test
    void aFullStopBeforeACapitalEndsASentence() {
        assertThat(split("Det er 73,1 procent. Det er mange. Er det?"))
                .containsExactly("Det er 73,1 procent.", "Det er mange.", "Er det?");
    }

    @Test
    void aDecimalPointOrCommaIsNoEnd() {
        assertThat(split("It is 73.1 percent of all. Fine.")).containsExactly("It is 73.1 percent of all.", "Fine.");
    }

    @Test
    void pctBeforeALowerCaseWordIsNoEndButBeforeACapitalItIs() {
        assertThat(split("75 pct. vil styrke dem. 75 pct. Det er mange."))
                .containsExactly("75 pct. vil styrke dem.", "75 pct.", "Det er mange.");
    }

    @Test
    void abbreviationsAndInitialsAreNoEnd() {
        assertThat(split("Kommunen (fx. skole m.fl.) inviterer ca. 70 procent. Ifølge B. Ibsen er det bl.a. Danmark."))
                .containsExactly("Kommunen (fx. skole m.fl.) inviterer ca. 70 procent.",
                        "Ifølge B. Ibsen er det bl.a. Danmark.");
    }

    @Test
    void aBlankLineOrAListItemStartsANewSentence() {
        assertThat(split("# Overskrift\n\nFørste afsnit uden punktum\n\n- et punkt\n- et andet punkt"))
                .containsExactly("Overskrift", "Første afsnit uden punktum", "- et punkt", "- et andet punkt");
    }

    @Test
    void aSentenceKeepsItsOffsetsInTheText() {
        String text = "Først. Så 75 procent.";
        Sentence second = Sentences.of(text).get(1);

        assertThat(text.substring(second.start(), second.end())).isEqualTo("Så 75 procent.");
    }

    @Test
    void aMarkdownLinksAddressIsNoPartOfTheText() {
        List<Token> tokens = Tokenizer.tokens("Se [rapporten](https://sdu.dk/rapport-2017.pdf) her");

        assertThat(tokens).extracting(Token::text).containsExactly("Se", "rapporten", "her");
    }

    @Test
    void digitsOfOtherScriptsAreNoNumber() {
        List<Token> tokens = Tokenizer.tokens("60߅ procent og ١٢ pct.");

        assertThat(tokens).filteredOn(t -> t.kind() == Token.Kind.NUMBER).extracting(Token::text).containsExactly("60");
    }
}
