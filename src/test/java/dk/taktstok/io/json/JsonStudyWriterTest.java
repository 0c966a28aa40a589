package dk.taktstok.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.model.Category;
import dk.taktstok.model.Item;
import dk.taktstok.model.Metadata;
import dk.taktstok.model.Scale;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import dk.taktstok.model.Text;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonStudyWriterTest {

    private final JsonStudyWriter writer = new JsonStudyWriter();

    /** A study with one table of the given shares on a scale of as many categories. */
    private static Study withShares(List<Double> shares) {
        var categories = IntStream.range(0, shares.size())
                .mapToObj(i -> Category.substantive(Text.of("c" + i), i)).toList();
        var item = new Item("r1", Text.of("Item"), null, Map.of(), shares);
        var table = new SurveyTable("t", Text.of("Table"), null, "s", List.of(item), null, List.of());
        return new Study(Metadata.titled("Study", "en"), List.of(new Scale("s", categories)), List.of(table),
                List.of(), List.of());
    }

    private static Study withTitle(Text title) {
        return Studies.minimal().withMetadata(new Metadata(title, null, List.of(), null, null, "en", null, null));
    }

    @Test
    void writesTheMinimalStudyInAFixedLayout() {
        assertThat(writer.toJson(Studies.minimal())).isEqualTo("""
                {
                  "format": "taktstok-study",
                  "version": 4,
                  "metadata": {
                    "title": "Minimal",
                    "language": "en"
                  },
                  "scales": [
                    {
                      "id": "yesno",
                      "categories": [
                        {
                          "label": "Yes",
                          "role": "substantive",
                          "score": 1
                        },
                        {
                          "label": "No",
                          "role": "substantive",
                          "score": 0
                        }
                      ]
                    }
                  ],
                  "tables": [
                    {
                      "id": "t",
                      "title": "Table",
                      "scale": "yesno",
                      "items": [
                        {
                          "id": "r1",
                          "label": "Statement",
                          "shares": [60, 40]
                        }
                      ]
                    }
                  ]
                }
                """);
    }

    @Test
    void fieldsComeInTheOrderOfTheFormat() {
        String json = writer.toJson(Studies.rich());

        assertThat(json).containsSubsequence("\"format\"", "\"version\"", "\"metadata\"", "\"title\"", "\"source\"",
                "\"authors\"", "\"publisher\"", "\"date\"", "\"language\"", "\"population\"", "\"respondents\"",
                "\"scales\"", "\"categories\"", "\"label\"", "\"role\"", "\"score\"", "\"topBox\"", "\"bottomBox\"",
                "\"tables\"", "\"id\"", "\"title\"", "\"question\"", "\"scale\"", "\"groupTag\"", "\"groups\"",
                "\"items\"", "\"id\"", "\"label\"", "\"tags\"", "\"shares\"",
                "\"benchmarks\"", "\"id\"", "\"label\"", "\"value\"", "\"source\"",
                "\"gaps\"", "\"id\"", "\"benchmark\"", "\"practice\"", "\"kind\"", "\"table\"", "\"item\"", "\"category\"",
                "\"charts\"", "\"id\"", "\"type\"", "\"table\"", "\"title\"", "\"annotations\"", "\"kind\"", "\"id\"",
                "\"item\"", "\"subtitle\"", "\"note\"", "\"sort\"", "\"measure\"", "\"order\"",
                "\"text\"", "\"anchor\"", "\"target\"", "\"category\"", "\"offset\"", "\"dx\"", "\"dy\"", "\"connector\"",
                "\"from\"", "\"x\"", "\"y\"", "\"to\"", "\"label\"", "\"measure\"", "\"gaps\"", "\"mark\"",
                "\"value\"", "\"label\"");
    }

    @Test
    void sameStudyGivesTheSameText() {
        assertThat(writer.toJson(Studies.rich())).isEqualTo(writer.toJson(Studies.rich()));
    }

    @Test
    void sharesOfAnItemAreOnOneLine() {
        assertThat(writer.toJson(Studies.rich())).contains("\n          \"shares\": [26.7, 46.4, 8.8, 5.5, 12.7]\n");
    }

    @Test
    void boxesAreOnOneLine() {
        assertThat(writer.toJson(Studies.rich())).contains("\"topBox\": [\"Som regel\", \"Somme tider\"],\n");
    }

    @Test
    void longSharesArrayHasOneValueALine() {
        var shares = Collections.nCopies(12, 8.333333);

        String json = writer.toJson(withShares(shares));

        assertThat(json).contains("\"shares\": [\n            8.333333,\n            8.333333,\n");
    }

    @Test
    void shareWithNoValueIsWrittenAsNull() {
        assertThat(writer.toJson(Studies.rich())).contains("\"shares\": [10, 48, null, 6, 16]");
    }

    @Test
    void infiniteShareIsWrittenAsNull() {
        String json = writer.toJson(withShares(List.of(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)));

        assertThat(json).contains("\"shares\": [null, null]");
    }

    @Test
    void nanInALongSharesArrayIsWrittenAsNull() {
        var shares = new ArrayList<>(Collections.nCopies(12, 8.333333));
        shares.set(3, Double.NaN);

        assertThat(writer.toJson(withShares(shares))).contains("8.333333,\n            null,\n");
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            15.0,    15
            0.0,     0
            26.7,    26.7
            -0.0,    -0.0
            1e20,    1.0E20
            0.0001,  1.0E-4
            """)
    void numbersAreWrittenShortestWithoutNeedlessFraction(double share, String written) {
        assertThat(writer.toJson(withShares(List.of(share)))).contains("\"shares\": [" + written + "]");
    }

    @Test
    void plainTextIsWrittenAsAString() {
        assertThat(writer.toJson(withTitle(Text.of("Volunteers")))).contains("\"title\": \"Volunteers\",");
    }

    @Test
    void textInLanguagesIsAnObjectInItsOrder() {
        String json = writer.toJson(withTitle(Text.of("en", "Volunteers", "da", "Frivillige")));

        assertThat(json).contains("\"title\": { \"en\": \"Volunteers\", \"da\": \"Frivillige\" },");
    }

    @Test
    void longTextInLanguagesHasOneLanguageALine() {
        String json = writer.toJson(withTitle(Text.of("en", "x".repeat(40), "da", "y".repeat(40))));

        assertThat(json).contains("\"title\": {\n      \"en\": \"" + "x".repeat(40) + "\",\n      \"da\": ");
    }

    @Test
    void lettersOutsideAsciiAreWrittenAsThemselves() {
        String json = writer.toJson(Studies.rich());

        assertThat(json).contains("Sjældent", "Anne Østergaard").doesNotContain("\\u00");
    }

    @Test
    void quotesAndLineBreaksInTextAreEscaped() {
        String json = writer.toJson(withTitle(Text.of("da", "Et \"citat\"\nog \\ mere", "en", "x")));

        assertThat(json).contains("{ \"da\": \"Et \\\"citat\\\"\\nog \\\\ mere\", \"en\": \"x\" }");
    }

    @Test
    void itemIdsAreAlwaysWritten() {
        assertThat(writer.toJson(Studies.minimal())).contains("\"id\": \"r1\"");
    }

    @Test
    void groupsAreWrittenWheneverThereIsAGroupTag() {
        Study study = Studies.minimal();
        var table = study.tables().getFirst().withGrouping("initiator", List.of());

        String json = writer.toJson(study.withTables(List.of(table)));

        assertThat(json).contains("\"groupTag\": \"initiator\",\n      \"groups\": [],");
    }

    @Test
    void groupLabelEqualToItsIdIsLeftOut() {
        assertThat(writer.toJson(Studies.rich())).contains("{\n          \"id\": \"civil\"\n        }");
    }

    @Test
    void absentPartsAreLeftOutRatherThanWrittenAsNull() {
        String json = writer.toJson(Studies.minimal());

        assertThat(json).doesNotContain("null", "question", "source", "benchmarks", "gaps", "topBox", "authors", "tags",
                "charts");
    }

    @Test
    void textEndsWithOneLineBreakAndUsesNoCarriageReturns() {
        String json = writer.toJson(Studies.rich());

        assertThat(json).endsWith("}\n").doesNotEndWith("\n\n").doesNotContain("\r");
    }

    @Test
    void writesUtf8ToAStreamAndLeavesItOpen() throws Exception {
        var closed = new boolean[1];
        var out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };

        writer.write(Studies.rich(), out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(writer.toJson(Studies.rich()));
        assertThat(closed[0]).isFalse();
    }
}
