package dk.taktstok.io.csv;

import dk.taktstok.io.Layout;
import dk.taktstok.io.Parsed;
import dk.taktstok.io.Problem;
import dk.taktstok.io.ReadOptions;
import dk.taktstok.io.SourceFiles;
import dk.taktstok.io.respondents.AnswerValues;
import dk.taktstok.io.respondents.CodeLabels;
import dk.taktstok.io.respondents.RespondentRows;
import dk.taktstok.io.respondents.RespondentStudy;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads respondent rows from a CSV file as it streams past (a header row of questions, one line per
 * respondent), counting the answers as it goes, so that a file of any length is read in the same small
 * memory. The delimiter is guessed from the first lines; the text is UTF-8 (with or without byte order
 * mark), UTF-16 with a byte order mark, or Windows-1252 when the first part is not UTF-8.
 */
final class CsvRespondents {

    /** Bytes looked at to guess the delimiter and the character set. */
    private static final int HEAD_BYTES = 256 * 1024;

    private CsvRespondents() {
    }

    /** The study of the respondent rows, or empty (in {@link Layout#AUTO}) when the file holds none. */
    static Optional<Parsed> read(Path file, ReadOptions options) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        Charset charset = charset(head);
        int bom = bomLength(head);
        char delimiter = delimiter(decodeHead(head, bom, charset));
        long total = Files.size(file);
        var problems = new ArrayList<Problem>();
        if (charset.equals(CsvDecoder.WINDOWS_1252)) {
            problems.add(Problem.warning(null, "the file is not UTF-8, so it is read as Windows-1252 (Western European);"
                    + " check its letters"));
        }
        var rows = new RespondentRows(new AnswerValues(List.of()), options, (row, col) -> (row + 1) + ":" + (col + 1));
        boolean unclosed;
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(bom);
            CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            Reader reader = new InputStreamReader(in, decoder);
            double bytesPerChar = charset.equals(StandardCharsets.UTF_16LE) || charset.equals(StandardCharsets.UTF_16BE) ? 2 : 1;
            unclosed = new CsvStream(reader, delimiter).read(new CsvStream.Fields() {
                @Override
                public void field(int col, String text) {
                    if (rows.wants(col)) {
                        rows.text(col, text);
                    }
                }

                @Override
                public boolean endRecord(int line, long charsRead) {
                    rows.position((long) (charsRead * bytesPerChar), total);
                    return rows.endRow(line - 1) != RespondentRows.Verdict.NOT_RESPONDENTS;
                }
            });
        }
        rows.end();
        if (rows.verdict() != RespondentRows.Verdict.RESPONDENTS) {
            List<Problem> optionErrors = rows.problems().stream().filter(Problem::isError).toList();
            if (!optionErrors.isEmpty()) {
                return Optional.of(new Parsed(null, null, optionErrors));
            }
            if (options.effectiveLayout() == Layout.RESPONDENTS) {
                return Optional.of(Parsed.failed(Problem.error(null, "the file holds no respondent rows (a header row"
                        + " of questions, then one line per respondent with answers that repeat)")));
            }
            return Optional.empty();
        }
        if (unclosed) {
            problems.add(Problem.warning(null, "a quoted value is never closed, so it runs to the end of the file"));
        }
        return Optional.of(RespondentStudy.build(rows, SourceFiles.baseName(file), SourceFiles.baseName(file),
                CodeLabels.NONE, problems));
    }

    /**
     * The delimiter that splits most of the first lines into the same number of fields (more than one),
     * the widest on a tie: respondent rows are wide, and a weight with a decimal comma must not make the
     * comma the delimiter of a semicolon file.
     */
    static char delimiter(String head) {
        char best = ',';
        long bestScore = -1;
        for (char delimiter : new char[] {';', ',', '\t'}) {
            var records = CsvParser.parse(head, delimiter, Integer.MAX_VALUE).records();
            var widths = new java.util.HashMap<Integer, Integer>();
            for (var record : records.subList(0, Math.min(100, Math.max(0, records.size() - 1)))) {
                if (record.fields().size() > 1) {
                    widths.merge(record.fields().size(), 1, Integer::sum);
                }
            }
            for (var width : widths.entrySet()) {
                long score = width.getValue() * 100_000L + width.getKey();
                if (score > bestScore) {
                    bestScore = score;
                    best = delimiter;
                }
            }
        }
        return best;
    }

    private static Charset charset(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        int start = bomLength(head);
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(head, start, head.length - start);
        CharBuffer out = CharBuffer.allocate(head.length + 1);
        var result = utf8.decode(bytes, out, true);
        // a letter cut at the end of the head is not an error
        boolean cutAtEnd = result.isMalformed() && head.length - bytes.position() < 4 && head.length == HEAD_BYTES;
        return result.isError() && !cutAtEnd ? CsvDecoder.WINDOWS_1252 : StandardCharsets.UTF_8;
    }

    private static int bomLength(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return 3;
        }
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            return 2;
        }
        return 0;
    }

    private static String decodeHead(byte[] head, int bom, Charset charset) {
        return new String(head, bom, head.length - bom, charset);
    }
}
