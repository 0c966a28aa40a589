package dk.taktstok.io.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits CSV text into records and fields (RFC 4180, leniently): quoted fields may hold the
 * delimiter, line breaks and doubled quotes. Each field keeps the line it starts on, so that a
 * problem can name its place as {@code line:column}, the column being the field's number.
 */
final class CsvParser {

    /** Delimiters Taktstok recognises, in order of preference on a tie. */
    private static final char[] DELIMITERS = {';', ',', '\t'};
    /** How much of the file the delimiter is guessed from. */
    private static final int SAMPLE_CHARS = 64 * 1024;

    /**
     * @param offset the field's first character in the text
     */
    record Field(String text, int line, int offset) {
    }

    /**
     * @param lastLine the line the record ends on (later than its first when a quoted field spans lines)
     */
    record Record(List<Field> fields, int line, int lastLine) {
        boolean isBlank() {
            return fields.stream().allMatch(f -> f.text().isBlank());
        }
    }

    /**
     * @param unclosedQuote the field whose quote is never closed, or null
     * @param truncated     whether parsing stopped at the cell limit
     */
    record Result(List<Record> records, Field unclosedQuote, int unclosedColumn, boolean truncated) {
    }

    private CsvParser() {
    }

    /** The delimiter that splits the first lines into the same number (more than one) of fields. */
    static char detectDelimiter(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        char best = ',';
        long bestScore = 0;
        for (char delimiter : DELIMITERS) {
            Map<Integer, Integer> widths = new HashMap<>();
            for (Record record : parse(sample, delimiter, 200).records()) {
                if (!record.isBlank() && record.fields().size() > 1) {
                    widths.merge(record.fields().size(), 1, Integer::sum);
                }
            }
            for (var width : widths.entrySet()) {
                long score = width.getValue() * 10_000L + width.getKey();
                if (score > bestScore) {
                    bestScore = score;
                    best = delimiter;
                }
            }
        }
        return best;
    }

    /** Parses up to {@code maxCells} non-empty fields. */
    static Result parse(String text, char delimiter, int maxCells) {
        List<Record> records = new ArrayList<>();
        List<Field> fields = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int fieldLine = 1;
        int fieldOffset = 0;
        boolean quoted = false;
        boolean atFieldStart = true;
        int cells = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        value.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    if (c == '\r' || c == '\n') {
                        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                            i++;
                        }
                        line++;
                        c = '\n';
                    }
                    value.append(c);
                }
                i++;
                continue;
            }
            if (atFieldStart) {
                fieldLine = line;
                fieldOffset = i;
                atFieldStart = false;
                if (c == '"') {
                    quoted = true;
                    i++;
                    continue;
                }
            }
            if (c == delimiter) {
                cells += addField(fields, value, fieldLine, fieldOffset);
                atFieldStart = true;
                i++;
            } else if (c == '\r' || c == '\n') {
                cells += addField(fields, value, fieldLine, fieldOffset);
                records.add(new Record(List.copyOf(fields), recordLine, line));
                fields.clear();
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                i++;
                line++;
                recordLine = line;
                atFieldStart = true;
                if (cells >= maxCells) {
                    return new Result(records, null, 0, i < n);
                }
            } else {
                value.append(c);
                i++;
            }
        }
        Field unclosed = quoted ? new Field(value.toString(), fieldLine, fieldOffset) : null;
        int unclosedColumn = fields.size() + 1;
        if (!atFieldStart || !fields.isEmpty() || quoted) {
            addField(fields, value, fieldLine, fieldOffset);
            records.add(new Record(List.copyOf(fields), recordLine, line));
        }
        return new Result(records, unclosed, unclosedColumn, false);
    }

    private static int addField(List<Field> fields, StringBuilder value, int line, int offset) {
        fields.add(new Field(value.toString(), line, offset));
        int filled = value.isEmpty() ? 0 : 1;
        value.setLength(0);
        return filled;
    }
}
