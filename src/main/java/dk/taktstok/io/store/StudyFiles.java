package dk.taktstok.io.store;

import dk.taktstok.io.FileKind;
import dk.taktstok.io.Limits;
import dk.taktstok.io.Parsed;
import dk.taktstok.io.Problem;
import dk.taktstok.io.ReadOptions;
import dk.taktstok.io.StudyFormatReader;
import dk.taktstok.io.csv.CsvStudyReader;
import dk.taktstok.io.excel.ExcelStudyReader;
import dk.taktstok.io.json.JsonStudyReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Locale;

/**
 * Reads any study file Taktstok knows: it looks at the first bytes, hands the file to the reader of
 * that format, then runs the study-wide checks. The file is only ever opened for reading.
 */
public final class StudyFiles {

    /** Larger files are refused before any parsing: no survey table comes near this ({@link Limits}). */
    public static final long MAX_FILE_BYTES = Limits.MAX_FILE_BYTES;

    private static final int HEAD_BYTES = 4096;

    private final StudyFormatReader excel;
    private final StudyFormatReader csv;
    private final StudyFormatReader json;

    public StudyFiles(StudyFormatReader excel, StudyFormatReader csv, StudyFormatReader json) {
        this.excel = excel;
        this.csv = csv;
        this.json = json;
    }

    /** The readers Taktstok ships. */
    public static StudyFiles standard() {
        return new StudyFiles(new ExcelStudyReader(), new CsvStudyReader(), new JsonStudyReader());
    }

    public ReadResult read(Path file) {
        return read(file, ReadOptions.DEFAULT);
    }

    /**
     * Reads a file that may be an encrypted workbook with the password the user gave (null: none). The
     * password is used only to decrypt; it appears in no message.
     */
    public ReadResult read(Path file, String password) {
        return read(file, ReadOptions.DEFAULT.withPassword(password));
    }

    /**
     * Reads a file with what the user said about it: its layout, a weight column, a password, and where
     * progress goes. A cancelled read gives no study and the one problem {@link ReadProgress#CANCELLED}.
     */
    public ReadResult read(Path file, ReadOptions options) {
        if (Files.isDirectory(file)) {
            return ReadResult.failed(Problem.error(null, "this is a folder, not a file"));
        }
        long size;
        byte[] head = new byte[HEAD_BYTES];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            length = in.readNBytes(head, 0, HEAD_BYTES);
        } catch (NoSuchFileException e) {
            return ReadResult.failed(Problem.error(null, "no such file"));
        } catch (AccessDeniedException e) {
            return ReadResult.failed(Problem.error(null, "the file cannot be read (permission denied)"));
        } catch (IOException e) {
            return ReadResult.failed(Problem.error(null, "the file cannot be read (" + e.getMessage() + ")"));
        }
        if (size > MAX_FILE_BYTES) {
            return ReadResult.failed(Problem.error(null, "the file is too large (" + (long) Math.ceil(size / (1024.0 * 1024.0))
                    + " MB; Taktstok reads files up to " + Limits.megabytes(MAX_FILE_BYTES) + " MB)"));
        }
        FileKind kind = FileKind.of(head, length);
        Parsed parsed = switch (kind) {
            case EMPTY -> Parsed.failed(Problem.error(null, "the file is empty"));
            case OLE2, ZIP -> excel.read(file, options);
            // the workbook reader knows more binary kinds (images, old Excel, Access) by name
            case BINARY -> excel.read(file, options);
            case JSON -> json.read(file);
            case TEXT -> isJsonName(file) ? json.read(file) : readAsCsv(file, options);
            case XML -> Parsed.failed(Problem.error(null, xmlMessage(head, length)));
            case HTML -> Parsed.failed(Problem.error(null, "this is a web page (HTML), not a spreadsheet;"
                    + " open it in a spreadsheet program and save it as .xlsx"));
            default -> Parsed.failed(Problem.error(null, "this is " + kind.description() + ", not a spreadsheet"
                    + " or a study file; Taktstok reads .xlsx, .xlsm, .xls, .csv and .json"));
        };
        return finish(parsed);
    }

    /** Runs the study-wide checks on what a format reader gave. */
    public static ReadResult finish(Parsed parsed) {
        var problems = new ArrayList<>(parsed.problems());
        if (parsed.study() != null) {
            problems.addAll(StudyChecks.problems(parsed.study(), parsed.sourceMap()));
        }
        return new ReadResult(parsed.study(), problems, parsed.sourceMap(), parsed.banners());
    }

    /** Text is read as CSV; where its name promised a workbook, a warning says how it was read. */
    private Parsed readAsCsv(Path file, ReadOptions options) {
        Parsed parsed = csv.read(file, options);
        if (!isWorkbookName(file)) {
            return parsed;
        }
        var problems = new ArrayList<Problem>();
        problems.add(Problem.warning(null, "the file is text, not an Excel workbook, so it is read as CSV"));
        problems.addAll(parsed.problems());
        return new Parsed(parsed.study(), parsed.sourceMap(), problems, parsed.banners());
    }

    private static boolean isWorkbookName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xlsm") || name.endsWith(".xls");
    }

    private static boolean isJsonName(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private static String xmlMessage(byte[] head, int length) {
        String text = new String(head, 0, length, StandardCharsets.UTF_8);
        if (text.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
            return "this is an Excel 2003 XML spreadsheet, which Taktstok cannot read;"
                    + " open it in a spreadsheet program and save it as .xlsx";
        }
        return "this is an XML file, not a spreadsheet or a study file";
    }
}
