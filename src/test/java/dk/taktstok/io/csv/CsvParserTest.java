package dk.taktstok.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvParserTest {

    private static List<List<String>> texts(CsvParser.Result result) {
        return result.records().stream().map(r -> r.fields().stream().map(CsvParser.Field::text).toList()).toList();
    }

    @Test
    void quotedFieldsHoldDelimitersLineBreaksAndDoubledQuotes() {
        String text = "a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",x,\"\"\n";

        CsvParser.Result result = CsvParser.parse(text, ',', 100);

        assertThat(texts(result)).containsExactly(List.of("a", "b,c", "say \"hi\""), List.of("two\nlines", "x", ""));
        assertThat(result.records().get(1).line()).isEqualTo(2);
        assertThat(result.records().get(1).lastLine()).isEqualTo(3);
        assertThat(result.records().get(1).fields().get(1).line()).isEqualTo(3);
        assertThat(result.unclosedQuote()).isNull();
    }

    @Test
    void blankLinesAreBlankRecordsAndTheLastLineNeedsNoBreak() {
        CsvParser.Result result = CsvParser.parse("a;b\n\nc;d", ';', 100);

        assertThat(texts(result)).containsExactly(List.of("a", "b"), List.of(""), List.of("c", "d"));
        assertThat(result.records().get(2).line()).isEqualTo(3);
    }

    @Test
    void unclosedQuoteRunsToTheEndAndIsReported() {
        CsvParser.Result result = CsvParser.parse("a,b\nc,\"d\ne\n", ',', 100);

        assertThat(texts(result).getLast()).containsExactly("c", "d\ne\n");
        assertThat(result.unclosedQuote().line()).isEqualTo(2);
        assertThat(result.unclosedColumn()).isEqualTo(2);
    }

    @Test
    void parsingStopsAtTheCellLimit() {
        CsvParser.Result result = CsvParser.parse("a,b\nc,d\ne,f\n", ',', 3);

        assertThat(result.records()).hasSize(2);
        assertThat(result.truncated()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "'item,Som regel,Aldrig\\nA,26.7,73.3'         | ,",
            "'item;Som regel;Aldrig\\nA;26,7;73,3'         | ;",
            "'item\\tSom regel\\tAldrig\\nA\\t26,7\\t73,3' | \\t",
            "'\"a;b\",c,d\\n\"e;f\",g,h'                     | ,",
            "'just one column\\nno delimiter'               | ,"})
    void delimiterIsTheOneThatSplitsLinesEvenly(String text, String delimiter) {
        String unescaped = text.replace("\\n", "\n").replace("\\t", "\t");
        char expected = delimiter.equals("\\t") ? '\t' : delimiter.charAt(0);

        assertThat(CsvParser.detectDelimiter(unescaped)).isEqualTo(expected);
    }
}
