package dk.taktstok.chart.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The alt text tells the story: it opens with the finding and its number, not the chart type; it says
 * what each number is; it carries the journalist's annotations; and a row that does not sum to 100 is
 * never called the largest.
 */
class AltTextStoryTest {

    @Test
    void divergingChartOpensWithTheFindingAndItsNumberNotTheChartType() {
        String text = plain(Charts.layout(Charts.DIVERGING, 640, "da").description());

        assertThat(text).startsWith("»Kommunen går i dialog om samarbejde«: 79,7 % svarer »Som regel« eller »Somme tider«");
        assertThat(text.indexOf("Divergerende bjælkediagram")).isGreaterThan(text.indexOf("79,7"));
    }

    @Test
    void goalChartSaysWhatTheFourteenPointEightIs() {
        String text = plain(Charts.layout(Charts.GOAL, 640, "da").description());

        assertThat(text).startsWith("Målet »Chefer, der vil styrke civile aktørers rolle« er 75 %. I praksis:")
                .contains("»Lokale civile aktører inviterer kommunen«: 14,8 % (andel der svarer »Som regel«)");
    }

    @Test
    void annotationsTextsAreInTheAltText() {
        String da = plain(Charts.layout(Charts.annotated(Charts.DIVERGING), 640, "da").description());
        String en = plain(Charts.layout(Charts.annotated(Charts.STACKED), 640, "en").description());

        assertThat(da).contains("60,2 point fra mål til praksis", "Dialog", "Halvdelen");
        assertThat(en).contains("60.2 points from goal to practice", "Dialog", "Half");
    }

    @Test
    void rowSummingTo130IsNotCalledTheLargestAndIsNamed() {
        String text = plain(Charts.layout(Charts.FAULTY, Charts.STACKED, 640, "da").description());

        assertThat(text).doesNotStartWith("»Kommunen lader brugerne bidrage«")
                .contains("»Kommunen lader brugerne bidrage« summer til 130");
    }

    /** The alt text with its no-break spaces ("79,7 %") as plain spaces, to compare with typed text. */
    private static String plain(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
