package dk.taktstok.io;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.io.store.StudyFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Reads every file of Apache POI's spreadsheet test corpus (../shared/corpus/poi-spreadsheets, or
 * -Dtaktstok.corpus=DIR), about 810 real-world and hostile files, as {@code taktstok validate} does: each
 * gives a study or a problem in plain words, never an exception, within 10 s, and stays unchanged.
 * Skipped where the corpus is absent, unless the {@code corpus} profile asks for it
 * ({@code -Dtaktstok.corpus.required=true}); {@code -Dtaktstok.corpus.verbose} prints every file.
 */
class CorpusTest {

    private static final Path CORPUS = Path.of(System.getProperty("taktstok.corpus", "../shared/corpus/poi-spreadsheets"));

    @Test
    void everyFileLoadsOrIsRefusedInPlainWordsQuicklyAndUnchanged() throws Exception {
        if (Boolean.getBoolean("taktstok.corpus.required")) {
            assertThat(CORPUS).as("the corpus (-Dtaktstok.corpus=DIR)").isDirectory();
        }
        Assumptions.assumeTrue(Files.isDirectory(CORPUS), "no corpus at " + CORPUS.toAbsolutePath());

        Corpus.Report report = Corpus.read(Corpus.files(CORPUS), StudyFiles.standard()::read);

        if (System.getProperty("taktstok.corpus.verbose") != null) {
            report.reads().values().forEach(r -> System.out.println(r.file().getFileName() + "\t" + r.millis()
                    + " ms\t" + r.outcome()));
        }
        Corpus.print("Corpus " + CORPUS, report);
        assertThat(report.failures()).isEmpty();
    }
}
