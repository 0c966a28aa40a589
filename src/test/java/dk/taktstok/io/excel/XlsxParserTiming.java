package dk.taktstok.io.excel;

import dk.taktstok.io.Layout;
import dk.taktstok.io.ReadOptions;
import dk.taktstok.io.store.ReadResult;
import dk.taktstok.io.store.StudyFiles;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The parsers ADR 5 chose between, each counting every answer of a respondent workbook's first sheet
 * (cells per column and value), so they do the same work. One run per JVM, as the command line has it:
 * {@code XlsxParserTiming CANDIDATE FILE}, timed from the outside for memory (bench/parsers.sh).
 *
 * <ul>
 *   <li>{@code poi-event}: POI's SAX event API (XSSFReader, XSSFSheetXMLHandler, read-only shared strings)
 *   <li>{@code sax}: the JDK's SAX parser over the sheet part, as Taktstok reads report tables
 *   <li>{@code stax}: the JDK's StAX parser over the sheet entry
 *   <li>{@code scanner}: {@link XlsxRowScanner}, the sheet unpacked with the JDK's zip reader
 *   <li>{@code taktstok}: the whole read, {@code StudyFiles} with {@code --layout respondents}
 * </ul>
 */
public final class XlsxParserTiming {

    private XlsxParserTiming() {
    }

    public static void main(String[] args) throws Exception {
        String candidate = args[0];
        Path file = Path.of(args[1]);
        long start = System.nanoTime();
        long cells = switch (candidate) {
            case "poi-event" -> poiEvent(file);
            case "sax" -> sax(file);
            case "stax" -> stax(file);
            case "scanner" -> scanner(file);
            case "taktstok" -> taktstok(file);
            case "inflate-poi" -> inflatePoi(file);
            case "inflate-jdk" -> inflateJdk(file);
            case "scan-memory" -> scanMemory(file);
            case "rows-memory" -> rowsMemory(file);
            default -> throw new IllegalArgumentException("unknown candidate " + candidate);
        };
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%s\t%.3f\t%d%n", candidate, seconds, cells);
    }

    /** Counts of values per column, as a respondent reader keeps them. */
    private static final class Counts {
        final Map<Long, long[]> byColumnAndValue = new HashMap<>();
        long cells;

        void add(int col, String value) {
            add(col, value.hashCode());
        }

        void add(int col, int value) {
            cells++;
            byColumnAndValue.computeIfAbsent(((long) col << 32) | (value & 0xFFFFFFFFL), k -> new long[1])[0]++;
        }
    }

