package dk.taktstok.io.store;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.io.Problem;
import dk.taktstok.model.Category;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import dk.taktstok.testing.Seed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dispatcher: which reader a file goes to, judged by its content, and what it says about the choice. */
class StudyFilesTest {

    private static final String READ_AS_CSV = "the file is text, not an Excel workbook, so it is read as CSV";

    @TempDir
    Path dir;

    private final StudyFiles files = StudyFiles.standard();

    private static void assertSeedTable(Study study) {
        SurveyTable table = study.tables().getFirst();
        assertThat(study.scaleOf(table).categories()).extracting(Category::name).containsExactlyElementsOf(Seed.CATEGORIES);
        assertThat(table.items()).extracting(i -> i.label().text()).containsExactlyElementsOf(Seed.LABELS);
    }

    @Test
    void csvTextNamedXlsIsReadAsCsvWithAWarning() throws IOException {
        Path file = Files.writeString(dir.resolve("export.xls"), Seed.csv(';', true), StandardCharsets.UTF_8);

        ReadResult result = files.read(file);

        assertSeedTable(result.study());
        assertThat(result.problems()).containsExactly(Problem.warning(null, READ_AS_CSV));
    }

    @Test
    void csvTextNamedCsvIsReadWithoutAWordOnItsKind() throws IOException {
        Path file = Files.writeString(dir.resolve("export.csv"), Seed.csv(';', true), StandardCharsets.UTF_8);

        ReadResult result = files.read(file);

        assertSeedTable(result.study());
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void utf16TextIsReadAsCsvThoughHalfItsBytesAreNul() throws IOException {
        byte[] text = Seed.csv('\t', true).getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);
        Path file = Files.write(dir.resolve("export.xlsx"), bytes);

        ReadResult result = files.read(file);

        assertSeedTable(result.study());
        assertThat(result.problems()).containsExactly(Problem.warning(null, READ_AS_CSV));
    }
}
