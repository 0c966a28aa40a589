package dk.taktstok.io.excel;

import dk.taktstok.io.table.Grid;
import dk.taktstok.io.table.GridCell;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one worksheet's XML into a grid. Formulas are never evaluated: a formula cell holds the
 * result Excel saved with it. Reading stops after a number of cells.
 */
final class XlsxSheetHandler extends DefaultHandler {

    /** Thrown to stop parsing at the cell limit. */
    static final class CellLimit extends SAXException {
        final String location;

        CellLimit(String location) {
            super("cell limit");
            this.location = location;
        }
    }

    private final Grid.Builder grid;
    private final Grid.Locator locator;
    private final List<String> sharedStrings;
    private final XlsxStyles.Percent percent;
    private final int maxCells;

    private int row = -1;
    private int col = -1;
    private int cells;
    private String type;
    private int style;
    private boolean hasFormula;
    private final StringBuilder value = new StringBuilder();
    private final StringBuilder formula = new StringBuilder();
    private final StringBuilder inline = new StringBuilder();
    private final java.util.List<String> cut = new java.util.ArrayList<>();
    private boolean inValue;
    private boolean inFormula;
    private boolean inInline;
    private boolean inInlineText;
    private boolean inPhonetic;

    XlsxSheetHandler(Grid.Builder grid, Grid.Locator locator, List<String> sharedStrings, XlsxStyles.Percent percent,
            int maxCells) {
        this.grid = grid;
        this.locator = locator;
        this.sharedStrings = sharedStrings;
        this.percent = percent;
        this.maxCells = maxCells;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (SaxParts.local(localName, qName)) {
            case "row" -> {
                int r = positive(SaxParts.attribute(attributes, "r"));
                row = r > 0 ? r - 1 : row + 1;
                col = -1;
            }
            case "c" -> startCell(attributes);
            case "v" -> inValue = true;
            case "f" -> {
                inFormula = true;
                hasFormula = true;
            }
            case "is" -> inInline = true;
            case "t" -> inInlineText = inInline;
            case "rPh" -> inPhonetic = true;
            default -> {
            }
        }
    }

    private void startCell(Attributes attributes) throws SAXException {
        if (++cells > maxCells) {
            throw new CellLimit(locator.at(Math.max(row, 0), Math.max(col, 0)));
        }
        String ref = SaxParts.attribute(attributes, "r");
        int[] place = ref == null ? null : parseRef(ref);
        if (place != null) {
            row = place[0];
            col = place[1];
        } else {
            row = Math.max(row, 0);
            col++;
        }
        type = SaxParts.attribute(attributes, "t");
        int s = positive(SaxParts.attribute(attributes, "s"));
        style = Math.max(s, 0);
        hasFormula = false;
        value.setLength(0);
        formula.setLength(0);
        inline.setLength(0);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (SaxParts.local(localName, qName)) {
            case "c" -> endCell();
            case "v" -> inValue = false;
            case "f" -> inFormula = false;
            case "is" -> inInline = false;
            case "t" -> inInlineText = false;
            case "rPh" -> inPhonetic = false;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inValue) {
            appendCapped(value, ch, start, length);
        } else if (inFormula) {
            appendCapped(formula, ch, start, length);
        } else if (inInlineText && !inPhonetic) {
            appendCapped(inline, ch, start, length);
        }
    }

    /** Keeps at most one character past the cell limit, so that memory stays bounded and a cut shows. */
    private static void appendCapped(StringBuilder text, char[] ch, int start, int length) {
        text.append(ch, start, Math.max(0, Math.min(length, XlsxSharedStrings.MAX_CELL_CHARS + 1 - text.length())));
    }

    /** The places of the cells whose text was cut at the cell limit. */
    java.util.List<String> cutCells() {
        return cut;
    }

    private void endCell() {
        GridCell cell = cell(locator.at(row, col));
        if (cell != null) {
            grid.add(cell);
        }
    }

    private GridCell cell(String at) {
        String v = value.toString();
        if (type == null || type.equals("n")) {
            if (v.isBlank()) {
                return hasFormula ? GridCell.noResult(row, col, "=" + formula, at) : null;
            }
            try {
                return GridCell.number(row, col, Double.parseDouble(v.strip()), percent.of(style), at);
            } catch (NumberFormatException e) {
                return GridCell.text(row, col, capped(v, at), at);
            }
        }
        return switch (type) {
            case "s" -> {
                int index = positive(v.strip());
                yield index >= 0 && index < sharedStrings.size()
                        ? GridCell.text(row, col, capped(sharedStrings.get(index), at), at) : null;
            }
            case "inlineStr" -> GridCell.text(row, col, capped(inline.isEmpty() ? value : inline, at), at);
            case "str", "d" -> v.isEmpty() && hasFormula ? GridCell.noResult(row, col, "=" + formula, at)
                    : GridCell.text(row, col, capped(v, at), at);
            case "b" -> v.isBlank() ? null : GridCell.text(row, col, "1".equals(v.strip()) ? "TRUE" : "FALSE", at);
            case "e" -> v.isBlank() ? null : GridCell.error(row, col, v.strip(), at);
            default -> v.isBlank() ? null : GridCell.text(row, col, capped(v, at), at);
        };
    }

    private String capped(CharSequence text, String at) {
        if (text.length() > XlsxSharedStrings.MAX_CELL_CHARS) {
            cut.add(at);
            return text.subSequence(0, XlsxSharedStrings.MAX_CELL_CHARS).toString();
        }
        return text.toString();
    }

    /** "AB12" → {11, 27}; null when it is not a cell reference. */
    static int[] parseRef(String ref) {
        int i = 0;
        int col = 0;
        int n = ref.length();
        while (i < n && Character.isLetter(ref.charAt(i))) {
            char c = Character.toUpperCase(ref.charAt(i));
            if (c < 'A' || c > 'Z' || i >= 3) {
                return null;
            }
            col = col * 26 + (c - 'A' + 1);
            i++;
        }
        if (i == 0 || i == n || n - i > 7) {
            return null;
        }
        int row = 0;
        for (; i < n; i++) {
            char c = ref.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            row = row * 10 + (c - '0');
        }
        return row < 1 ? null : new int[]{row - 1, col - 1};
    }

    /** A non-negative integer, or -1. */
    private static int positive(String text) {
        if (text == null || text.isEmpty() || text.length() > 9) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
