package dk.taktstok.io;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.io.store.ReadResult;
import dk.taktstok.io.store.StudyFiles;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The committed part of the POI corpus (src/test/resources/dk/taktstok/io/corpus, see its README): one
 * or more files for every way a file is refused, and the nastiest that load. Every file gives a study or
 * a problem in plain words, never an exception, within 10 s, unchanged; each refused file gets the
 * refusal {@code expected-refusals.tsv} names, and every other file loads or has no table.
 */
class CorpusSubsetTest {

    private static Path folder;
    private static Corpus.Report report;

    @BeforeAll
    static void readAll() throws Exception {
        folder = folder();
        var files = Corpus.files(folder).stream().filter(CorpusSubsetTest::isSample).toList();
        report = Corpus.read(files, StudyFiles.standard()::read);
        Corpus.print("Committed corpus", report);
    }

    static Path folder() throws URISyntaxException {
        return Path.of(CorpusSubsetTest.class.getResource("corpus/README.md").toURI()).getParent();
    }

    private static boolean isSample(Path file) {
        String name = file.getFileName().toString();
        return !name.equals("README.md") && !name.equals("LICENSE") && !name.equals("NOTICE")
                && !name.equals("expected-refusals.tsv") && !name.equals(".gitattributes");
    }

    /** File name → the refusal it gets; tab-separated, # for comments. */
    private static Map<String, String> expectedRefusals() throws IOException {
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(folder.resolve("expected-refusals.tsv"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] parts = line.split("\t", 2);
                expected.put(parts[0], parts[1]);
            }
        }
        return expected;
    }

    @Test
    void nothingCrashesHangsTakesOverTenSecondsOrChangesAFile() {
        assertThat(report.failures()).isEmpty();
        assertThat(report.reads()).hasSizeGreaterThan(80);
    }

    @Test
    void eachRefusedFileGetsItsPlainRefusal() throws IOException {
        Map<String, String> expected = expectedRefusals();
        Map<String, String> refused = new LinkedHashMap<>();
        report.reads().forEach((name, read) -> {
            if (read.outcome().startsWith("refused: ")) {
                refused.put(name, read.outcome().substring("refused: ".length()));
            }
        });

        assertThat(refused).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void everyRefusalPathIsCovered() throws IOException {
        assertThat(expectedRefusals().values()).anyMatch(m -> m.startsWith("the workbook is password-protected"))
                .anyMatch(m -> m.startsWith("the workbook is in Excel 95 or older format"))
                .anyMatch(m -> m.startsWith("the format .xlsb"))
                .anyMatch(m -> m.startsWith("the workbook is damaged"))
                .anyMatch(m -> m.contains("declares a document type"))
                .anyMatch(m -> m.startsWith("this is an image") || m.contains("PNG image"))
                .anyMatch(m -> m.contains("Access database"))
                .anyMatch(m -> m.contains("OpenDocument spreadsheet"))
                .anyMatch(m -> m.contains("Excel 2003 XML"));
    }

    @Test
    void strictOoxmlAnd1904DatesAreReadAndSomeFilesHaveTables() {
        for (String name : new String[] {"sample.strict.xlsx", "SampleSS.strict.xlsx", "SimpleStrict.xlsx", "1904DateWindowing.xls"}) {
            assertThat(report.reads().get(name).outcome()).as(name).isIn("loaded", "loaded, with errors", "no table");
        }
        assertThat(report.reads().values()).filteredOn(r -> r.outcome().startsWith("loaded")).hasSizeGreaterThan(5);
    }

    @ParameterizedTest(name = "{0} opens with \"{1}\"")
    @CsvSource(delimiter = '|', value = {
        "password.xls|password",
        "xor-encryption-abc.xls|abc",
        "protected_passtika.xlsx|tika",
    })
    void encryptedWorkbooksOpenWithTheirPasswords(String name, String password) {
        ReadResult result = StudyFiles.standard().read(folder.resolve(name), password);

        assertThat(Corpus.outcome(result)).isIn("loaded", "loaded, with errors", "no table");
        assertThat(result.needsPassword()).isFalse();
    }

    @Test
    void anEncryptedXlsbIsNamedAsXlsbOnceItsPasswordOpensIt() {
        ReadResult result = StudyFiles.standard().read(folder.resolve("protected_passtika.xlsb"), "tika");

        assertThat(Corpus.outcome(result)).isEqualTo("refused: the format .xlsb (binary workbook) is not supported; save it as .xlsx");
    }

    @Test
    void aWrongPasswordIsSaidAsSuchForXlsAndXlsx() {
        for (String name : new String[] {"password.xls", "protected_passtika.xlsx", "xor-encryption-abc.xls"}) {
            ReadResult result = StudyFiles.standard().read(folder.resolve(name), "not-it");

            assertThat(Corpus.outcome(result)).as(name).isEqualTo("refused: the password is wrong");
            assertThat(result.needsPassword()).isTrue();
        }
    }
}
