package dk.taktstok.chart.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.analysis.Measures;
import dk.taktstok.analysis.StudyMeasures;
import dk.taktstok.chart.scene.SceneIds;
import dk.taktstok.chart.scene.SceneNode;
import dk.taktstok.model.Annotation;
import dk.taktstok.model.ChartSpec;
import dk.taktstok.model.Item;
import dk.taktstok.model.Study;
import dk.taktstok.testing.Examples;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Scene ids are unique by construction, whatever the labels: every chart type, laid out for a phone
 * and an article width in both languages, gives each node its own id, and reading an id back names an
 * item or annotation of the chart.
 */
class SceneIdPropertiesTest {

    @Provide
    Arbitrary<Study> studies() {
        return Examples.of(AwkwardLabels::next);
    }

    @Property(tries = 200)
    void everyChartOfAwkwardLabelsHasUniqueIdsThatReadBackToItsItemsAndAnnotations(@ForAll("studies") Study study) {
        StudyMeasures measures = Measures.of(study);
        Set<String> items = study.tables().getFirst().items().stream().map(Item::id).collect(Collectors.toSet());
        for (ChartSpec spec : study.charts()) {
            Set<String> annotations = spec.annotations().stream().map(Annotation::id).collect(Collectors.toSet());
            for (double width : new double[] {320, 640}) {
                for (String language : new String[] {"da", "en"}) {
                    List<String> ids = ChartLayout.standard()
                            .layout(study, measures, spec, LayoutOptions.of(width, language))
                            .flatten().stream().map(SceneNode::id).toList();

                    var seen = new HashSet<String>();
                    assertThat(ids).as("%s at %s px in %s", spec.id(), width, language).allMatch(seen::add);
                    assertThat(ids).allSatisfy(id -> {
                        SceneIds.itemOf(id).ifPresent(item -> assertThat(items).contains(item));
                        SceneIds.annotationOf(id).ifPresent(note -> assertThat(annotations).contains(note));
                    });
                }
            }
        }
    }
}
