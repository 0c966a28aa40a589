package dk.taktstok.io.csv;

import dk.taktstok.io.Layout;
import dk.taktstok.io.Limits;
import dk.taktstok.io.Parsed;
import dk.taktstok.io.Problem;
import dk.taktstok.io.ReadCancelled;
import dk.taktstok.io.ReadOptions;
import dk.taktstok.io.ReadProgress;
import dk.taktstok.io.SourceFiles;
import dk.taktstok.io.StudyFormatReader;
import dk.taktstok.io.table.Grid;
import dk.taktstok.io.table.GridCell;
import dk.taktstok.io.table.StudyAssembler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a survey table from CSV text: comma, semicolon or tab separated (guessed from the first
 * lines), decimal point or comma, UTF-8 with or without byte order mark (Windows-1252 with a
 * warning when the bytes are not UTF-8). Places are {@code line:column}, 1-based, the column being
 * the field's number on its line. The file is only read.
 */
public final class CsvStudyReader implements StudyFormatReader {

    /** Larger files are refused: a survey table is far smaller. */
    static final long MAX_BYTES = Limits.MAX_FILE_BYTES;
    /** Filled fields read at most. */
    static final int MAX_CELLS = Limits.MAX_CELLS;

    /** The bytes at the start of a file that tell a long table from respondent rows. */
    private static final int HEAD_BYTES = 64 * 1024;

    private final StudyAssembler assembler = new StudyAssembler();

    @Override
    public Parsed read(Path file) {
        return read(file, ReadOptions.DEFAULT);
    }

    /**
     * Reads a table, or respondent rows where the options ask for them or the file's first lines look
     * like them; respondent rows are streamed, so their file may be larger than a table's.
     */
    @Override
    public Parsed read(Path file, ReadOptions options) {
        Problem unreadable = SourceFiles.check(file);
        if (unreadable != null) {
            return Parsed.failed(unreadable);
        }
        try {
            if (options.effectiveLayout() != Layout.TABLE && binaryKind(head(file)) == null
                    && (options.effectiveLayout() == Layout.RESPONDENTS || !isAggregate(file))) {
                Optional<Parsed> respondents = CsvRespondents.read(file, options);
                if (respondents.isPresent()) {
                    return respondents.get();
                }
            }
            if (Files.size(file) > MAX_BYTES) {
                return Parsed.failed(Problem.error(null, "the file is too large for a CSV table (over "
                        + MAX_BYTES / (1024 * 1024) + " MB); Taktstok refuses it"));
            }
            byte[] bytes = Files.readAllBytes(file);
            String binary = binaryKind(bytes);
            if (binary != null) {
                return Parsed.failed(Problem.error(null, binary));
            }
            Parsed table = read(bytes, SourceFiles.baseName(file));
            if (table.study() == null && options.effectiveLayout() == Layout.AUTO
                    && table.problems().stream().noneMatch(Problem::isInternal)) {
                // no table of numbers: a few rows of answers (a small class, a test form) are respondent rows
                Optional<Parsed> few = CsvRespondents.read(file, options.withLayout(Layout.RESPONDENTS));
                if (few.isPresent() && few.get().study() != null) {
                    return few.get();
                }
            }
            return table;
        } catch (ReadCancelled e) {
            return Parsed.failed(ReadProgress.CANCELLED);
        } catch (IOException e) {
            return Parsed.failed(Problem.error(null, SourceFiles.describe(e)));
        } catch (RuntimeException | StackOverflowError e) {
            // no library reads CSV here: whatever is thrown is a fault of ours, never the file's
            return Parsed.failed(Problem.internal(null,
                    "Taktstok could not read this CSV file (an internal error; please report it)", e));
        }
    }

