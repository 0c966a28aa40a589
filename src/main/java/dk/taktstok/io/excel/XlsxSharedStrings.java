package dk.taktstok.io.excel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared strings of an .xlsx (xl/sharedStrings.xml): the text of most text cells. Phonetic
 * runs are left out; the total text is capped so that a crafted file cannot fill the memory.
 */
final class XlsxSharedStrings extends DefaultHandler {

    /** Excel's own limit on the text of a cell; a longer text is kept one character longer, marking it as cut. */
    static final int MAX_CELL_CHARS = dk.taktstok.io.Limits.MAX_CELL_CHARS;

    private final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final long maxChars;
    private long chars;
    private boolean inText;
    private boolean inPhonetic;

    private XlsxSharedStrings(long maxChars) {
        this.maxChars = maxChars;
    }

    static List<String> read(PackagePart part, long maxChars) throws IOException, SAXException {
        XlsxSharedStrings handler = new XlsxSharedStrings(maxChars);
        SaxParts.parse(part, handler);
        return handler.strings;
    }

    /** The shared strings of a workbook, or none when it has no shared strings part. */
    static List<String> of(PackagePart workbook) throws IOException, SAXException,
            org.apache.poi.openxml4j.exceptions.InvalidFormatException {
        PackagePart part = XlsxSheets.related(workbook, "/sharedStrings");
        return part == null ? List.of() : read(part, PoiLimits.MAX_TEXT_CHARS);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (SaxParts.local(localName, qName)) {
            case "si" -> text.setLength(0);
            case "t" -> inText = true;
            case "rPh" -> inPhonetic = true;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (SaxParts.local(localName, qName)) {
            case "si" -> strings.add(text.length() > MAX_CELL_CHARS ? text.substring(0, MAX_CELL_CHARS + 1) : text.toString());
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (inText && !inPhonetic) {
            chars += length;
            if (chars > maxChars) {
                throw new SAXException(new WorkbookRefused(ExcelFailures.TOO_MUCH_TEXT));
            }
            // memory stays bounded: a cell holds at most one character past the limit, which marks it as cut
            text.append(ch, start, Math.max(0, Math.min(length, MAX_CELL_CHARS + 1 - text.length())));
        }
    }
}
