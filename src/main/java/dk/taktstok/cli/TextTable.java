package dk.taktstok.cli;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table with aligned columns: text left, numbers right. */
final class TextTable {

    private static final String GAP = "  ";

    private final List<String> headers;
    private final List<Boolean> rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(List<String> headers, List<Boolean> rightAligned) {
        if (headers.size() != rightAligned.size()) {
            throw new IllegalArgumentException("one alignment per column");
        }
        this.headers = List.copyOf(headers);
        this.rightAligned = List.copyOf(rightAligned);
    }

    /** A table whose first {@code textColumns} columns are text and the rest numbers. */
    static TextTable of(List<String> headers, int textColumns) {
        var alignment = new ArrayList<Boolean>();
        for (int i = 0; i < headers.size(); i++) {
            alignment.add(i >= textColumns);
        }
        return new TextTable(headers, alignment);
    }

    TextTable row(List<String> cells) {
        if (cells.size() != headers.size()) {
            throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.size());
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    String render() {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < headers.size(); c++) {
            widths[c] = width(headers.get(c));
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        var out = new StringBuilder();
        line(out, headers, widths);
        for (List<String> row : rows) {
            line(out, row, widths);
        }
        return out.toString();
    }

    private void line(StringBuilder out, List<String> cells, int[] widths) {
        var text = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(widths[c] - width(cell));
            if (c > 0) {
                text.append(GAP);
            }
            text.append(rightAligned.get(c) ? pad + cell : cell + pad);
        }
        out.append(text.toString().stripTrailing()).append('\n');
    }

    /** Width on a terminal: code points, as Danish letters and dashes are one column each. */
    private static int width(String text) {
        return text.codePointCount(0, text.length());
    }
}