    /** Reads CSV bytes; unlike {@link #read(Path)} it lets a fault of its own through, for the fuzz tests. */
    Parsed read(byte[] bytes, String name) {
        List<Problem> problems = new ArrayList<>();
        CsvDecoder.Decoded decoded = CsvDecoder.decode(bytes);
        char delimiter = CsvParser.detectDelimiter(decoded.text());
        CsvParser.Result parsed = CsvParser.parse(decoded.text(), delimiter, MAX_CELLS);
        List<CsvParser.Record> records = parsed.records();
        if (decoded.badByte() >= 0) {
            problems.add(Problem.warning(placeOf(records, decoded.badByte()),
                    "the file is not UTF-8, so it is read as Windows-1252 (Western European); check its letters"));
        }
        if (parsed.unclosedQuote() != null) {
            problems.add(Problem.warning(parsed.unclosedQuote().line() + ":" + parsed.unclosedColumn(),
                    "a quoted value is never closed, so it runs to the end of the file"));
        }
        if (parsed.truncated()) {
            CsvParser.Record last = records.getLast();
            problems.add(Problem.warning(last.lastLine() + ":1", Limits.cellsCut("the file")));
        }
        return assembler.assemble(List.of(grid(name, records, problems)), name, problems, "no table found in the file");
    }

    private static Grid grid(String name, List<CsvParser.Record> records, List<Problem> problems) {
        Grid.Locator locator = new Grid.Locator() {
            @Override
            public String at(int row, int col) {
                return line(row, col) + ":" + (col + 1);
            }

            @Override
            public String range(int firstRow, int firstCol, int lastRow, int lastCol) {
                return line(firstRow, 0) + ":" + line(lastRow, Integer.MAX_VALUE); // lines, as an editor counts them
            }

            private int line(int row, int col) {
                if (row >= records.size()) {
                    return records.isEmpty() ? 1 : records.getLast().lastLine() + 1;
                }
                CsvParser.Record record = records.get(row);
                return col < record.fields().size() ? record.fields().get(col).line() : record.lastLine();
            }
        };
        Grid.Builder grid = Grid.builder(name, locator);
        for (int r = 0; r < records.size(); r++) {
            List<CsvParser.Field> fields = records.get(r).fields();
            for (int c = 0; c < fields.size(); c++) {
                CsvParser.Field field = fields.get(c);
                if (!field.text().isBlank()) {
                    String at = field.line() + ":" + (c + 1);
                    String text = field.text();
                    if (text.length() > Limits.MAX_CELL_CHARS) {
                        problems.add(Problem.warning(at, Limits.cellTextCut()));
                        text = text.substring(0, Limits.MAX_CELL_CHARS);
                    }
                    grid.add(GridCell.text(r, c, text, at));
                }
            }
        }
        return grid.build();
    }

    /** The line:column of the field holding a character offset. */
    private static String placeOf(List<CsvParser.Record> records, int offset) {
        String place = "1:1";
        for (CsvParser.Record record : records) {
            for (int c = 0; c < record.fields().size(); c++) {
                CsvParser.Field field = record.fields().get(c);
                if (field.offset() > offset) {
                    return place;
                }
                place = field.line() + ":" + (c + 1);
            }
        }
        return place;
    }

    /**
     * Whether the file's first lines are a table in long format ("item | response | count"): counts of
     * answers, not one row per respondent, though they look alike.
     */
    private static boolean isAggregate(Path file) throws IOException {
        byte[] head;
        try (var in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        CsvDecoder.Decoded decoded = CsvDecoder.decode(head);
        String text = decoded.text();
        if (head.length == HEAD_BYTES) {
            int lastLine = text.lastIndexOf('\n');
            text = lastLine > 0 ? text.substring(0, lastLine) : text; // no half a line
        }
        CsvParser.Result parsed = CsvParser.parse(text, CsvParser.detectDelimiter(text), MAX_CELLS);
        return StudyAssembler.isLongTable(grid("head", parsed.records(), new ArrayList<>()));
    }

    private static byte[] head(Path file) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes(8192);
        }
    }

    /** What a binary file is, when it is not text; null for text. */
    private static String binaryKind(byte[] bytes) {
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return "this is a ZIP archive (perhaps an Excel .xlsx workbook), not CSV text";
        }
        if (bytes.length >= 8 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF
                && (bytes[2] & 0xFF) == 0x11 && (bytes[3] & 0xFF) == 0xE0) {
            return "this is an Office file (perhaps an Excel .xls workbook), not CSV text";
        }
        boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF);
        if (!utf16) {
            for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
                if (bytes[i] == 0) {
                    return "this is not a text file, so it cannot be CSV";
                }
            }
        }
        return null;
    }
}
