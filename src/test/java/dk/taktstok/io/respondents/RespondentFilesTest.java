package dk.taktstok.io.respondents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dk.taktstok.io.Layout;
import dk.taktstok.io.Problem;
import dk.taktstok.io.ReadOptions;
import dk.taktstok.io.ReadProgress;
import dk.taktstok.io.store.ReadResult;
import dk.taktstok.io.store.StudyFiles;
import dk.taktstok.model.Item;
import dk.taktstok.model.Scale;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import dk.taktstok.testing.RespondentWorkbooks.Options;
import dk.taktstok.testing.RespondentWorkbooks.Written;
import dk.taktstok.testing.RespondentWorkbooks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Respondent rows read from .xlsx and CSV files into tables: what is counted, and how. */
class RespondentFilesTest {

    private static final double EPS = 1e-9;

    @TempDir
    Path dir;

    private Written write(String extension, int rows, int questions, Options options) throws IOException {
        return RespondentWorkbooks.writeAndKeep(dir.resolve("survey" + extension), rows, questions, 7, options);
    }

    private static Study read(Path file, ReadOptions options) {
        ReadResult result = StudyFiles.standard().read(file, options);
        assertThat(result.errors()).as("errors").isEmpty();
        return result.study();
    }

    private static Study read(Path file) {
        return read(file, ReadOptions.DEFAULT);
    }

    /** The item of question {@code q} (from 0) of a written file, and its table's scale. */
    private static Item item(Study study, int q) {
        String id = "q" + (q + 2); // the id column is the first
        return study.tables().stream().flatMap(t -> t.items().stream()).filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow();
    }

