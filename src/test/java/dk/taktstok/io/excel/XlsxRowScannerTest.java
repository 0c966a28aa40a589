package dk.taktstok.io.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The byte-level sheet reader: every shape of cell SpreadsheetML has, and what it refuses. */
class XlsxRowScannerTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    private static final String TAIL = "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:B1\"/></mergeCells></worksheet>";

    /** Every cell as "row:col:kind:value", and "end:row" for each row's end. */
    private static List<String> scan(String xml) throws IOException {
        var seen = new ArrayList<String>();
        new XlsxRowScanner(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).scan(new XlsxRowScanner.Cells() {
            private int row;

            @Override
            public boolean wants(int col) {
                return col != 7;
            }

            @Override
            public void sharedString(int col, int index) {
                seen.add(col + ":s:" + index);
            }

            @Override
            public void number(int col, String written) {
                seen.add(col + ":n:" + written);
            }

            @Override
            public void text(int col, String text) {
                seen.add(col + ":t:" + text);
            }

            @Override
            public boolean endRow(int r, long bytesRead) {
                seen.add("end:" + r);
                return true;
            }
        });
        return seen;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            shared string                | <c r="B2" t="s"><v>12</v></c>                                    | 1:s:12
            number                       | <c r="C2"><v>0.8731</v></c>                                      | 2:n:0.8731
            number with its type         | <c r="C2" t="n" s="3"><v>3</v></c>                               | 2:n:3
            inline string                | <c r="D2" t="inlineStr"><is><t>Helt enig</t></is></c>           | 3:t:Helt enig
            rich inline string           | <c r="D2" t="inlineStr"><is><r><t>Helt </t></r><r><t>enig</t></r></is></c> | 3:t:Helt enig
            phonetic run left out        | <c r="D2" t="inlineStr"><is><t>A</t><rPh><t>x</t></rPh></is></c> | 3:t:A
            formula's text result        | <c r="E2" t="str"><f>A1&amp;"x"</f><v>Ja &amp; nej</v></c>       | 4:t:Ja & nej
            boolean                      | <c r="F2" t="b"><v>1</v></c>                                     | 5:t:TRUE
            entities                     | <c r="A2" t="str"><v>&lt;5 &#230;&#x00F8;</v></c>                | 0:t:<5 æø
            CDATA                        | <c r="A2" t="str"><v><![CDATA[a & <b>]]></v></c>                | 0:t:a & <b>
            prefixed (strict OOXML)      | <x:c r="B2" t="s"><x:v>4</x:v></x:c>                             | 1:s:4
            attributes in any order      | <c s="2" t="s" r="AA2"><v>4</v></c>                              | 26:s:4
            single quotes                | <c r='B2' t='s'><v>4</v></c>                                     | 1:s:4
            """)
    void readsEveryKindOfCell(String kind, String cell, String expected) throws IOException {
        String xml = HEAD + "<row r=\"2\">" + cell.replace("<x:c", "<x:c xmlns:x=\"urn:x\"") + "</row>" + TAIL;

        assertThat(scan(xml)).containsExactly(expected, "end:1");
    }

    @Test
    void cellsWithoutReferencesFollowEachOtherAndRowsWithoutNumbersToo() throws IOException {
        String xml = HEAD + "<row><c t=\"s\"><v>1</v></c><c t=\"s\"><v>2</v></c></row><row><c><v>5</v></c></row>" + TAIL;

        assertThat(scan(xml)).containsExactly("0:s:1", "1:s:2", "end:0", "0:n:5", "end:1");
    }

    @Test
    void emptyAndErrorCellsAndUnwantedColumnsGiveNothing() throws IOException {
        String xml = HEAD + "<row r=\"1\"><c r=\"A1\" s=\"1\"/><c r=\"B1\" t=\"e\"><v>#N/A</v></c>"
                + "<c r=\"H1\" t=\"s\"><v>9</v></c><c r=\"C1\"><v></v></c></row>" + TAIL;

        assertThat(scan(xml)).containsExactly("end:0");
    }

    @Test
    void commentsAndOtherElementsAreSkipped() throws IOException {
        String xml = HEAD.replace("<sheetData>", "<sheetPr codeName=\"a>b\"/><!-- a <c> in a comment --><sheetData>")
                + "<row r=\"3\" spans=\"1:2\" x14ac:dyDescent=\"0.25\"><c r=\"A3\" t=\"s\"><v>0</v></c></row>" + TAIL;

        assertThat(scan(xml)).containsExactly("0:s:0", "end:2");
    }

    @Test
    void cellsAfterTheSheetDataAreNotRead() throws IOException {
        String xml = HEAD + "<row r=\"1\"><c r=\"A1\"><v>1</v></c></row></sheetData><row><c><v>2</v></c></row></worksheet>";

        assertThat(scan(xml)).containsExactly("0:n:1", "end:0");
    }

    @Test
    void rowsAcrossManyBuffersAreReadWhole() throws IOException {
        var xml = new StringBuilder(HEAD);
        for (int r = 1; r <= 30_000; r++) {
            xml.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>Svar &amp; ")
                    .append(r).append("</t></is></c><c r=\"B").append(r).append("\" t=\"s\"><v>").append(r % 7).append("</v></c></row>");
        }

        List<String> seen = scan(xml.append(TAIL).toString());

        assertThat(seen).hasSize(90_000);
        for (int r = 0; r < 30_000; r++) {
            assertThat(seen.subList(3 * r, 3 * r + 3)).containsExactly("0:t:Svar & " + (r + 1), "1:s:" + (r + 1) % 7, "end:" + r);
        }
    }

    @Test
    void documentTypeIsRefused() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x \"y\">]>" + HEAD.substring(HEAD.indexOf("<worksheet"));

        assertThatThrownBy(() -> scan(xml)).isInstanceOf(WorkbookRefused.class)
                .hasMessage(ExcelFailures.UNSAFE_XML);
    }

    @Test
    void tagCutOffByTheEndIsDamage() {
        assertThatThrownBy(() -> scan(HEAD + "<row r=\"1\"><c r=\"A1\" t=")).isInstanceOf(WorkbookRefused.class)
                .hasMessage(ExcelFailures.DAMAGED);
    }
}
