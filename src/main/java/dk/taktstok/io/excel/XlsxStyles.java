package dk.taktstok.io.excel;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Which cell styles of an .xlsx (xl/styles.xml) show numbers as percent. */
final class XlsxStyles extends DefaultHandler {

    private final Map<Integer, String> customFormats = new HashMap<>();
    private final List<Integer> styleFormats = new ArrayList<>();
    private boolean inCellXfs;

    /** Percent-ness by style index; styles past the end are not percent. */
    static final class Percent {
        private final boolean[] byStyle;

        private Percent(boolean[] byStyle) {
            this.byStyle = byStyle;
        }

        static final Percent NONE = new Percent(new boolean[0]);

        boolean of(int style) {
            return style >= 0 && style < byStyle.length && byStyle[style];
        }
    }

    static Percent read(PackagePart part) throws IOException, SAXException {
        XlsxStyles handler = new XlsxStyles();
        SaxParts.parse(part, handler);
        boolean[] percent = new boolean[handler.styleFormats.size()];
        for (int i = 0; i < percent.length; i++) {
            int id = handler.styleFormats.get(i);
            String format = handler.customFormats.getOrDefault(id, id >= 0 && id < 50 ? BuiltinFormats.getBuiltinFormat(id) : null);
            percent[i] = PercentFormats.isPercent(format);
        }
        return new Percent(percent);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (SaxParts.local(localName, qName)) {
            case "numFmt" -> {
                Integer id = integer(SaxParts.attribute(attributes, "numFmtId"));
                String code = SaxParts.attribute(attributes, "formatCode");
                if (id != null && code != null) {
                    customFormats.put(id, code);
                }
            }
            case "cellXfs" -> inCellXfs = true;
            case "xf" -> {
                if (inCellXfs) {
                    Integer id = integer(SaxParts.attribute(attributes, "numFmtId"));
                    styleFormats.add(id == null ? 0 : id);
                }
            }
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if ("cellXfs".equals(SaxParts.local(localName, qName))) {
            inCellXfs = false;
        }
    }

    private static Integer integer(String text) {
        try {
            return text == null ? null : Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
