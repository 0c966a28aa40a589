package dk.taktstok.chart.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UniqueKeysTest {

    @Test
    void namesThatSlugAlikeAreNumberedFromTheSecond() {
        assertThat(UniqueKeys.of(List.of("Man", "man.", "MAN!", "Kvinde"), "category", Set.of()))
                .containsExactly("man", "man-2", "man-3", "kvinde");
    }

    @Test
    void aNameWithoutLettersOrDigitsIsNamedByItsPlace() {
        assertThat(UniqueKeys.of(List.of("Ja", "???", "—"), "category", Set.of()))
                .containsExactly("ja", "category-2", "category-3");
    }

    @Test
    void aNumberedKeyNeverTakesTheKeyOfALaterName() {
        assertThat(UniqueKeys.of(List.of("Man", "man", "Man 2"), "entry", Set.of()))
                .containsExactly("man", "man-2", "man-2-2");
    }

    @Test
    void aReservedKeyIsNeverGiven() {
        assertThat(UniqueKeys.of(List.of("Dontknow", "Ja"), "category", Set.of("dontknow")))
                .containsExactly("dontknow-2", "ja");
    }

    @Test
    void namesThatDifferKeepTheirPlainSlugs() {
        assertThat(UniqueKeys.of(List.of("Som regel", "Somme tider", "Sjældent", "Aldrig", "Ved ikke"), "category",
                Set.of())).containsExactly("som-regel", "somme-tider", "sjaeldent", "aldrig", "ved-ikke");
    }
}
