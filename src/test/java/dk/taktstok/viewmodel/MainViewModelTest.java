package dk.taktstok.viewmodel;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.chart.layout.ChartLayout;
import dk.taktstok.chart.theme.ThemeFiles;
import dk.taktstok.io.store.ReadResult;
import dk.taktstok.io.store.SampleStudy;
import dk.taktstok.io.store.StudyFiles;
import dk.taktstok.model.Build;
import dk.taktstok.model.Study;
import dk.taktstok.testing.BadFiles;
import dk.taktstok.testing.FakeStudyStore;
import dk.taktstok.testing.InLanguage;
import dk.taktstok.testing.MemoryRecovery;
import dk.taktstok.testing.MemorySettings;
import dk.taktstok.testing.RecordingChartFiles;
import dk.taktstok.testing.ScriptedDialogs;
import dk.taktstok.testing.Seed;
import dk.taktstok.testing.SeedWorkbooks;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MainViewModelTest {

    @RegisterExtension
    static InLanguage words = InLanguage.danish();

    private static final Study SAMPLE = SampleStudy.load();
    private static final String SAMPLE_TITLE = "Samskabelse: kommunerne holder fast i taktstokken";
    private static final String ROW_1 = "invites-associations";

    @TempDir
    Path folder;

    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final MemorySettings settings = new MemorySettings();
    private final MemoryRecovery recovery = new MemoryRecovery();
    private final FakeStudyStore store = new FakeStudyStore();
    private final BusyState busy = new BusyState();
    private MainViewModel main;

    @BeforeEach
    void start() {
        main = start(settings);
    }

    private MainViewModel start(Settings remembered) {
        return new MainViewModel(SAMPLE, store, new RecordingChartFiles(), dialogs, remembered, recovery,
                new SameThreadExecutor(busy), busy, ChartLayout.standard(), ThemeFiles.standard());
    }

    /** Changes the first share of the first row shown. */
    private Study edit() {
        main.grid().editShare(main.grid().rows().getFirst().itemId(), 0, "30");
        return main.document().study();
    }

    private Path seedWorkbook() throws IOException {
        return SeedWorkbooks.write(folder, "seed", SeedWorkbooks.Format.XLSX,
                book -> book.sheet("Data", SeedWorkbooks.seedTable("")));
    }

    private String title() {
        return main.titleProperty().get();
    }

    private static Study read(Path file) {
        ReadResult result = StudyFiles.standard().read(file);
        assertThat(result.errors()).isEmpty();
        return result.study();
    }

    // --- the window's title

    @Test
    void aboutNamesTheVersionTheBuildAndTheJavaRuntime() {
        main.about();

        Build build = Build.current();
        assertThat(dialogs.informed).singleElement().asString()
                .contains(build.version(), build.date(), build.commit(), System.getProperty("java.runtime.version"));
    }

    @Test
    void theTitleNamesTheSample() {
        assertThat(title()).isEqualTo("Eksempel: " + SAMPLE_TITLE + " — Taktstok");
    }

    @Test
    void theTitleMarksUnsavedChanges() {
        edit();
        assertThat(title()).isEqualTo("Eksempel: " + SAMPLE_TITLE + " • — Taktstok");

        main.undo();
        assertThat(title()).isEqualTo("Eksempel: " + SAMPLE_TITLE + " — Taktstok");
    }

    @Test
    void theTitleFollowsASwitchOfLanguage() {
        assertThat(title()).startsWith("Eksempel: ");

        main.useLanguage(Locale.ENGLISH);

        assertThat(title()).isEqualTo("Sample: " + SAMPLE_TITLE + " — Taktstok");
    }

    @Test
    void theFormulasFollowASwitchOfLanguage() {
        main.useLanguage(Locale.ENGLISH);

        assertThat(main.inspector().items().getFirst().formulas().getFirst())
                .isEqualTo("Top box = Som regel + Somme tider = 26,7 + 46,4 = 73,10");
    }

    @Test
    void theGridsProblemsFollowASwitchOfLanguage() {
        main.grid().editShare(ROW_1, 1, "");

        main.useLanguage(Locale.ENGLISH);

        assertThat(main.grid().rows().getFirst().cells().get(1).mark().message()).isEqualTo("no value");
    }

    // --- opening

    @Test
    void openingAWorkbookShowsItsStudyUnderItsName() throws IOException {
        Path workbook = seedWorkbook();

        main.open(workbook);

        assertThat(main.document().file()).isEqualTo(workbook);
        var table = main.document().study().tables().getFirst();
        assertThat(table.items()).hasSize(6);
        assertThat(table.items().getFirst().shares()).isEqualTo(Seed.shares(0));
        assertThat(main.document().isDirty()).isFalse();
        assertThat(main.grid().rows()).hasSize(6);
        assertThat(main.chart().laidOut()).isNotNull();
        assertThat(title()).isEqualTo("seed.xlsx — Taktstok");
        assertThat(busy.isRunning()).isFalse();
    }

    @Test
    void aCancelledOpenKeepsTheStudyAndShowsNoError() throws IOException {
        Path workbook = seedWorkbook();
        store.cancelNextOpen = true;

        main.open(workbook);

        assertThat(main.document().file()).isNull();
        assertThat(dialogs.errors).isEmpty();
        assertThat(busy.isRunning()).isFalse();
    }

    @Test
    void anOpenedFileBecomesTheMostRecentFile() throws IOException {
        Path workbook = seedWorkbook();

        main.open(workbook);

        assertThat(main.recentFiles()).containsExactly(workbook.toAbsolutePath());
        assertThat(settings.recentFiles()).containsExactly(workbook.toAbsolutePath());
    }

    @Test
    void theRecentFilesAreRememberedFromLastTime() throws IOException {
        settings.addRecentFile(folder.resolve("last.json"));

        assertThat(start(settings).recentFiles()).containsExactly(folder.resolve("last.json").toAbsolutePath());
    }

    @Test
    void openAsksWhichFile() throws IOException {
        Path workbook = seedWorkbook();
        dialogs.filesToOpen.add(workbook);

        main.open();

        assertThat(dialogs.asked).containsExactly("open");
        assertThat(main.document().file()).isEqualTo(workbook);
    }

    @Test
    void openCancelledInTheFileDialogChangesNothing() {
        main.open();

        assertThat(main.document().study()).isEqualTo(SAMPLE);
        assertThat(store.opened).isEmpty();
    }

    static Stream<Arguments> unreadableFiles() {
        return Stream.of(
                unreadable("empty file", f -> Files.createFile(f.resolve("empty.xlsx")), "the file is empty"),
                unreadable("Word file renamed .xls", f -> BadFiles.ole2(f.resolve("rapport.xls"), "WordDocument", "1Table"),
                        "this is a Word document, not a spreadsheet"),
                unreadable("zip that is not a workbook",
                        f -> BadFiles.zip(f.resolve("archive.xlsx"), Map.of("noter.txt", "Noter til tabellen")),
                        "this is a ZIP archive but not an Excel workbook; it holds noter.txt"),
                unreadable("no such file", f -> f.resolve("gone.xlsx"), "no such file"));
    }

    interface FileMaker {
        Path make(Path folder) throws Exception;
    }

    private static Arguments unreadable(String name, FileMaker maker, String words) {
        return Arguments.of(name, maker, words);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableFiles")
    void anUnreadableFileIsRefusedInTheCommandLinesWords(String name, FileMaker maker, String words) throws Exception {
        Path file = maker.make(folder);

        main.open(file);

        String fileName = file.getFileName().toString();
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.getFirst()).startsWith("Åbn: " + fileName + " kan ikke læses:\n\n" + words);
        assertThat(main.document().study()).isEqualTo(SAMPLE);
        assertThat(main.recentFiles()).isEmpty();
    }

    @Test
    void aWorkbookWithErrorsOpensAndSaysWhatToFix() throws IOException {
        List<Object[]> rows = SeedWorkbooks.seedTable("");
        rows.get(3)[2] = "n/a";
        Path workbook = SeedWorkbooks.write(folder, "na", SeedWorkbooks.Format.XLSX, book -> book.sheet("Data", rows));

        main.open(workbook);

        assertThat(main.document().file()).isEqualTo(workbook);
        assertThat(dialogs.errors).containsExactly("Åbn: na.xlsx har fejl, der skal rettes, før målene kan bruges:\n\n"
                + "'n/a' is not a number, at Data!C4");
        String itemId = main.document().table().orElseThrow().items().get(2).id();
        assertThat(main.document().readProblemsAt(main.document().table().orElseThrow().id(), itemId, 1))
                .extracting(p -> p.message()).containsExactly("'n/a' is not a number");
    }

    @Test
    void aWorkbookWithTwoTablesAsksOnceWhichToShow() throws IOException {
        Path workbook = SeedWorkbooks.write(folder, "two", SeedWorkbooks.Format.XLSX, book -> book
                .sheet("Første", SeedWorkbooks.seedTable(""))
                .sheet("Anden tabel", SeedWorkbooks.seedTable("")));
        dialogs.table = "Anden tabel (anden-tabel)";

        main.open(workbook);

        assertThat(dialogs.asked).containsExactly("table [Første (foerste), Anden tabel (anden-tabel)]");
        assertThat(main.document().selectedTableProperty().get()).isEqualTo("anden-tabel");
        assertThat(main.document().selectedChartProperty().get()).isEqualTo("anden-tabel-diverging");
        assertThat(main.chart().laidOut().scene().id()).isEqualTo("anden-tabel-diverging");
    }

    @Test
    void aWorkbookWithTwoTablesShowsTheFirstWhenTheQuestionIsCancelled() throws IOException {
        Path workbook = SeedWorkbooks.write(folder, "two", SeedWorkbooks.Format.XLSX, book -> book
                .sheet("Første", SeedWorkbooks.seedTable(""))
                .sheet("Anden tabel", SeedWorkbooks.seedTable("")));

        main.open(workbook);

        assertThat(main.document().selectedTableProperty().get()).isEqualTo("foerste");
    }

    @Test
    void theRightPasswordOpensAnEncryptedWorkbook() throws Exception {
        Path locked = BadFiles.encrypt(seedWorkbook(), folder.resolve("locked.xlsx"), "hemmeligt");
        dialogs.password = "hemmeligt";

        main.open(locked);

        assertThat(dialogs.asked).containsExactly("password locked.xlsx");
        assertThat(dialogs.errors).isEmpty();
        assertThat(main.document().file()).isEqualTo(locked);
        assertThat(main.document().study().tables().getFirst().items()).hasSize(6);
    }

    @Test
    void aWrongPasswordIsAskedForOnceAndThenTheReasonShown() throws Exception {
        Path locked = BadFiles.encrypt(seedWorkbook(), folder.resolve("locked.xlsx"), "hemmeligt");
        dialogs.password = "forkert";

        main.open(locked);

        assertThat(dialogs.asked).containsExactly("password locked.xlsx");
        assertThat(dialogs.errors).hasSize(1);
        assertThat(dialogs.errors.getFirst()).startsWith("Åbn: locked.xlsx kan ikke læses:\n\n")
                .contains("the password is wrong");
        assertThat(main.document().study()).isEqualTo(SAMPLE);
    }

    @Test
    void aCancelledPasswordOpensNothing() throws Exception {
        Path locked = BadFiles.encrypt(seedWorkbook(), folder.resolve("locked.xlsx"), "hemmeligt");

        main.open(locked);

        assertThat(dialogs.asked).containsExactly("password locked.xlsx");
        assertThat(dialogs.errors).isEmpty();
        assertThat(main.document().study()).isEqualTo(SAMPLE);
    }

    // --- pasting

    @Test
    void aPastedTableFromASpreadsheetIsOpened() {
        main.paste(Seed.csv('\t', true));

        var table = main.document().study().tables().getFirst();
        assertThat(table.items()).extracting(i -> i.label().text()).containsExactlyElementsOf(Seed.LABELS);
        assertThat(table.items().get(3).shares()).isEqualTo(Seed.shares(3));
        assertThat(main.document().study().scales().getFirst().categories()).extracting(c -> c.name())
                .containsExactlyElementsOf(Seed.CATEGORIES);
        assertThat(main.document().file()).isNull();
        assertThat(main.grid().rows()).hasSize(6);
    }

    @Test
    void aTableCopiedFromExcelIsOpened() {
        var copied = new StringBuilder("\t" + String.join("\t", Seed.CATEGORIES) + "\r\n");
        for (int r = 0; r < Seed.LABELS.size(); r++) {
            copied.append(Seed.LABELS.get(r));
            for (double share : Seed.SHARES[r]) {
                copied.append('\t').append(String.valueOf(share).replace('.', ',')).append(" %");
            }
            copied.append("\r\n");
        }

        main.paste(copied.toString());

        assertThat(dialogs.errors).isEmpty();
        var table = main.document().study().tables().getFirst();
        assertThat(table.items()).hasSize(6);
        assertThat(table.items().getFirst().shares()).isEqualTo(Seed.shares(0));
        assertThat(main.inspector().items().getFirst().values().getFirst()).isEqualTo("73,1");
    }

    @Test
    void aPastedTableIsCalledAPastedTable() {
        main.paste(Seed.csv('\t', true));

        assertThat(title()).isEqualTo("Indsat tabel — Taktstok");
        assertThat(main.document().study().tables().getFirst().title().text()).isEqualTo("Indsat tabel");
        assertThat(main.chart().laidOut().scene().title()).isEqualTo("Indsat tabel");
    }

    @Test
    void pastedTextWithoutATableIsRefused() {
        main.paste("Kære redaktion\nHer er tallene, I bad om.\n");

        assertThat(dialogs.errors).singleElement().asString().startsWith("Indsæt: Der blev ikke fundet en tabel i det"
                + " kopierede; kopiér tabellen med dens overskriftsrække af svarkategorier.");
        assertThat(main.document().study()).isEqualTo(SAMPLE);
    }

    @Test
    void pastingNothingDoesNothing() {
        edit();

        main.paste(" \n");

        assertThat(dialogs.asked).isEmpty();
        assertThat(dialogs.errors).isEmpty();
        assertThat(main.document().isDirty()).isTrue();
    }

    // --- unsaved changes

    /** A command that may replace the document; answers whether it went ahead. */
    interface Command {
        boolean run(MainViewModel main, Path workbook, ScriptedDialogs dialogs);
    }

    static Stream<Arguments> commands() {
        return Stream.of(
                command("open a file", (m, w, d) -> {
                    m.open(w);
                    return w.equals(m.document().file());
                }),
                command("open from the dialog", (m, w, d) -> {
                    d.filesToOpen.add(w);
                    m.open();
                    return w.equals(m.document().file());
                }),
                command("new from the sample", (m, w, d) -> {
                    m.newStudy();
                    return m.document().study().equals(SAMPLE) && !m.document().isDirty();
                }),
                command("paste", (m, w, d) -> {
                    m.paste(Seed.csv('\t', true));
                    return m.document().study().tables().getFirst().items().size() == 6 && !m.document().isDirty();
                }),
                command("close", (m, w, d) -> m.requestClose()));
    }

    private static Arguments command(String name, Command command) {
        return Arguments.of(name, command);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void cancellingTheQuestionAboutUnsavedChangesKeepsEverything(String name, Command command) throws IOException {
        Study edited = edit();
        dialogs.saveDecision = Dialogs.Decision.CANCEL;

        boolean wentAhead = command.run(main, seedWorkbook(), dialogs);

        assertThat(wentAhead).isFalse();
        assertThat(dialogs.asked).contains("save " + SAMPLE_TITLE);
        assertThat(main.document().study()).isEqualTo(edited);
        assertThat(main.document().isDirty()).isTrue();
        assertThat(main.document().history().size()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void discardingUnsavedChangesGoesAhead(String name, Command command) throws IOException {
        edit();
        dialogs.saveDecision = Dialogs.Decision.DISCARD;

        boolean wentAhead = command.run(main, seedWorkbook(), dialogs);

        assertThat(wentAhead).isTrue();
        assertThat(dialogs.asked).contains("save " + SAMPLE_TITLE);
        assertThat(store.saved).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void savingUnsavedChangesFirstGoesAheadAfterTheSave(String name, Command command) throws IOException {
        Study edited = edit();
        dialogs.saveDecision = Dialogs.Decision.SAVE;
        Path target = folder.resolve("ændret.json");
        dialogs.filesToSave.add(target);

        boolean wentAhead = command.run(main, seedWorkbook(), dialogs);

        assertThat(wentAhead).isTrue();
        assertThat(store.saved).containsExactly(target.toAbsolutePath());
        assertThat(read(target)).isEqualTo(edited);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void aSaveThatIsCancelledStopsTheCommand(String name, Command command) throws IOException {
        Study edited = edit();
        dialogs.saveDecision = Dialogs.Decision.SAVE;

        boolean wentAhead = command.run(main, seedWorkbook(), dialogs);

        assertThat(wentAhead).isFalse();
        assertThat(main.document().study()).isEqualTo(edited);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void withoutUnsavedChangesNothingIsAsked(String name, Command command) throws IOException {
        command.run(main, seedWorkbook(), dialogs);

        assertThat(dialogs.asked).noneMatch(question -> question.startsWith("save"));
    }

    @Test
    void theQuestionNamesTheFileOfTheDocument() throws IOException {
        Path workbook = seedWorkbook();
        main.open(workbook);
        edit();

        main.requestClose();

        assertThat(dialogs.asked).containsExactly("save seed.xlsx");
    }

    // --- saving

    @Test
    void aStudyWithoutAFileIsSavedAsStudyJson() {
        edit();
        dialogs.filesToSave.add(folder.resolve("study.json"));

        assertThat(main.save()).isTrue();

        assertThat(dialogs.asked).containsExactly("save as study.json");
        assertThat(main.document().file()).isEqualTo(folder.resolve("study.json"));
        assertThat(main.document().isDirty()).isFalse();
        assertThat(title()).isEqualTo("study.json — Taktstok");
    }

    @Test
    void aStudyOpenedFromAWorkbookIsSavedAsAStudyFileOfTheSameName() throws IOException {
        Path workbook = seedWorkbook();
        main.open(workbook);
        edit();
        Path target = folder.resolve("seed.json");
        dialogs.filesToSave.add(target);

        assertThat(main.save()).isTrue();

        assertThat(dialogs.asked).containsExactly("save as seed.json");
        assertThat(store.saved).containsExactly(target.toAbsolutePath());
        assertThat(main.document().file()).isEqualTo(target);
        assertThat(Files.size(workbook)).as("the workbook is left as it was").isPositive();
        assertThat(read(workbook).tables().getFirst().items().getFirst().shares()).isEqualTo(Seed.shares(0));
    }

    @Test
    void saveAsGivesTheFileTheStudyExtension() {
        dialogs.filesToSave.add(folder.resolve("rapport"));

        main.saveAs();

        assertThat(main.document().file()).isEqualTo(folder.resolve("rapport.json"));
        assertThat(Files.exists(folder.resolve("rapport.json"))).isTrue();
    }

    @Test
    void aCancelledSaveAsKeepsTheChangesUnsaved() {
        edit();

        assertThat(main.save()).isFalse();

        assertThat(main.document().isDirty()).isTrue();
        assertThat(store.saved).isEmpty();
    }

    @Test
    void aSavedStudyReadsBackAsItWas() {
        edit();
        main.inspector().setItemGroup("dialogue", "civil");
        main.chart().addReferenceLine(400, "Mål");
        Path target = folder.resolve("study.json");
        dialogs.filesToSave.add(target);

        main.save();

        assertThat(read(target)).isEqualTo(main.document().study());
    }

    @Test
    void savingAgainWritesTheSameFileWithoutAsking() {
        Path target = folder.resolve("study.json");
        dialogs.filesToSave.add(target);
        edit();
        main.save();
        main.grid().editShare(ROW_1, 0, "31");

        assertThat(main.save()).isTrue();

        assertThat(dialogs.asked).containsExactly("save as study.json");
        assertThat(store.saved).containsExactly(target.toAbsolutePath(), target.toAbsolutePath());
        assertThat(read(target)).isEqualTo(main.document().study());
    }

    @Test
    void savingMakesTheFileRecentAndForgetsTheRecoveryCopy() {
        edit();
        main.autosave();
        dialogs.filesToSave.add(folder.resolve("study.json"));

        main.save();

        assertThat(main.recentFiles()).containsExactly(folder.resolve("study.json").toAbsolutePath());
        assertThat(recovery.find()).isEmpty();
    }

    @Test
    void aFileChangedByAnotherProgramIsNotOverwrittenWithoutAsking() throws IOException {
        Path target = folder.resolve("study.json");
        dialogs.filesToSave.add(target);
        main.save();
        edit();
        Files.writeString(target, "{\"changed\": true}", StandardCharsets.UTF_8);
        dialogs.overwrite = false;

        assertThat(main.save()).isFalse();

        assertThat(dialogs.asked).contains("overwrite study.json");
        assertThat(Files.readString(target)).isEqualTo("{\"changed\": true}");
        assertThat(main.document().isDirty()).isTrue();
    }

    @Test
    void aFileChangedByAnotherProgramIsOverwrittenWhenTheUserSaysSo() throws IOException {
        Path target = folder.resolve("study.json");
        dialogs.filesToSave.add(target);
        main.save();
        Study edited = edit();
        Files.writeString(target, "{\"changed\": true}", StandardCharsets.UTF_8);
        dialogs.overwrite = true;

        assertThat(main.save()).isTrue();

        assertThat(read(target)).isEqualTo(edited);
        assertThat(main.document().isDirty()).isFalse();
    }

    @Test
    void aFailedSaveSaysWhyAndKeepsTheChanges() {
        Path target = folder.resolve("study.json");
        dialogs.filesToSave.add(target);
        edit();
        store.failNextSave = new IOException("disken er fuld");

        assertThat(main.save()).isFalse();

        assertThat(dialogs.errors).containsExactly("Gem: " + target + " kunne ikke gemmes: disken er fuld");
        assertThat(main.document().isDirty()).isTrue();
        assertThat(main.document().file()).isNull();
    }

    // --- recovery

    @Test
    void autosaveKeepsACopyOnlyOfUnsavedWork() {
        main.autosave();
        assertThat(recovery.stores).isZero();

        Study edited = edit();
        main.autosave();

        assertThat(recovery.stores).isEqualTo(1);
        assertThat(recovery.find().orElseThrow().study()).isEqualTo(edited);
        assertThat(recovery.find().orElseThrow().original()).isNull();
    }

    @Test
    void autosaveRemembersTheFileTheWorkBelongsTo() throws IOException {
        Path workbook = seedWorkbook();
        main.open(workbook);
        edit();

        main.autosave();

        assertThat(recovery.find().orElseThrow().original()).isEqualTo(workbook);
    }

    @Test
    void recoveredWorkIsRestoredAsUnsavedChanges() {
        Study edited = StudyEdits.share(SAMPLE, "initiative", ROW_1, 0, 30);
        recovery.store(edited, null);
        dialogs.recover = true;

        main.offerRecovery();

        assertThat(dialogs.asked).singleElement().asString()
                .startsWith("recover Taktstok stoppede, før ændringerne i en unavngiven undersøgelse blev gemt.")
                .endsWith("blev gemt. Vil du gendanne den?");
        assertThat(main.document().study()).isEqualTo(edited);
        assertThat(main.document().isDirty()).isTrue();
        assertThat(main.document().file()).isNull();
    }

    @Test
    void theOfferSaysWhenTheCopyWasKeptAsPeopleWriteIt() {
        var zone = java.util.TimeZone.getDefault();
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("Europe/Copenhagen"));
        try {
            recovery.store(SAMPLE, null);
            main.offerRecovery();
            Words.use(Locale.ENGLISH);
            recovery.store(SAMPLE, null);
            main.offerRecovery();
        } finally {
            java.util.TimeZone.setDefault(zone);
        }

        // kept at 10:15 UTC, 11:15 in Copenhagen
        assertThat(dialogs.asked.get(0)).contains("En kopi fra 27. november 2026 kl. 11.15 blev gemt.");
        assertThat(dialogs.asked.get(1)).contains("A copy from November 27, 2026 at 11:15\u202FAM was kept.");
    }

    @Test
    void recoveredWorkOnAFileIsRestoredAsUnsavedChangesToThatFile() throws IOException {
        Path workbook = seedWorkbook();
        Study opened = read(workbook);
        var table = opened.tables().getFirst();
        Study edited = StudyEdits.share(opened, table.id(), table.items().getFirst().id(), 0, 30);
        recovery.store(edited, workbook);
        dialogs.recover = true;

        main.offerRecovery();

        assertThat(dialogs.asked).singleElement().asString().contains("ændringerne i seed.xlsx");
        assertThat(main.document().study()).isEqualTo(edited);
        assertThat(main.document().file()).isEqualTo(workbook);
        assertThat(main.document().isDirty()).as("not saved anywhere yet").isTrue();
        assertThat(title()).isEqualTo("seed.xlsx • — Taktstok");
    }

    @Test
    void restoredWorkIsNotLostOnClosingWithoutASave() {
        recovery.store(StudyEdits.share(SAMPLE, "initiative", ROW_1, 0, 30), Path.of("study.json"));
        dialogs.recover = true;
        main.offerRecovery();

        assertThat(main.requestClose()).isFalse();

        assertThat(dialogs.asked).contains("save study.json");
    }

    @Test
    void refusedRecoveryIsForgotten() {
        recovery.store(StudyEdits.share(SAMPLE, "initiative", ROW_1, 0, 30), null);
        dialogs.recover = false;

        main.offerRecovery();

        assertThat(recovery.find()).isEmpty();
        assertThat(main.document().study()).isEqualTo(SAMPLE);
        assertThat(main.document().isDirty()).isFalse();
    }

    @Test
    void recoveryPutOffIsKeptThroughEditsSavesAndClose(@TempDir Path folder) {
        Study kept = StudyEdits.share(SAMPLE, "initiative", ROW_1, 0, 30);
        recovery.store(kept, null);
        dialogs.recoverLater = true;

        main.offerRecovery();
        main.grid().editShare(ROW_1, 1, "20");
        main.autosave();
        dialogs.filesToSave.add(folder.resolve("new.json"));
        main.save();
        assertThat(main.requestClose()).isTrue();

        assertThat(recovery.find()).map(Recovery.Saved::study).contains(kept);
        assertThat(main.document().study()).isNotEqualTo(kept);
    }

    @Test
    void withoutRecoveredWorkNothingIsOffered() {
        main.offerRecovery();

        assertThat(dialogs.asked).isEmpty();
    }

    @Test
    void aCleanCloseForgetsTheRecoveryCopy() {
        recovery.store(SAMPLE, null);

        assertThat(main.requestClose()).isTrue();

        assertThat(recovery.find()).isEmpty();
        assertThat(dialogs.asked).isEmpty();
    }

    @Test
    void aNewStudyIsTheSampleAgain() throws IOException {
        main.open(seedWorkbook());

        main.newStudy();

        assertThat(main.document().study()).isEqualTo(SAMPLE);
        assertThat(main.document().file()).isNull();
        assertThat(title()).startsWith("Eksempel: ");
    }

    // --- language, zoom, edit menu

    @Test
    void theLanguageChosenIsRemembered() {
        main.useLanguage(Locale.ENGLISH);

        assertThat(settings.language()).contains(Locale.ENGLISH);
        assertThat(Words.locale()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void theLanguageRememberedIsUsedAtStart() {
        var remembered = new MemorySettings();
        remembered.setLanguage(Locale.ENGLISH);

        var started = start(remembered);

        assertThat(Words.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(started.titleProperty().get()).startsWith("Sample: ");
    }

    @Test
    void zoomingInGoesUpAQuarterAtATimeToFourTimes() {
        main.zoomIn();
        assertThat(main.zoomProperty().get()).isEqualTo(1.25);

        for (int i = 0; i < 20; i++) {
            main.zoomIn();
        }
        assertThat(main.zoomProperty().get()).isEqualTo(4);
    }

    @Test
    void zoomingOutStopsAtAQuarter() {
        for (int i = 0; i < 20; i++) {
            main.zoomOut();
        }

        assertThat(main.zoomProperty().get()).isEqualTo(0.25);
    }

    @Test
    void zoomResetShowsTheChartAtItsSize() {
        main.zoomIn();
        main.zoomIn();

        main.zoomReset();

        assertThat(main.zoomProperty().get()).isEqualTo(1);
    }

    @Test
    void undoAndRedoGoThroughTheDocument() {
        Study edited = edit();

        main.undo();
        assertThat(main.document().study()).isEqualTo(SAMPLE);

        main.redo();
        assertThat(main.document().study()).isEqualTo(edited);
    }

    @Test
    void deleteRemovesTheSelectedAnnotation() {
        main.chart().addReferenceLine(400, "Mål");

        main.delete();

        assertThat(main.chart().chart().orElseThrow().annotations()).isEmpty();
        main.delete();
        assertThat(main.document().history().size()).isEqualTo(2);
    }
}
