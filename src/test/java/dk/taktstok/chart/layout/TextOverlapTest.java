package dk.taktstok.chart.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.chart.scene.ChartScene;
import dk.taktstok.chart.scene.SceneCircle;
import dk.taktstok.chart.scene.SceneIds;
import dk.taktstok.chart.scene.SceneNode;
import dk.taktstok.chart.scene.SceneRect;
import dk.taktstok.chart.scene.SceneText;
import dk.taktstok.model.Annotation;
import dk.taktstok.model.AnnotationAnchor;
import dk.taktstok.model.ChartSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No two texts of a chart overlap, and every text lies inside the chart, for every chart type with and
 * without annotations, from a phone's width to a wide web page, in both languages; and no text lies on a
 * bar or a dot but a share written in its own segment. The boxes are measured here, from the scene alone,
 * with the JDK's font engine and the shipped font files ({@link AwtTextMeasure}), not with layout's measurer.
 */
class TextOverlapTest {

    static Stream<Arguments> charts() {
        var cases = new ArrayList<Arguments>();
        for (ChartSpec spec : Charts.ALL) {
            for (ChartSpec variant : List.of(spec, Charts.annotated(spec))) {
                for (double width : new double[] {280, 320, 400, 480, 640, 800, 1000, 1200}) {
                    for (String language : List.of("da", "en")) {
                        cases.add(Arguments.of(variant.id() + (variant.annotations().isEmpty() ? "" : "+notes"),
                                variant, width, language));
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} at {2} px, {3}")
    @MethodSource("charts")
    void noTwoTextsOverlapAndAllAreInside(String name, ChartSpec spec, double width, String language) {
        ChartScene scene = Charts.layout(spec, width, language);
        List<SceneText> texts = scene.texts();
        List<Box> boxes = texts.stream().map(TextOverlapTest::box).toList();
        var chart = new Box(0, 0, scene.width(), scene.height());

        for (int i = 0; i < boxes.size(); i++) {
            assertThat(boxes.get(i).within(chart)).as("%s lies inside the chart", texts.get(i).id()).isTrue();
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).intersects(boxes.get(j)))
                        .as("'%s' (%s) overlaps '%s' (%s)", texts.get(i).text(), texts.get(i).id(),
                                texts.get(j).text(), texts.get(j).id())
                        .isFalse();
            }
        }
    }

    static Stream<Arguments> sampleCharts() {
        var cases = new ArrayList<Arguments>();
        for (ChartSpec spec : Charts.ALL) {
            for (ChartSpec variant : List.of(spec, Charts.annotated(spec))) {
                for (double width : new double[] {360, 640, 1280}) {
                    cases.add(Arguments.of(variant.id() + (variant.annotations().isEmpty() ? "" : "+notes"),
                            variant, width));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} at {2} px")
    @MethodSource("sampleCharts")
    void noTextLiesOnABarOrDotButAShareInItsOwnSegment(String name, ChartSpec spec, double width) {
        ChartScene scene = Charts.layout(spec, width, "da");
        var chart = new Box(0, 0, scene.width(), scene.height());
        List<SceneNode> marks = scene.flatten().stream()
                .filter(n -> (n instanceof SceneRect || n instanceof SceneCircle)
                        && n.id() != null && n.id().startsWith(SceneIds.PLOT + "/"))
                .toList();
        assertThat(marks).as("the chart has bars or dots").isNotEmpty();
        // an arrow's tail at a point the author chose is put there on purpose, over the data if they like
        List<String> authorPlaced = spec.annotations().stream()
                .filter(a -> a instanceof Annotation.Arrow arrow && arrow.from() instanceof AnnotationAnchor.FreePoint)
                .map(a -> SceneIds.annotation(a.id()) + "/")
                .toList();

        for (SceneNode mark : marks) {
            assertThat(markBox(mark).grow(-0.5).within(chart)).as("%s lies inside the chart", mark.id()).isTrue();
        }
        for (SceneText text : scene.texts()) {
            if (text.id() != null && authorPlaced.stream().anyMatch(text.id()::startsWith)) {
                continue;
            }
            Box box = box(text);
            String ownMark = ownMark(text.id());
            for (SceneNode mark : marks) {
                Box markBox = markBox(mark);
                // half a pixel of antialiasing either side is not an overlap a reader sees
                boolean overlaps = box.grow(-0.5).intersects(markBox);
                if (mark.id().equals(ownMark)) {
                    assertThat(!overlaps || box.within(markBox))
                            .as("'%s' (%s %s) fits in its bar %s or lies clear of it", text.text(), text.id(), box,
                                    markBox)
                            .isTrue();
                } else {
                    assertThat(overlaps)
                            .as("'%s' (%s %s) lies on %s %s", text.text(), text.id(), box, mark.id(), markBox)
                            .isFalse();
                }
            }
        }
    }

    /** The bar a share is written in or beside: a segment's for a stacked share, a row's for an index. */
    private static String ownMark(String textId) {
        if (textId == null) {
            return null;
        }
        if (textId.startsWith("plot/value/")) {
            return "plot/bar/" + textId.substring("plot/value/".length());
        }
        if (textId.endsWith("/value")) {
            return textId.substring(0, textId.length() - "/value".length()) + "/bar";
        }
        return null;
    }

    private static Box markBox(SceneNode mark) {
        return switch (mark) {
            case SceneRect r -> new Box(r.x(), r.y(), r.width(), r.height());
            case SceneCircle c -> new Box(c.cx() - c.radius(), c.cy() - c.radius(), 2 * c.radius(), 2 * c.radius());
            default -> throw new IllegalArgumentException("not a mark: " + mark);
        };
    }

    static Box box(SceneText text) {
        return AwtTextMeasure.box(text);
    }
}
