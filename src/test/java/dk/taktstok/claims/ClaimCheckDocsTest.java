package dk.taktstok.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/claim-check.md lists every word of the claim forms, so a reader knows what is read as a claim. */
class ClaimCheckDocsTest {

    private static final Path DOC = Path.of("docs", "claim-check.md");

    @Test
    void everyBoundQuantifierAndComparativeIsDocumented() throws IOException {
        String doc = Files.readString(DOC);
        var missing = new ArrayList<String>();
        for (List<? extends Phrases.Phrase<?>> phrases : List.of(Phrases.BOUNDS, Phrases.QUANTIFIERS, Phrases.COMPARATIVES)) {
            for (Phrases.Phrase<?> phrase : phrases) {
                String words = String.join(" ", phrase.words());
                if (!doc.contains(words)) {
                    missing.add(words);
                }
            }
        }

        assertThat(missing).as("phrases missing from " + DOC).isEmpty();
    }

    @Test
    void theSlackOfPartsRatiosAndApproximationsIsTheDocumentedOne() throws IOException {
        String doc = Files.readString(DOC);

        assertThat(Readings.PART_SLACK).isEqualTo(2);
        assertThat(doc).contains("A part in words holds within 2 points");
        assertThat(Readings.RATIO_SLACK).isEqualTo(0.1);
        assertThat(doc).contains("A ratio holds within a tenth of its factor");
        assertThat(Readings.little(ClaimForm.PERCENT, 50)).isEqualTo(4);
        assertThat(Readings.little(ClaimForm.PERCENT, 10)).isEqualTo(1);
        assertThat(doc).contains("\"a little\" is 8 % of the number, at least 1 and at most 4 points");
    }
}
