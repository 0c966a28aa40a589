package dk.taktstok.io.excel;

import dk.taktstok.io.Parsed;
import dk.taktstok.io.Problem;
import dk.taktstok.io.StudyFormatReader;
import dk.taktstok.io.csv.CsvStudyReader;
import dk.taktstok.io.table.SourceFiles;
import dk.taktstok.io.table.StudyAssembler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    private final StudyAssembler assembler = new StudyAssembler();

    @Override
    public Parsed read(Path file) {
        return read(file, null);
    }

    /** Reads a workbook that may be encrypted, with the user's password (null: none). */
    @Override
    public Parsed read(Path file, String password) {
        Problem unreadable = SourceFiles.check(file);
        if (unreadable != null) {
            return Parsed.failed(unreadable);
        }
        try {
            return readOrThrow(file, password);
        } catch (NoSuchFileException | AccessDeniedException e) {
            return Parsed.failed(Problem.error(null, SourceFiles.describe(e)));
        } catch (Exception | StackOverflowError | OutOfMemoryError | AssertionError e) {
            // POI meets damaged files with all kinds of exceptions; each means the same to the user
            return Parsed.failed(Problem.error(null, ExcelFailures.describe(e)));
        }
    }

    /**
     * Reads the workbook, letting through whatever POI throws at a damaged file (and any fault of
     * Taktstok's own), for the fuzz tests to tell the two apart; {@link #read} turns both into a problem.
     */
    Parsed readOrThrow(Path file, String password) throws Exception {
        PoiLimits.apply();
        FileSniffer.Sniffed sniffed = FileSniffer.sniff(head(file));
        return switch (sniffed.kind()) {
            case OLE2 -> assemble(file, readOle2(file, password));
            case ZIP -> assemble(file, readZip(file));
            case TEXT -> readAsCsv(file);
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

    private static SheetsRead readZip(Path file) throws Exception {
        ZipInspector.requireWorkbook(file);
        OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            return XlsxSheets.read(pkg);
        } finally {
            pkg.revert(); // never close(): closing a package saves it
        }
    }

    private Parsed readAsCsv(Path file) {
        Parsed csv = new CsvStudyReader().read(file);
        List<Problem> problems = new ArrayList<>();
        problems.add(Problem.warning(null, "the file is text, not an Excel workbook, so it is read as CSV"));
        problems.addAll(csv.problems());
        return new Parsed(csv.study(), csv.sourceMap(), problems);
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
