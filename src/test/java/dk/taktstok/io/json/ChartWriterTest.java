package dk.taktstok.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.model.Annotation;
import dk.taktstok.model.AnnotationAnchor;
import dk.taktstok.model.ChartSpec;
import dk.taktstok.model.ChartType;
import dk.taktstok.model.Measure;
import dk.taktstok.model.SortOrder;
import dk.taktstok.model.Study;
import dk.taktstok.model.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How charts and annotations are written. */
class ChartWriterTest {

    private final JsonStudyWriter writer = new JsonStudyWriter();

    private static Study withChart(ChartSpec chart) {
        return Studies.minimal().withCharts(List.of(chart));
    }

    /** The text of the study's charts, from the "charts" field to the end. */
    private String charts(Study study) {
        String json = writer.toJson(study);
        return json.substring(json.indexOf("  \"charts\""));
    }

    @Test
    void alwaysWritesTheNewestVersion() {
        assertThat(writer.toJson(Studies.minimal())).contains("\"version\": " + JsonStudyFormat.VERSION + ",")
                .contains("\"version\": 5,");
    }

    @Test
    void chartWithEveryDefaultIsItsIdTypeAndTable() {
        assertThat(charts(withChart(ChartSpec.of("c", ChartType.STACKED_BARS, "t")))).isEqualTo("""
                  "charts": [
                    {
                      "id": "c",
                      "type": "stackedBars",
                      "table": "t"
                    }
                  ]
                }
                """);
    }

    @Test
    void chartWithANoteAndAnArrowIsWrittenInAFixedLayout() {
        var chart = new ChartSpec("c", ChartType.STACKED_BARS, "t", Text.of("da", "Titel", "en", "Title"), null,
                Text.of("Note"), new SortOrder(Measure.TOP_BOX, false), null, List.of(), null, List.of(
                new Annotation.Note("n", Text.of("Yes"), new AnnotationAnchor.DataPoint("r1", "Yes"),
                        new Annotation.Offset(12, -8.5), true),
                new Annotation.Arrow("a", new AnnotationAnchor.FreePoint(0.8, 0.25),
                        new AnnotationAnchor.DataPoint("r1", null), null)));

        assertThat(charts(withChart(chart))).isEqualTo("""
                  "charts": [
                    {
                      "id": "c",
                      "type": "stackedBars",
                      "table": "t",
                      "title": { "da": "Titel", "en": "Title" },
                      "note": "Note",
                      "sort": { "measure": "topBox", "order": "ascending" },
                      "annotations": [
                        {
                          "kind": "note",
                          "id": "n",
                          "text": "Yes",
                          "anchor": { "target": "r1", "category": "Yes" },
                          "offset": { "dx": 12, "dy": -8.5 },
                          "connector": true
                        },
                        {
                          "kind": "arrow",
                          "id": "a",
                          "from": { "x": 0.8, "y": 0.25 },
                          "to": { "target": "r1" }
                        }
                      ]
                    }
                  ]
                }
                """);
    }

    @Test
    void noteWithoutConnectorOrOffsetLeavesThemOut() {
        var chart = ChartSpec.of("c", ChartType.DIVERGING_BARS, "t").withAnnotations(List.of(
                new Annotation.Note("n", Text.of("Yes"), new AnnotationAnchor.DataPoint("r1", null), null, false)));

        assertThat(charts(withChart(chart))).doesNotContain("connector", "offset", "null");
    }

    @Test
    void goalVsPracticeChartListsItsGapsOnOneLine() {
        Study study = Studies.complete();

        assertThat(writer.toJson(study)).contains("\"gaps\": [\"g1\", \"g3\"],\n      \"mark\": \"arrow\",");
    }

    @Test
    void referenceLineAndHighlightAreWrittenWithTheirKindFirst() {
        assertThat(writer.toJson(Studies.complete())).contains("""
                        {
                          "kind": "highlight",
                          "id": "h1",
                          "item": "r1"
                        },
                        {
                          "kind": "referenceLine",
                          "id": "middle",
                          "value": 0
                        }
                """);
    }
}
