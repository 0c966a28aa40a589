package dk.taktstok.chart.scene;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SceneIdsTest {

    @Test
    void idsArePathsUnderTheirPartOfTheChart() {
        assertThat(SceneIds.row("dialogue")).isEqualTo("plot/row/dialogue");
        assertThat(SceneIds.bar("dialogue", "som-regel")).isEqualTo("plot/bar/dialogue/som-regel");
        assertThat(SceneIds.value("dialogue", "som-regel")).isEqualTo("plot/value/dialogue/som-regel");
        assertThat(SceneIds.dontKnowTotal("dialogue")).isEqualTo("plot/value/dialogue/dontknow");
        assertThat(SceneIds.total("dialogue", true)).isEqualTo("plot/total/dialogue/top");
        assertThat(SceneIds.total("dialogue", false)).isEqualTo("plot/total/dialogue/bottom");
        assertThat(SceneIds.groupIndex("civil")).isEqualTo("plot/group/civil/index");
        assertThat(SceneIds.gap("goal-vs-dialogue")).isEqualTo("plot/gap/goal-vs-dialogue");
        assertThat(SceneIds.child(SceneIds.legendEntry("aldrig"), "swatch")).isEqualTo("legend/aldrig/swatch");
        assertThat(SceneIds.line(SceneIds.child(SceneIds.annotation("note-1"), "text"), 0))
                .isEqualTo("annotations/note-1/text/0");
        assertThat(SceneIds.note(2)).isEqualTo("chrome/note/2");
        assertThat(SceneIds.tickLabel(12.5)).isEqualTo("axis/tick/12.5/label");
        assertThat(SceneIds.gridLine(50, 0)).isEqualTo("grid/50");
        assertThat(SceneIds.gridLine(50, 1)).isEqualTo("grid/50/1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "annotations/note-1/text/0   | note-1",
        "annotations/line-2/line     | line-2",
        "annotations/gap-local       | gap-local",
        "annotations/a%2Fb%25c/label | a/b%c",
        "annotations/                | null",
        "plot/bar/dialogue/som-regel | null",
        "null                        | null"})
    void theAnnotationOfASceneNodeIsReadFromItsId(String nodeId, String annotation) {
        assertThat(SceneIds.annotationOf(nodeId)).isEqualTo(Optional.ofNullable(annotation));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "plot/row/dialogue/label/0          | dialogue",
        "plot/bar/invites-volunteers/aldrig | invites-volunteers",
        "plot/value/enables-users/dontknow  | enables-users",
        "plot/total/dialogue/top            | dialogue",
        "plot/row/dialogue                  | dialogue",
        "plot/gap/goal-vs-dialogue/dot      | null",
        "plot/group/civil/index/bar         | null",
        "chrome/title/0                     | null",
        "annotations/note-1/text/0          | null",
        "null                               | null"})
    void theItemOfASceneNodeIsReadFromItsId(String nodeId, String item) {
        assertThat(SceneIds.itemOf(nodeId)).isEqualTo(Optional.ofNullable(item));
    }

    @ParameterizedTest
    @ValueSource(strings = {"a/b", "%2F", "%", "50%/100%", "/", "%25/", "ø/æ", "a//b"})
    void anyIdReadsBackWholeFromEveryNodeOfIt(String id) {
        assertThat(SceneIds.itemOf(SceneIds.child(SceneIds.row(id), "label"))).contains(id);
        assertThat(SceneIds.itemOf(SceneIds.bar(id, "som-regel"))).contains(id);
        assertThat(SceneIds.itemOf(SceneIds.total(id, true))).contains(id);
        assertThat(SceneIds.annotationOf(SceneIds.child(SceneIds.annotation(id), "text"))).contains(id);
    }

    @Test
    void idsThatDifferStayDifferentWhenEscaped() {
        assertThat(SceneIds.row("a/b")).isNotEqualTo(SceneIds.row("a%2Fb"));
        assertThat(SceneIds.child(SceneIds.row("a"), "b")).isNotEqualTo(SceneIds.row("a/b"));
    }
}
