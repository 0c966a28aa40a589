package dk.taktstok.io.csv;

import dk.taktstok.testing.Seed;
import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.io.Parsed;
import dk.taktstok.io.Problem;
import dk.taktstok.model.Category;
import dk.taktstok.model.Item;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvStudyReaderTest {

    @TempDir
    Path dir;

    private final CsvStudyReader reader = new CsvStudyReader();

    private Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private static void assertSeed(Study study) {
        SurveyTable table = study.tables().getFirst();
        assertThat(study.scaleOf(table).categories()).extracting(Category::name).containsExactlyElementsOf(Seed.CATEGORIES);
        assertThat(table.items()).extracting(i -> i.label().text()).containsExactlyElementsOf(Seed.LABELS);
        for (int r = 0; r < 6; r++) {
            assertThat(table.items().get(r).shares()).containsExactlyElementsOf(Seed.shares(r));
        }
    }

    @ParameterizedTest(name = "delimiter ''{0}'', decimal comma {1}")
    @CsvSource({"',', false", "';', true", "';', false", "',', true"})
    void seedTableIsReadWithEitherDelimiterAndDecimalMark(char delimiter, boolean decimalComma) throws IOException {
        Parsed parsed = reader.read(write("initiative-table.csv", Seed.csv(delimiter, decimalComma)));

        assertThat(parsed.problems()).isEmpty();
        assertSeed(parsed.study());
        Study study = parsed.study();
        assertThat(study.tables().getFirst().id()).isEqualTo("initiative-table");
        assertThat(study.tables().getFirst().title().text()).isEqualTo("initiative-table");
        assertThat(study.metadata().title().text()).isEqualTo("initiative-table");
        assertThat(study.language()).isEqualTo("da");
        assertThat(study.scaleOf(study.tables().getFirst()).category("Som regel").orElseThrow().score()).isEqualTo(3.0);
        assertThat(parsed.sourceMap().share(0, 0, 0)).isEqualTo("2:2");
        assertThat(parsed.sourceMap().item(0, 5)).isEqualTo("7:1");
    }

    @Test
    void byteOrderMarkIsSkipped() throws IOException {
        byte[] text = Seed.csv(',', false).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(text, 0, bytes, 3, text.length);

        Parsed parsed = reader.read(write("bom.csv", bytes));

        assertThat(parsed.problems()).isEmpty();
        assertSeed(parsed.study());
    }

    @Test
    void windows1252IsReadWithAWarning() throws IOException {
        Parsed parsed = reader.read(write("ansi.csv", Seed.csv(';', true).getBytes(Charset.forName("windows-1252"))));

        assertSeed(parsed.study());
        assertThat(parsed.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.message()).contains("not UTF-8").contains("Windows-1252");
            assertThat(p.location()).isEqualTo("1:4"); // "Sjældent" is the fourth field of line 1
        });
    }

    @Test
    void titleLinesQuotedLineBreaksAndNotesAreUnderstood() throws IOException {
        String text = """
                Hvem tager initiativet?;;;;;
                "Hvor ofte sker følgende?
                (Procent)";;;;;
                ;;;;;
                """ + Seed.csv(';', true) + """
                ;;;;;
                Kilde: SDU og KORA;;;;;
                """;

        Parsed parsed = reader.read(write("tabel.csv", text));

        assertThat(parsed.problems()).isEmpty();
        assertSeed(parsed.study());
        SurveyTable table = parsed.study().tables().getFirst();
        assertThat(table.title().text()).isEqualTo("Hvem tager initiativet?");
        assertThat(table.question().text()).isEqualTo("Hvor ofte sker følgende? (Procent)");
        assertThat(parsed.study().metadata().source().text()).isEqualTo("SDU og KORA");
        assertThat(parsed.sourceMap().share(0, 0, 0)).isEqualTo("6:2");
    }

    @Test
    void totalColumnIsNotACategory() throws IOException {
        String text = "item,Som regel,Aldrig,I alt\nA,40,60,100\nB,30,70,100\n";

        SurveyTable table = reader.read(write("t.csv", text)).study().tables().getFirst();

        assertThat(table.items().getFirst().shares()).containsExactly(40.0, 60.0);
    }

    @Test
    void textInANumberFieldAndAMissingFieldAreErrorsNamingLineAndColumn() throws IOException {
        String text = "item,Som regel,Somme tider,Sjældent,Aldrig,Ved ikke\n"
                + "A,26.7,n/a,8.8,5.5,12.7\n"
                + "B,15.5,46.7,17.9,,13.3\n";

        Parsed parsed = reader.read(write("bad.csv", text));

        assertThat(parsed.problems()).containsExactly(
                Problem.error("2:3", "'n/a' is not a number"),
                Problem.error("3:5", "no value for 'Aldrig'"));
        assertThat(parsed.study()).isNotNull();
        Item b = parsed.study().tables().getFirst().items().get(1);
        assertThat(b.shares().get(3)).isNaN();
    }

    @Test
    void fileWithoutATableSaysSo() throws IOException {
        Parsed parsed = reader.read(write("notes.csv", "Noter\nDette er bare tekst\n"));

        assertThat(parsed.study()).isNull();
        assertThat(parsed.problems()).containsExactly(Problem.error(null, "no table found in the file"));
    }

    @Test
    void emptyMissingAndBinaryFilesAreRefusedInPlainWords() throws IOException {
        assertThat(reader.read(write("empty.csv", new byte[0])).problems())
                .containsExactly(Problem.error(null, "the file is empty"));
        assertThat(reader.read(dir.resolve("nowhere.csv")).problems())
                .containsExactly(Problem.error(null, "the file does not exist"));
        assertThat(reader.read(write("book.csv", new byte[]{'P', 'K', 3, 4, 0, 0})).problems().getFirst().message())
                .contains("not CSV text");
        assertThat(reader.read(write("image.csv", new byte[]{1, 0, 2, 0})).problems().getFirst().message())
                .contains("not a text file");
    }

    @Test
    void readingNeverChangesTheFile() throws IOException {
        Path file = write("seed.csv", Seed.csv(',', false));
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_500_000_000_000L));
        byte[] before = Files.readAllBytes(file);

        reader.read(file);

        assertThat(Arrays.equals(Files.readAllBytes(file), before)).isTrue();
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(FileTime.fromMillis(1_500_000_000_000L));
    }

    @Test
    void aLongTableOfCountsIsReadAsOneItemPerItemNotAsRespondentRows() throws IOException {
        Path file = write("long.csv", """
                question,answer,count,total
                Code of conduct,Very important,30,50
                Code of conduct,Not important,15,50
                Code of conduct,Don't know,5,50
                Licence,Very important,40,45
                Licence,Not important,5,45
                """);

        Parsed parsed = reader.read(file);

        SurveyTable table = parsed.study().tables().getFirst();
        assertThat(table.source().layout()).isEqualTo("long");
        assertThat(table.source().sheet()).isNull();
        assertThat(table.source().range()).isEqualTo("1:6");
        assertThat(table.items()).extracting(i -> i.label().text()).containsExactly("Code of conduct", "Licence");
        assertThat(table.items()).extracting(Item::n).containsExactly(50, 45);
        assertThat(table.items().getFirst().shares()).containsExactly(60.0, 30.0, 10.0);
    }

    @Test
    void aYesNoTableWithNoWrittenNegativeIsFoundAndTheErrorNamesTheCell() throws IOException {
        Path file = write("diverging.csv", "item,Yes,No\nBetter statistics,61,-39\nMore data,55,-45\n");

        Parsed parsed = reader.read(file);

        assertThat(parsed.problems()).filteredOn(Problem::isError).first().satisfies(p -> {
            assertThat(p.location()).isEqualTo("2:3");
            assertThat(p.message()).contains("'No' is written as negative numbers").contains("diverging chart");
        });
        assertThat(parsed.problems()).noneMatch(p -> p.message().startsWith("no table found"));
    }
}
