package dk.taktstok.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.io.Parsed;
import dk.taktstok.io.Problem;
import dk.taktstok.model.Annotation;
import dk.taktstok.model.AnnotationAnchor;
import dk.taktstok.model.Category;
import dk.taktstok.model.CategoryRole;
import dk.taktstok.model.Confidence;
import dk.taktstok.model.ScaleKind;
import dk.taktstok.model.ScaleReading;
import dk.taktstok.model.TableSource;
import dk.taktstok.model.ChartSpec;
import dk.taktstok.model.ChartType;
import dk.taktstok.model.Group;
import dk.taktstok.model.Item;
import dk.taktstok.model.Metadata;
import dk.taktstok.model.Scale;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import dk.taktstok.model.Text;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading what the writer wrote gives an equal study. */
class JsonRoundTripTest {

    private final JsonStudyWriter writer = new JsonStudyWriter();
    private final JsonStudyReader reader = new JsonStudyReader();

    private Parsed roundTrip(Study study) {
        return reader.readString(writer.toJson(study));
    }

    @Test
    void richStudyComesBackEqual() {
        Parsed parsed = roundTrip(Studies.rich());

        assertThat(parsed.study()).isEqualTo(Studies.rich());
    }

    @Test
    void richStudyComesBackWithItsMissingShareReported() {
        Parsed parsed = roundTrip(Studies.rich());

        assertThat(parsed.problems()).containsExactly(Problem.error("$.tables[0].items[5].shares[2]", "no value"));
    }