    private static Scale scaleOf(Study study, int q) {
        String id = "q" + (q + 2);
        SurveyTable table = study.tables().stream().filter(t -> t.item(id).isPresent()).findFirst().orElseThrow();
        return study.scaleOf(table);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {".xlsx", ".csv"})
    void sharesEqualAPlainCountOfTheAnswers(String extension) throws IOException {
        Written file = write(extension, 300, 6, Options.TEXT);

        Study study = read(file.file());

        for (int q = 0; q < 6; q++) {
            Item item = item(study, q);
            Scale scale = scaleOf(study, q);
            List<String> categories = file.scaleOf(q);
            for (int c = 0; c < categories.size(); c++) {
                int category = scale.indexOf(categories.get(c));
                assertThat(item.share(category)).as("%s %s", item.id(), categories.get(c))
                        .isCloseTo(100.0 * file.count(q, c) / file.answered(q), within(EPS));
            }
            assertThat(item.n()).isEqualTo(300);
            assertThat(item.effectiveN()).isNull();
        }
        assertThat(study.metadata().respondents()).isEqualTo(300);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {".xlsx", ".csv"})
    void blanksAreMissingNotAnswers(String extension) throws IOException {
        Written file = write(extension, 400, 4, Options.TEXT.withBlanks(0.1));

        Study study = read(file.file());

        for (int q = 0; q < 4; q++) {
            Item item = item(study, q);
            assertThat(file.answered(q)).isLessThan(400);
            assertThat(item.n()).isEqualTo(file.answered(q));
            assertThat(item.shares().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(100, within(1e-9));
            int first = scaleOf(study, q).indexOf(file.scaleOf(q).getFirst());
            assertThat(item.share(first)).isCloseTo(100.0 * file.count(q, 0) / file.answered(q), within(EPS));
        }
        assertThat(study.metadata().respondents()).isEqualTo(400);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {".xlsx", ".csv"})
    void weightsGiveWeightedSharesAndKishsEffectiveN(String extension) throws IOException {
        Written file = write(extension, 250, 4, Options.TEXT.withWeights().withBlanks(0.05));

        Study study = read(file.file(), ReadOptions.DEFAULT.withWeight("vægt"));

        for (int q = 0; q < 4; q++) {
            Item item = item(study, q);
            int first = scaleOf(study, q).indexOf(file.scaleOf(q).getFirst());
            assertThat(item.share(first)).isCloseTo(100 * file.weight(q, 0) / file.weight(q, -1), within(EPS));
            double sum = 0;
            double squares = 0;
            for (int r = 0; r < file.rows(); r++) {
                if (file.answers()[r][q] >= 0) {
                    sum += file.weights()[r];
                    squares += file.weights()[r] * file.weights()[r];
                }
            }
            assertThat(item.n()).isEqualTo(file.answered(q));
            assertThat(item.effectiveN()).isCloseTo(sum * sum / squares, within(1e-6)).isLessThan(item.n());
        }
    }

    @Test
    void weightColumnIsNotUsedUnlessAskedFor() throws IOException {
        Written file = write(".xlsx", 120, 2, Options.TEXT.withWeights());

        ReadResult result = StudyFiles.standard().read(file.file());

        Item item = item(result.study(), 0);
        int first = scaleOf(result.study(), 0).indexOf(file.scaleOf(0).getFirst());
        assertThat(item.share(first)).isCloseTo(100.0 * file.count(0, 0) / file.answered(0), within(EPS));
        assertThat(item.effectiveN()).isNull();
        assertThat(result.warnings()).extracting(Problem::message)
                .anyMatch(m -> m.contains("'vægt' looks like a weight") && m.contains("--weight"));
    }

    @Test
    void codesReadWithTheCodeSheetGiveTheSameTablesAsLabels() throws IOException {
        Path labels = RespondentWorkbooks.write(dir.resolve("labels.xlsx"), 200, 6, 11, Options.TEXT);
        Path codes = RespondentWorkbooks.write(dir.resolve("codes.xlsx"), 200, 6, 11, Options.TEXT.withCodes());

        Study fromLabels = read(labels);
        Study fromCodes = read(codes);

        assertThat(fromCodes.tables()).isEqualTo(fromLabels.tables());
        assertThat(fromCodes.scales()).isEqualTo(fromLabels.scales());
    }

    @Test
    void codesWithoutLabelsAreTheirOwnCategoriesHighestFirst() throws IOException {
        Written file = write(".csv", 200, 2, Options.TEXT.withCodes());

        Study study = read(file.file());

        // the first question's codes (1-4, 9) are among the second's (1-5, 9): without labels they are one scale
        assertThat(study.tables()).hasSize(1);
        Scale scale = study.scales().getFirst();
        assertThat(scale.categories()).extracting(c -> c.name()).containsExactly("9", "5", "4", "3", "2", "1");
        assertThat(item(study, 0).share(scale.indexOf("1"))).isCloseTo(100.0 * file.count(0, 0) / 200, within(EPS));
    }

    @Test
    void questionsWithTheSameAnswersFormOneTableOnTheirScaleInOrder() throws IOException {
        Written file = write(".xlsx", 150, 5, Options.TEXT);

        Study study = read(file.file());

        assertThat(study.tables()).extracting(SurveyTable::id).containsExactly("data", "data-2");
        assertThat(study.tables().get(0).items()).hasSize(3);
        assertThat(study.tables().get(1).items()).hasSize(2);
        assertThat(study.tables().get(0).title().text()).isEqualTo("Hvor ofte sker følgende i din kommune?");
        assertThat(study.tables().get(0).items().getFirst().label().text()).isEqualTo("Område 1: kommunen inviterer frivillige");
        assertThat(study.scaleOf(study.tables().get(0)).categories()).extracting(c -> c.name())
                .containsExactlyElementsOf(RespondentWorkbooks.FREQUENCY);
        assertThat(study.scaleOf(study.tables().get(1)).categories()).extracting(c -> c.name() + "=" + c.score())
                .containsExactly("Helt enig=4.0", "Delvis enig=3.0", "Hverken enig eller uenig=2.0", "Delvis uenig=1.0",
                        "Helt uenig=0.0", "Ved ikke=null");
        assertThat(study.metadata().title().text()).isEqualTo("survey");
        assertThat(study.language()).isEqualTo("da");
    }

    @Test
    void smallFileOfAnswersWithNoTableInItIsReadAsRespondents() throws IOException {
        Written file = write(".csv", 12, 3, Options.TEXT);

        Study auto = read(file.file());
        Study forced = read(file.file(), ReadOptions.DEFAULT.withLayout(Layout.RESPONDENTS));

        assertThat(item(auto, 0).n()).isEqualTo(12);
        assertThat(item(forced, 0).n()).isEqualTo(12);
        assertThat(auto.tables()).isEqualTo(forced.tables());
    }

    @Test
    void tableLayoutReadsARespondentFileAsTables() throws IOException {
        Written file = write(".csv", 100, 3, Options.TEXT);

        ReadResult result = StudyFiles.standard().read(file.file(), ReadOptions.DEFAULT.withLayout(Layout.TABLE));

        assertThat(result.study() == null || result.study().tables().stream()
                .flatMap(t -> t.items().stream()).allMatch(i -> i.n() == null)).isTrue();
    }

    @Test
    void reportTableIsStillReadAsATable() throws IOException {
        Path csv = dir.resolve("initiative.csv");
        Files.writeString(csv, dk.taktstok.testing.Seed.csv(';', true), StandardCharsets.UTF_8);

        ReadResult result = StudyFiles.standard().read(csv);

        assertThat(result.study().tables().getFirst().items()).hasSize(6);
        assertThat(result.study().tables().getFirst().items().getFirst().n()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {".xlsx", ".csv"})
    void unknownWeightColumnIsAnErrorAtTheOption(String extension) throws IOException {
        Written file = write(extension, 60, 2, Options.TEXT);

        ReadResult result = StudyFiles.standard().read(file.file(), ReadOptions.DEFAULT.withWeight("wgt"));

        assertThat(result.study()).isNull();
        assertThat(result.errors()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo("--weight");
            assertThat(p.message()).startsWith("no column is called 'wgt'; the columns are 'Respondent', ");
        });
    }

    @Test
    void weightAsAColumnLetterIsFound() throws IOException {
        Written file = write(".xlsx", 80, 2, Options.TEXT.withWeights());

        Study study = read(file.file(), ReadOptions.DEFAULT.withWeight("D"));

        assertThat(item(study, 0).effectiveN()).isNotNull();
    }

    @Test
    void problemsNameTheQuestionsHeaderCell() throws IOException {
        Written file = write(".xlsx", 80, 2, Options.TEXT);

        ReadResult result = StudyFiles.standard().read(file.file());

        assertThat(result.problems()).isEmpty();
        assertThat(result.study().tables().getFirst().items().getFirst().id()).isEqualTo("q2");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {".xlsx", ".csv"})
    void progressReportsRowsAndBytes(String extension) throws IOException {
        Path file = RespondentWorkbooks.write(dir.resolve("big" + extension), 20_000, 5, 3, Options.TEXT);
        var rows = new AtomicLong();
        var bytes = new AtomicLong();
        var total = new AtomicLong();

        ReadResult result = StudyFiles.standard().read(file, ReadOptions.DEFAULT.withProgress(new ReadProgress() {
            @Override
            public void progress(long rowsRead, long bytesRead, long bytesTotal) {
                assertThat(rowsRead).isGreaterThan(rows.get());
                rows.set(rowsRead);
                bytes.set(bytesRead);
                total.set(bytesTotal);
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        }));

        assertThat(result.hasErrors()).isFalse();
        assertThat(rows.get()).isGreaterThan(15_000).isLessThanOrEqualTo(20_001);
        assertThat(bytes.get()).isPositive().isLessThanOrEqualTo(total.get());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {".xlsx", ".csv"})
    void cancellingStopsReadingQuicklyAndLeavesNoStudy(String extension) throws IOException {
        Path file = RespondentWorkbooks.write(dir.resolve("big" + extension), 60_000, 20, 3, Options.TEXT);
        var reports = new AtomicLong();

        long start = System.nanoTime();
        ReadResult result = StudyFiles.standard().read(file, ReadOptions.DEFAULT.withProgress(new ReadProgress() {
            @Override
            public void progress(long rows, long bytesRead, long bytesTotal) {
                reports.incrementAndGet();
            }

            @Override
            public boolean cancelled() {
                return reports.get() >= 2;
            }
        }));
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(result.cancelled()).isTrue();
        assertThat(result.study()).isNull();
        assertThat(result.problems()).containsExactly(ReadProgress.CANCELLED);
        assertThat(reports.get()).isEqualTo(2);
        assertThat(seconds).as("seconds until the read stopped").isLessThan(5);
    }

    /** 60 respondents' answers to two questions on one scale, the second blank for every fifth, and a weight. */
    private static java.util.List<Object[]> poiRows() {
        var rows = new java.util.ArrayList<Object[]>();
        rows.add(new Object[] {"Respondent", "Hvor enig er du? A", "Hvor enig er du? B", "vægt"});
        for (int r = 0; r < 60; r++) {
            rows.add(new Object[] {1000.0 + r, List.of("Helt enig", "Delvis enig", "Helt uenig", "Ved ikke").get(r % 4),
                    r % 5 == 0 ? null : (r % 2 == 0 ? "Helt uenig" : "Ved ikke"), 0.5 + (r % 3) * 0.25});
        }
        return rows;
    }

    @Test
    void workbookWrittenByPoiIsCountedLikeAnyOther() throws IOException {
        Path file = dk.taktstok.testing.SeedWorkbooks.write(dir, "poi", dk.taktstok.testing.SeedWorkbooks.Format.XLSX,
                false, book -> book.sheet("Svar", poiRows()));

        Study study = read(file, ReadOptions.DEFAULT.withWeight("vægt"));

        SurveyTable table = study.tables().getFirst();
        Scale scale = study.scaleOf(table);
        assertThat(scale.categories()).extracting(c -> c.name())
                .containsExactly("Helt enig", "Delvis enig", "Helt uenig", "Ved ikke");
        Item a = table.items().get(0);
        Item b = table.items().get(1);
        assertThat(a.n()).isEqualTo(60);
        assertThat(b.n()).isEqualTo(48);
        double all = 0;
        double enig = 0;
        for (int r = 0; r < 60; r++) {
            double w = 0.5 + (r % 3) * 0.25;
            all += w;
            enig += r % 4 == 0 ? w : 0;
        }
        assertThat(a.share(scale.indexOf("Helt enig"))).isCloseTo(100 * enig / all, within(EPS));
    }

    @Test
    void streamingWorkbookWithInlineStringsIsCountedToo() throws IOException {
        Path file = dir.resolve("sxssf.xlsx");
        try (var workbook = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100);
             var out = Files.newOutputStream(file)) {
            var sheet = workbook.createSheet("Svar");
            var rows = poiRows();
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).length; c++) {
                    Object value = rows.get(r)[c];
                    if (value instanceof String text) {
                        row.createCell(c).setCellValue(text);
                    } else if (value instanceof Double number) {
                        row.createCell(c).setCellValue(number);
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
        }

        Study study = read(file);

        Item b = study.tables().getFirst().items().get(1);
        assertThat(b.n()).isEqualTo(48);
        assertThat(b.share(study.scaleOf(study.tables().getFirst()).indexOf("Ved ikke"))).isCloseTo(50, within(EPS));
    }

    /** A codebook: the generator's two scales with their codes, scored 1–4 and 1–5, "Ved ikke" coded 9. */
    private static Study codebook() {
        var scales = new java.util.ArrayList<Scale>();
        for (var labels : List.of(RespondentWorkbooks.FREQUENCY, RespondentWorkbooks.AGREEMENT)) {
            var categories = new java.util.ArrayList<dk.taktstok.model.Category>();
            for (int c = 0; c < labels.size(); c++) {
                var label = dk.taktstok.model.Text.of(labels.get(c));
                int code = RespondentWorkbooks.code(labels, c);
                categories.add(code == 9 ? dk.taktstok.model.Category.dontKnow(label).withCode(9)
                        : dk.taktstok.model.Category.substantive(label, labels.size() - c).withCode(code));
            }
            scales.add(new Scale(labels == RespondentWorkbooks.FREQUENCY ? "hvor-ofte" : "enighed", categories));
        }
        return new Study(dk.taktstok.model.Metadata.titled("Kodebog", "da"), scales, List.of(), List.of(), List.of());
    }

    @Test
    void codebookGivesNumericAnswersItsCategoriesOnItsScales() throws IOException {
        Written file = write(".csv", 300, 4, Options.TEXT.withCodes().withBlanks(0.05));

        Study study = read(file.file(), ReadOptions.DEFAULT.withCodebook(codebook()));

        assertThat(study.scales()).extracting(Scale::id).containsExactly("hvor-ofte", "enighed");
        assertThat(study.tables()).hasSize(2);
        for (int q = 0; q < 4; q++) {
            Item item = item(study, q);
            Scale scale = scaleOf(study, q);
            assertThat(scale.id()).isEqualTo(q < 2 ? "hvor-ofte" : "enighed");
            for (int c = 0; c < file.scaleOf(q).size(); c++) {
                assertThat(item.share(scale.indexOf(file.scaleOf(q).get(c))))
                        .isCloseTo(100.0 * file.count(q, c) / file.answered(q), within(EPS));
            }
            assertThat(item.n()).isEqualTo(file.answered(q));
        }
        assertThat(study.scale("enighed").orElseThrow().category("Helt enig").orElseThrow().score()).isEqualTo(6.0);
    }

    @Test
    void codeTheCodebooksScaleLacksIsLeftOutWithAWarning() throws IOException {
        Path csv = dir.resolve("koder.csv");
        var lines = new StringBuilder("Respondent;Hvor ofte? A;Hvor ofte? B\n");
        for (int r = 0; r < 40; r++) {
            lines.append(r).append(';').append(r % 4 + 1).append(';').append(r == 0 ? 7 : r % 2 + 1).append('\n');
        }
        Files.writeString(csv, lines);
        Study codebook = codebook();
        var table = new SurveyTable("data", dk.taktstok.model.Text.of("Hvor ofte?"), null, "hvor-ofte", List.of(
                new Item("q3", dk.taktstok.model.Text.of("B"), null, java.util.Map.of(), List.of(0.0, 0.0, 0.0, 0.0, 0.0))),
                null, List.of());

        ReadResult result = StudyFiles.standard().read(csv, ReadOptions.DEFAULT.withCodebook(codebook.withTables(List.of(table))));

        Item b = result.study().tables().getFirst().items().get(1);
        assertThat(b.n()).isEqualTo(39);
        assertThat(result.warnings()).extracting(Problem::message)
                .contains("1 answers to 'Hvor ofte? B' have a code that scale 'hvor-ofte' of the codebook does not have;"
                        + " they are left out");
    }
}
