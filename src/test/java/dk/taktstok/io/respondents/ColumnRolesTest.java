package dk.taktstok.io.respondents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What each column of respondent rows is, told from its heading and its first rows. */
class ColumnRolesTest {

    private final AnswerValues values = new AnswerValues(List.of());

    /** Rows of one column, the value of row r being {@code value(r)}. */
    private List<int[]> column(int rows, java.util.function.IntFunction<String> value) {
        var sample = new ArrayList<int[]>();
        for (int r = 0; r < rows; r++) {
            String text = value.apply(r);
            sample.add(new int[] {text == null ? -1 : values.text(text)});
        }
        return sample;
    }

    private ColumnRole role(String heading, List<int[]> sample) {
        return ColumnRoles.decide(java.util.Collections.singletonList(heading), sample, values, -1).roles().getFirst();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Respondent", "ID", "Resp.id", "Løbenr", "Case ID"})
    void idHeadingMakesAnIdColumn(String heading) {
        assertThat(role(heading, column(100, r -> String.valueOf(r % 5)))).isEqualTo(ColumnRole.ID);
    }

    @Test
    void valuesAllDifferentMakeAnIdColumnWhateverItsHeading() {
        assertThat(role("Kommune", column(100, r -> "Kommune " + r))).isEqualTo(ColumnRole.ID);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"vægt", "Weight", "VAEGT", "weight_final", "Vægtfaktor"})
    void weightHeadingOverPositiveNumbersMakesAWeightColumn(String heading) {
        assertThat(role(heading, column(100, r -> "0." + (r % 7 + 1)))).isEqualTo(ColumnRole.WEIGHT);
    }

    @Test
    void weightHeadingOverAnswersIsAQuestion() {
        assertThat(role("Weight", column(100, r -> r % 2 == 0 ? "Ja" : "Nej"))).isEqualTo(ColumnRole.QUESTION);
    }

    @Test
    void longHeadingStartingLikeAnIdIsAQuestion() {
        assertThat(role("Nr. 3: Hvor ofte inviterer kommunen foreninger til samarbejde?",
                column(100, r -> List.of("Ofte", "Sjældent", "Aldrig").get(r % 3)))).isEqualTo(ColumnRole.QUESTION);
    }

    @Test
    void freeTextAndManyNumbersAreOther() {
        assertThat(role("Kommentar", column(100, r -> r % 2 == 0 ? "Fint" : "En lang kommentar nummer " + r)))
                .isEqualTo(ColumnRole.OTHER);
        assertThat(role("Alder", column(100, r -> String.valueOf(18 + r % 60)))).isEqualTo(ColumnRole.OTHER);
    }

    @Test
    void blanksDoNotCountAgainstAQuestion() {
        assertThat(role("Hvor enig er du?", column(100, r -> r % 4 == 0 ? null : "Enig"))).isEqualTo(ColumnRole.QUESTION);
    }

    @Test
    void aReportsTableIsNotRespondentRows() {
        // a first column of item labels and columns of percentages, however many rows
        List<String> header = java.util.Arrays.asList(null, "Som regel", "Somme tider", "Aldrig");
        var sample = new ArrayList<int[]>();
        for (int r = 0; r < 40; r++) {
            sample.add(new int[] {values.text("Udsagn " + r), values.number(String.valueOf(10 + r * 0.7)),
                    values.number(String.valueOf(50 - r * 0.3)), values.number(String.valueOf(40 - r * 0.4))});
        }

        assertThat(ColumnRoles.decide(header, sample, values, -1).looksLikeRespondents()).isFalse();
    }

    @Test
    void fewerThanThirtyRowsAreNotRespondentRowsByThemselves() {
        List<int[]> sample = column(29, r -> r % 2 == 0 ? "Ja" : "Nej");

        assertThat(ColumnRoles.decide(List.of("Har du stemt?"), sample, values, -1).looksLikeRespondents()).isFalse();
        assertThat(ColumnRoles.decide(List.of("Har du stemt?"), column(30, r -> r % 2 == 0 ? "Ja" : "Nej"), values, -1)
                .looksLikeRespondents()).isTrue();
    }
}