    @Test
    void readingOfAFileComesBackEqual() {
        Scale scale = new Scale("s", List.of(Category.substantive(Text.of("Yes"), 1), Category.substantive(Text.of("No"), 0),
                new Category(Text.of("Prefer not to say"), CategoryRole.MISSING, null)), List.of(), List.of(),
                ScaleKind.BINARY, new ScaleReading("yes/no", Confidence.HIGH, "the answers are yes or no"));
        SurveyTable table = new SurveyTable("t", Text.of("Q"), null, "s",
                List.of(new Item("q2", Text.of("Fan?"), null, Map.of(), List.of(60.0, 30.0, 10.0), 836, null)), null, List.of(),
                new TableSource("respondents", null, "1:1188", 2,
                        List.of(new TableSource.SetAside("q2", "NA", 350, "1:3", "missing"))));
        Study study = new Study(Metadata.titled("Read", "en"), List.of(scale), List.of(table), List.of(), List.of());

        Parsed parsed = roundTrip(study);

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.study()).isEqualTo(study);
    }

    @Test
    void completeStudyComesBackEqualWithoutProblems() {
        Parsed parsed = roundTrip(Studies.complete());

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.study()).isEqualTo(Studies.complete());
    }

    @Test
    void writingWhatWasReadGivesTheSameText() {
        String json = writer.toJson(Studies.rich());

        assertThat(writer.toJson(reader.readString(json).study())).isEqualTo(json);
    }

    static Stream<Arguments> edgeCases() {
        Study minimal = Studies.minimal();
        SurveyTable table = minimal.tables().getFirst();
        Item item = table.items().getFirst();
        var oddTags = new LinkedHashMap<String, String>();
        oddTags.put("", "empty name");
        oddTags.put("with space", "");
        oddTags.put("ünïcødé", "🙂");
        var twelve = Collections.nCopies(12, 100 / 12.0);
        var twelveCategories = java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> Category.substantive(Text.of("category number " + i), i)).toList();
        var wide = new Scale("wide", twelveCategories, twelveCategories.stream().map(Category::name).limit(6).toList(), List.of());
        return Stream.of(
                Arguments.of("minimal", minimal),
                Arguments.of("no scales and no tables",
                        new Study(Metadata.titled("Empty", "da"), List.of(), List.of(), List.of(), List.of())),
                Arguments.of("scale without categories and table without items",
                        new Study(Metadata.titled("Bare", "en"), List.of(new Scale("none", List.of())),
                                List.of(new SurveyTable("t", Text.of("T"), null, "none", List.of(), null, List.of())),
                                List.of(), List.of())),
                Arguments.of("every metadata field", minimal.withMetadata(new Metadata(
                        Text.of("en", "Title", "da", "Titel"), Text.of("Source"), List.of("A", "B", "C"),
                        Text.of("Publisher"), "2017-05-01", "en-GB", Text.of("Everyone"), 0))),
                Arguments.of("text of unstated language beside translations", minimal.withMetadata(new Metadata(
                        new Text(orderedMap("", "Original", "da", "Dansk")), null, List.of(), null, null, "en", null, null))),
                Arguments.of("text in one stated language", minimal.withMetadata(new Metadata(
                        new Text(Map.of("da", "Kun dansk")), null, List.of(), null, null, "da", null, null))),
                Arguments.of("text that looks like JSON", minimal.withMetadata(
                        Metadata.titled("{\"format\": \"x\"} [1, 2] \\u0041 \n\t\u0000 \u2028 </script>", "en"))),
                Arguments.of("awkward numbers", minimal.withTables(List.of(table.withItems(List.of(
                        item.withShares(List.of(-0.0, Double.MIN_VALUE)),
                        new Item("r2", Text.of("b"), null, Map.of(), List.of(0.1 + 0.2, 1e15)),
                        new Item("r3", Text.of("c"), null, Map.of(), List.of(Double.MAX_VALUE, 123456789012345.6)),
                        new Item("r4", Text.of("d"), null, Map.of(), List.of(Double.NaN, Double.NaN))))))),
                Arguments.of("odd tags", minimal.withTables(List.of(table.withItems(List.of(item.withTags(oddTags)))))),
                Arguments.of("short label", minimal.withTables(List.of(table.withItems(List.of(
                        item.withShortLabel(Text.of("da", "Kort", "en", "Short"))))))),
                Arguments.of("group tag without groups", minimal.withTables(List.of(table.withGrouping("initiator", List.of())))),
                Arguments.of("groups without group tag", minimal.withTables(List.of(
                        table.withGrouping(null, List.of(new Group("a", null), new Group("b", Text.of("B"))))))),
                Arguments.of("long shares and boxes", new Study(Metadata.titled("Wide", "en"), List.of(wide),
                        List.of(new SurveyTable("t", Text.of("T"), null, "wide",
                                List.of(new Item("r1", Text.of("a"), null, Map.of(), twelve)), null, List.of())),
                        List.of(), List.of())),
                Arguments.of("chart with every default", minimal.withCharts(List.of(
                        ChartSpec.of("c", ChartType.GROUP_INDEX, "t"), ChartSpec.of("d", ChartType.GOAL_VS_PRACTICE, "t")))),
                Arguments.of("anchors at the corners and awkward numbers", minimal.withCharts(List.of(
                        ChartSpec.of("c", ChartType.DIVERGING_BARS, "t").withAnnotations(List.of(
                                new Annotation.Arrow("a", new AnnotationAnchor.FreePoint(0, 1),
                                        new AnnotationAnchor.FreePoint(1, -0.0), Text.of("")),
                                new Annotation.Arrow("b", new AnnotationAnchor.FreePoint(Double.MIN_VALUE, 0.1 + 0.2),
                                        new AnnotationAnchor.DataPoint("r1", "No"), null),
                                new Annotation.Note("n", Text.of("da", "x".repeat(90), "en", "y"),
                                        new AnnotationAnchor.DataPoint("r1", null),
                                        new Annotation.Offset(-Double.MAX_VALUE, 1e-300), false),
                                new Annotation.ReferenceLine("r", -0.0, null),
                                new Annotation.ReferenceLine("s", 1e20, Text.of("big"))))))),
                Arguments.of("ids that are not identifiers", new Study(Metadata.titled("Ids", "en"),
                        List.of(new Scale("scale one", List.of(Category.dontKnow(Text.of("?"))))),
                        List.of(new SurveyTable("$.tables[0]", Text.of("T"), null, "scale one",
                                List.of(new Item("r 1 'x'", Text.of("a"), null, Map.of(), List.of(50.0))), null, List.of())),
                        List.of(), List.of())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("edgeCases")
    void edgeCaseComesBackEqual(String name, Study study) {
        Parsed parsed = roundTrip(study);

        assertThat(parsed.study()).isEqualTo(study);
        assertThat(parsed.problems()).allMatch(p -> p.message().equals("no value"));
    }

    @Test
    void randomStudiesComeBackEqual() {
        var studies = new RandomStudies(20170501L);
        var kinds = new java.util.HashSet<Object>();
        for (int i = 0; i < 300; i++) {
            Study study = studies.next();
            study.charts().forEach(chart -> {
                kinds.add(chart.type());
                chart.annotations().forEach(annotation -> kinds.add(annotation.getClass()));
            });
            String json = writer.toJson(study);

            Parsed parsed = reader.readString(json);

            assertThat(parsed.study()).as("study %d:%n%s", i, json).isEqualTo(study);
            assertThat(parsed.problems()).as("study %d", i)
                    .allMatch(p -> p.message().equals("no value") || p.message().contains("language tag"));
        }
        assertThat(kinds).containsAll(List.of(ChartType.values())).contains(Annotation.Note.class,
                Annotation.Arrow.class, Annotation.ReferenceLine.class, Annotation.Highlight.class);
    }

    private static Map<String, String> orderedMap(String k1, String v1, String k2, String v2) {
        var map = new LinkedHashMap<String, String>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }
}
