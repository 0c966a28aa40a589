package dk.taktstok.io.excel;

import dk.taktstok.io.InternalFaults;
import dk.taktstok.io.Layout;
import dk.taktstok.io.Parsed;
import dk.taktstok.io.Problem;
import dk.taktstok.io.ReadCancelled;
import dk.taktstok.io.ReadOptions;
import dk.taktstok.io.ReadProgress;
import dk.taktstok.io.SourceFiles;
import dk.taktstok.io.StudyFormatReader;
import dk.taktstok.io.respondents.RespondentRows;
import dk.taktstok.io.table.StudyAssembler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads survey tables from an Excel workbook: .xlsx, .xlsm (and strict OOXML) or .xls, told apart
 * by the file's content, not its name. Every visible sheet is searched for tables; places are
 * cells such as {@code Data!C5} or {@code 'My data'!C5}. The file is opened read-only, formulas
 * are not evaluated (their saved results are read), and zip bombs are refused.
 */
public final class ExcelStudyReader implements StudyFormatReader {

    private static final int HEAD_BYTES = 4096;
    /** The cells of each sheet's first rows that tell a pollster's banner or a long table from respondent rows. */
    private static final int HEAD_CELLS = 20_000;

    private final StudyAssembler assembler = new StudyAssembler();

    @Override
    public Parsed read(Path file) {
        return read(file, ReadOptions.DEFAULT);
    }

    /**
     * Reads tables, or respondent rows (.xlsx only) where the options ask for them or the workbook's
     * first rows look like them; an encrypted workbook with the options' password.
     */
    @Override
    public Parsed read(Path file, ReadOptions options) {
        Problem unreadable = SourceFiles.check(file);
        if (unreadable != null) {
            return Parsed.failed(unreadable);
        }
        try {
            return readOrThrow(file, options);
        } catch (ReadCancelled e) {
            return Parsed.failed(ReadProgress.CANCELLED);
        } catch (NoSuchFileException | AccessDeniedException e) {
            return Parsed.failed(Problem.error(null, SourceFiles.describe(e)));
        } catch (Exception | StackOverflowError | OutOfMemoryError | AssertionError e) {
            if (InternalFaults.isOurs(e)) {
                return Parsed.failed(Problem.internal(null,
                        "Taktstok could not read this workbook (an internal error; please report it)", e));
            }
            // POI meets damaged files with all kinds of exceptions; each means the same to the user
            return Parsed.failed(Problem.error(null, ExcelFailures.describe(e)));
        }
    }

    /**
     * Reads the workbook, letting through whatever POI throws at a damaged file (and any fault of
     * Taktstok's own), for the fuzz tests to tell the two apart; {@link #read} turns both into a problem.
     */
    Parsed readOrThrow(Path file, ReadOptions options) throws Exception {
        PoiLimits.apply();
        FileSniffer.Sniffed sniffed = FileSniffer.sniff(head(file));
        return switch (sniffed.kind()) {
            case OLE2 -> options.effectiveLayout() == Layout.RESPONDENTS
                    ? Parsed.failed(Problem.error(null, "respondent rows are read from .xlsx and CSV files;"
                            + " open the workbook in a spreadsheet program and save it as .xlsx"))
                    : readOle2Tables(file, options);
            case ZIP -> readZip(file, options);
            // the dispatcher (StudyFiles) reads text as CSV; this reader only says what it found
            case TEXT -> Parsed.failed(Problem.error(null, "this is a text file (perhaps CSV), not an Excel workbook"));
            case OTHER -> Parsed.failed(Problem.error(null, sniffed.message()));
        };
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD_BYTES);
        }
    }

    private static SheetsRead readOle2(Path file, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            return OleWorkbooks.read(fs, password);
        }
    }

    /**
     * The tables of an .xls workbook; where they fail and a sheet holds respondent rows instead, which are
     * read from .xlsx only, one message saying so rather than an error for every answer.
     */
    private Parsed readOle2Tables(Path file, ReadOptions options) throws Exception {
        SheetsRead sheets = readOle2(file, options.password());
        Parsed tables = assemble(file, sheets);
        if (tables.study() != null && tables.problems().stream().noneMatch(Problem::isError)) {
            return tables;
        }
        for (var grid : sheets.grids()) {
            if (RespondentRows.looksLikeRespondents(grid)) {
                return Parsed.failed(Problem.error(grid.locate(0, 0).replaceAll("!.*$", "") + "!A1",
                        "sheet '" + grid.name() + "' looks like respondent rows (one row per respondent), which Taktstok"
                                + " reads from .xlsx and CSV files; open the workbook in a spreadsheet program and save"
                                + " it as .xlsx"));
            }
        }
        return tables;
    }

    private Parsed readZip(Path file, ReadOptions options) throws Exception {
        ZipInspector.requireWorkbook(file);
        OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            if (options.effectiveLayout() == Layout.RESPONDENTS || options.effectiveLayout() == Layout.AUTO
                    && !StudyAssembler.holdsAggregate(XlsxSheets.read(pkg, HEAD_CELLS).grids())) {
                Optional<Parsed> respondents;
                try {
                    respondents = XlsxRespondents.read(pkg, file, SourceFiles.baseName(file), options);
                } catch (ReadCancelled e) {
                    throw e;
                } catch (Exception | StackOverflowError e) {
                    if (options.effectiveLayout() == Layout.RESPONDENTS || InternalFaults.isOurs(e)) {
                        throw e;
                    }
                    respondents = Optional.empty(); // not readable as respondent rows: the table reader says why
                }
                if (respondents.isPresent()) {
                    return respondents.get();
                }
            }
            return assemble(file, XlsxSheets.read(pkg));
        } finally {
            pkg.revert(); // never close(): closing a package saves it
        }
    }

    private Parsed assemble(Path file, SheetsRead sheets) {
        return assembler.assemble(sheets.grids(), SourceFiles.baseName(file), sheets.problems(), noTable(sheets));
    }

    /** "no table found (looked at sheets: Forside, Noter)". */
    static String noTable(SheetsRead sheets) {
        List<String> looked = sheets.grids().stream().map(g -> g.name()).toList();
        String hidden = sheets.hidden().isEmpty() ? "" : "; hidden sheets not read: " + String.join(", ", sheets.hidden());
        if (looked.isEmpty()) {
            return "no table found (the workbook has no visible sheets" + hidden + ")";
        }
        return "no table found (looked at sheets: " + String.join(", ", looked) + hidden + ")";
    }
}