    private static long poiEvent(Path file) throws Exception {
        var counts = new Counts();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            var reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg);
            try (InputStream sheet = reader.getSheetsData().next()) {
                var handler = new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                        new XSSFSheetXMLHandler.SheetContentsHandler() {
                            @Override
                            public void startRow(int rowNum) {
                            }

                            @Override
                            public void endRow(int rowNum) {
                            }

                            @Override
                            public void cell(String ref, String value, XSSFComment comment) {
                                counts.add(XlsxSheetHandler.parseRef(ref)[1], value);
                            }
                        }, new DataFormatter(), false);
                SaxParts.parse(sheet, handler);
            }
            pkg.revert();
        }
        return counts.cells;
    }

    private static long sax(Path file) throws Exception {
        var counts = new Counts();
        OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            PackagePart part = sheetPart(pkg);
            SaxParts.parse(part, new DefaultHandler() {
                private final StringBuilder value = new StringBuilder();
                private boolean inValue;
                private int col;

                @Override
                public void startElement(String uri, String localName, String qName, Attributes attributes) {
                    switch (SaxParts.local(localName, qName)) {
                        case "c" -> col = XlsxSheetHandler.parseRef(SaxParts.attribute(attributes, "r"))[1];
                        case "v" -> {
                            inValue = true;
                            value.setLength(0);
                        }
                        default -> {
                        }
                    }
                }

                @Override
                public void characters(char[] ch, int start, int length) {
                    if (inValue) {
                        value.append(ch, start, length);
                    }
                }

                @Override
                public void endElement(String uri, String localName, String qName) {
                    if ("v".equals(SaxParts.local(localName, qName))) {
                        inValue = false;
                        counts.add(col, value.toString());
                    }
                }
            });
        } finally {
            pkg.revert();
        }
        return counts.cells;
    }

    private static long stax(Path file) throws Exception {
        var counts = new Counts();
        try (var zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
            XMLInputFactory factory = XMLInputFactory.newFactory();
            factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            int col = 0;
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("c")) {
                        col = XlsxSheetHandler.parseRef(xml.getAttributeValue(null, "r"))[1];
                    } else if (name.equals("v")) {
                        counts.add(col, xml.getElementText());
                    }
                }
            }
        }
        return counts.cells;
    }

    private static long scanner(Path file) throws Exception {
        var counts = new Counts();
        OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try (var entries = new SheetEntries(file);
             InputStream in = entries.open(sheetPart(pkg)).in()) {
            new XlsxRowScanner(in).scan(new XlsxRowScanner.Cells() {
                @Override
                public boolean wants(int col) {
                    return true;
                }

                @Override
                public void sharedString(int col, int index) {
                    counts.add(col, index);
                }

                @Override
                public void number(int col, String written) {
                    counts.add(col, written);
                }

                @Override
                public void text(int col, String text) {
                    counts.add(col, text);
                }

                @Override
                public boolean endRow(int row, long bytesRead) {
                    return true;
                }
            });
        } finally {
            pkg.revert();
        }
        return counts.cells;
    }

    /** Only unpacking the sheet, through POI's package (its zip-bomb checks included). */
    private static long inflatePoi(Path file) throws Exception {
        OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try (InputStream in = sheetPart(pkg).getInputStream()) {
            return drain(in);
        } finally {
            pkg.revert();
        }
    }

    /** Only unpacking the sheet, with the JDK's zip reader. */
    private static long inflateJdk(Path file) throws Exception {
        try (var zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
            return drain(in);
        }
    }

    /** Only scanning: the sheet unpacked into memory first, cells counted plainly. */
    private static long scanMemory(Path file) throws Exception {
        byte[] xml;
        try (var zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
            xml = in.readAllBytes();
        }
        long[] cells = new long[2];
        for (int run = 0; run < Integer.getInteger("runs", 1); run++) {
        long start = System.nanoTime();
        new XlsxRowScanner(new java.io.ByteArrayInputStream(xml)).scan(new XlsxRowScanner.Cells() {
            @Override
            public boolean wants(int col) {
                return true;
            }

            @Override
            public void sharedString(int col, int index) {
                cells[0] += index;
                cells[1]++;
            }

            @Override
            public void number(int col, String written) {
                cells[1]++;
            }

            @Override
            public void text(int col, String text) {
                cells[1]++;
            }

            @Override
            public boolean endRow(int row, long bytesRead) {
                return true;
            }
        });
        System.out.printf(Locale.ROOT, "scan only: %.3f s%n", (System.nanoTime() - start) / 1e9);
        }
        return cells[1];
    }

    /** Scanning and counting as the reader does, the sheet unpacked into memory first. */
    private static long rowsMemory(Path file) throws Exception {
        byte[] xml;
        List<String> strings;
        OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            strings = XlsxSharedStrings.of(XlsxSheets.workbookPart(pkg));
        } finally {
            pkg.revert();
        }
        try (var zip = new ZipFile(file.toFile()); InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
            xml = in.readAllBytes();
        }
        long rowsCounted = 0;
        for (int run = 0; run < Integer.getInteger("runs", 1); run++) {
            long start = System.nanoTime();
            var rows = new dk.taktstok.io.respondents.RespondentRows(new dk.taktstok.io.respondents.AnswerValues(strings),
                    ReadOptions.DEFAULT, (r, c) -> r + ":" + c);
            new XlsxRowScanner(new java.io.ByteArrayInputStream(xml)).scan(new XlsxRowScanner.Cells() {
                @Override
                public boolean wants(int col) {
                    return rows.wants(col);
                }

                @Override
                public void sharedString(int col, int index) {
                    rows.sharedString(col, index);
                }

                @Override
                public void number(int col, String written) {
                    rows.number(col, written);
                }

                @Override
                public void text(int col, String text) {
                    rows.text(col, text);
                }

                @Override
                public boolean endRow(int row, long bytesRead) {
                    rows.endRow(row);
                    return true;
                }
            });
            rows.end();
            rowsCounted += rows.verdict().ordinal();
            System.out.printf(Locale.ROOT, "scan and count: %.3f s%n", (System.nanoTime() - start) / 1e9);
        }
        return rowsCounted;
    }

    private static long drain(InputStream in) throws java.io.IOException {
        byte[] buf = new byte[1 << 16];
        long total = 0;
        for (int n; (n = in.read(buf)) > 0; ) {
            total += n;
        }
        return total;
    }

    private static long taktstok(Path file) {
        ReadResult result = StudyFiles.standard().read(file, ReadOptions.DEFAULT.withLayout(Layout.RESPONDENTS));
        return result.study().tables().stream().mapToLong(t -> t.items().stream().mapToLong(i -> i.n()).sum()).sum();
    }

    private static PackagePart sheetPart(OPCPackage pkg) throws Exception {
        PackagePart workbook = XlsxSheets.workbookPart(pkg);
        List<XlsxSheets.SheetRef> sheets = XlsxSheets.sheets(workbook);
        return workbook.getRelatedPart(workbook.getRelationship(sheets.getFirst().relationId()));
    }
}
