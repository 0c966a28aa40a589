package dk.taktstok.io.excel;

import dk.taktstok.testing.BadFiles;
import dk.taktstok.testing.SeedWorkbooks;
import dk.taktstok.testing.Seed;
import static dk.taktstok.testing.SeedWorkbooks.seedTable;
import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.io.Parsed;
import dk.taktstok.io.Problem;
import dk.taktstok.testing.SeedWorkbooks.Format;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxSheetsTest {

    @TempDir
    Path dir;

    private final ExcelStudyReader reader = new ExcelStudyReader();

    @Test
    void workbookCutInHalfIsDamagedOrIncomplete() throws Exception {
        Path whole = SeedWorkbooks.write(dir, "whole", Format.XLSX, book -> book.sheet("Data", seedTable("")));

        Parsed parsed = reader.read(BadFiles.truncated(whole, dir.resolve("half.xlsx")));

        assertThat(parsed.study()).isNull();
        assertThat(parsed.problems()).containsExactly(Problem.error(null,
                "the workbook is damaged or incomplete (it may have been cut off while copying)"));
    }

    @Test
    void xlsCutInHalfIsDamagedOrIncomplete() throws Exception {
        Path whole = SeedWorkbooks.write(dir, "whole", Format.XLS, book -> book.sheet("Data", seedTable("")));

        Parsed parsed = reader.read(BadFiles.truncated(whole, dir.resolve("half.xls")));

        assertThat(parsed.problems()).extracting(Problem::message)
                .containsExactly("the workbook is damaged or incomplete (it may have been cut off while copying)");
    }

    @Test
    void zipBombIsRefusedQuickly() throws Exception {
        Path bomb = BadFiles.zipBomb(dir.resolve("bomb.xlsx"));
        assertThat(Files.size(bomb)).isLessThan(20L << 20);

        long start = System.nanoTime();
        Parsed parsed = reader.read(bomb);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(millis).isLessThan(10_000);
        assertThat(parsed.study()).isNull();
        assertThat(parsed.problems()).containsExactly(Problem.error(null,
                "the workbook looks like a zip bomb (it would expand to far more than its size); refused"));
    }

    @Test
    void documentTypeDeclarationsAreRefused() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>(BadFiles.MINIMAL_XLSX);
        entries.put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]><worksheet><sheetData><row><c t=\"inlineStr\"><is><t>&lol2;</t></is>"
                + "</c></row></sheetData></worksheet>");

        Parsed parsed = reader.read(BadFiles.zip(dir.resolve("laughs.xlsx"), entries));

        assertThat(parsed.problems()).extracting(Problem::message).singleElement().asString().contains("refused");
    }

    @Test
    void sheetsWrittenWithPrefixesAndWithoutCellReferencesAreRead() throws Exception {
        Map<String, String> entries = new LinkedHashMap<>(BadFiles.MINIMAL_XLSX);
        StringBuilder sheet = new StringBuilder("<?xml version=\"1.0\"?><x:worksheet "
                + "xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:sheetData>");
        sheet.append("<x:row><x:c/>");
        for (String category : dk.taktstok.testing.Seed.CATEGORIES) {
            sheet.append("<x:c t=\"inlineStr\"><x:is><x:t>").append(category).append("</x:t></x:is></x:c>");
        }
        sheet.append("</x:row>");
        for (int r = 0; r < 6; r++) {
            sheet.append("<x:row><x:c t=\"inlineStr\"><x:is><x:r><x:t>Udsagn </x:t></x:r><x:r><x:t>").append(r + 1)
                    .append("</x:t></x:r></x:is></x:c>");
            for (double v : dk.taktstok.testing.Seed.SHARES[r]) {
                sheet.append("<x:c><x:v>").append(v).append("</x:v></x:c>");
            }
            sheet.append("</x:row>");
        }
        entries.put("xl/worksheets/sheet1.xml", sheet.append("</x:sheetData></x:worksheet>").toString());

        Parsed parsed = reader.read(BadFiles.zip(dir.resolve("prefixed.xlsx"), entries));

        assertThat(parsed.problems()).isEmpty();
        var table = parsed.study().tables().getFirst();
        assertThat(table.items().get(2).label().text()).isEqualTo("Udsagn 3");
        assertThat(table.items().get(2).shares()).containsExactlyElementsOf(dk.taktstok.testing.Seed.shares(2));
        assertThat(parsed.sourceMap().share(0, 2, 0)).isEqualTo("Data!B4");
    }
}
