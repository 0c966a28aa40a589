package dk.taktstok.claims;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StemmersTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"kommunen, kommun", "kommunerne, kommun", "kommuner, kommun", "foreninger, forening",
        "forening, forening", "inviterer, invit", "inviterede, invit", "cheferne, chef", "chefer, chef",
        "aktører, aktør", "aktørers, aktør", "civile, civil", "rolle, roll", "svømmehallen, svømmehal",
        "frivillige, frivil"})
    void danishWordsOfOneStemMeet(String word, String stem) {
        assertThat(DanishStemmer.stem(word)).isEqualTo(stem);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"invites, invit", "invited, invit", "inviting, invit", "invite, invit",
        "municipalities, municipaliti", "municipality, municipaliti", "associations, association",
        "officers, officer", "actors', actor", "actors, actor", "stopped, stop"})
    void englishWordsOfOneStemMeet(String word, String stem) {
        assertThat(EnglishStemmer.stem(word)).isEqualTo(stem);
    }

    @ParameterizedTest(name = "{0} splits into {1} and {2}")
    @CsvSource({"opgaveløsning, opgav, løsning", "frivilligcenter, frivil, cent",
        "idrætsorganisationer, idræt, organisation"})
    void danishCompoundsSplitWhereThePartsAreWordsOfTheStudy(String word, String first, String second) {
        var known = java.util.Set.of("opgav", "frivil", "organisation", "cent", "idræt");

        assertThat(Compounds.split(word, known)).containsExactly(first, second);
    }
}
