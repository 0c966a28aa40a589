package dk.taktstok.render.svg;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SvgIdsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
        "bar/invites/som-regel | bar-invites-som-regel",
        "item/Ældre på ø/label | item-Aeldre-paa-oe-label",
        "Øst/Å                 | Oest-Aa",
        "café  (nord)          | cafe-nord",
        "2025/total            | n-2025-total",
        "-lead/.dot            | lead-.dot",
        ".5/x                  | n-.5-x",
        "_x.y_z                | _x.y_z",
        "//                    | node",
        "%&                    | node",
    })
    void sanitisedIdsAreAsciiXmlNamesThatStillReadAsTheSceneId(String sceneId, String expected) {
        assertThat(SvgIds.sanitise(sceneId)).isEqualTo(expected).matches("[A-Za-z_][A-Za-z0-9_.-]*");
    }

    @Test
    void idsThatSanitiseAlikeAreNumberedInTheOrderMet() {
        var ids = new SvgIds();
        ids.reserve("a-b-3");

        assertThat(ids.unique("a/b")).isEqualTo("a-b");
        assertThat(ids.unique("a-b")).isEqualTo("a-b-2");
        assertThat(ids.unique("a b")).isEqualTo("a-b-4");
        assertThat(ids.unique("a/b/2")).isEqualTo("a-b-2-2");
    }
}
