package dk.taktstok.io.excel;

import dk.taktstok.io.Layout;
import dk.taktstok.io.Parsed;
import dk.taktstok.io.Problem;
import dk.taktstok.io.ReadOptions;
import dk.taktstok.io.respondents.AnswerValues;
import dk.taktstok.io.respondents.CodeLabels;
import dk.taktstok.io.respondents.RespondentRows;
import dk.taktstok.io.respondents.RespondentStudy;
import dk.taktstok.io.table.Grid;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.xml.sax.SAXException;

/**
 * Reads respondent rows from an .xlsx workbook: the first visible sheet whose first rows look like
 * them (or, with {@link Layout#RESPONDENTS}, that has a question at all) is streamed through
 * {@link XlsxRowScanner} and counted as it goes ({@link RespondentRows}); the workbook's other sheets are searched for value labels of numeric codes.
 */
final class XlsxRespondents {

    private XlsxRespondents() {
    }

    /** The study of the respondent rows, or empty (in {@link Layout#AUTO}) when the workbook holds none. */
    static Optional<Parsed> read(OPCPackage pkg, Path file, String fileTitle, ReadOptions options)
            throws IOException, SAXException, InvalidFormatException {
        try (var entries = new SheetEntries(file)) {
            return read(pkg, entries, fileTitle, options);
        }
    }

    private static Optional<Parsed> read(OPCPackage pkg, SheetEntries entries, String fileTitle, ReadOptions options)
            throws IOException, SAXException, InvalidFormatException {
        PackagePart workbook = XlsxSheets.workbookPart(pkg);
        List<String> strings = XlsxSharedStrings.of(workbook);
        List<XlsxSheets.SheetRef> sheets = XlsxSheets.sheets(workbook);
        var refused = new ArrayList<String>();
        for (XlsxSheets.SheetRef sheet : sheets) {
            PackagePart part = part(workbook, sheet);
            if (part == null || sheet.hidden()) {
                continue;
            }
            Grid.Locator locator = ExcelLocations.of(sheet.name());
            var rows = new RespondentRows(new AnswerValues(strings), options, locator);
            scan(entries.open(part), rows);
            if (rows.verdict() == RespondentRows.Verdict.RESPONDENTS) {
                CodeLabels codes = codes(workbook, sheets, sheet, strings);
                return Optional.of(RespondentStudy.build(rows, sheet.name(), fileTitle, codes, List.of()));
            }
            List<Problem> optionErrors = rows.problems().stream().filter(Problem::isError).toList();
            if (!optionErrors.isEmpty()) {
                return Optional.of(new Parsed(null, null, optionErrors));
            }
            refused.add(sheet.name());
        }
        if (options.effectiveLayout() == Layout.RESPONDENTS) {
            return Optional.of(Parsed.failed(Problem.error(null, "no sheet holds respondent rows (a header row of"
                    + " questions, then one row per respondent with answers that repeat); looked at sheets: "
                    + String.join(", ", refused))));
        }
        return Optional.empty();
    }

    /** Streams a sheet into the rows, stopping as soon as they turn out not to be respondent rows. */
    private static void scan(SheetEntries.Opened sheet, RespondentRows rows) throws IOException {
        long total = sheet.size();
        try (InputStream in = sheet.in()) {
            new XlsxRowScanner(in).scan(new XlsxRowScanner.Cells() {
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
                public boolean wantsNumber(int col) {
                    return rows.wantsNumber(col);
                }

                @Override
                public void formula(int col) {
                    rows.formula(col);
                }

                @Override
                public boolean endRow(int row, long bytesRead) {
                    rows.position(bytesRead, total);
                    return rows.endRow(row) != RespondentRows.Verdict.NOT_RESPONDENTS;
                }
            });
        }
        rows.end();
    }

    /** Value labels from the first other sheet that holds them. */
    private static CodeLabels codes(PackagePart workbook, List<XlsxSheets.SheetRef> sheets, XlsxSheets.SheetRef data,
                                    List<String> strings) throws IOException, SAXException, InvalidFormatException {
        for (XlsxSheets.SheetRef sheet : sheets) {
            PackagePart part = sheet == data ? null : part(workbook, sheet);
            if (part == null) {
                continue;
            }
            Grid.Locator locator = ExcelLocations.of(sheet.name());
            Grid.Builder grid = Grid.builder(sheet.name(), locator);
            try {
                SaxParts.parse(part, new XlsxSheetHandler(grid, locator, strings, XlsxStyles.Percent.NONE,
                        PoiLimits.MAX_CELLS / 10));
            } catch (XlsxSheetHandler.CellLimit limit) {
                continue; // far too large for value labels
            }
            Optional<CodeLabels> codes = CodeLabels.of(grid.build());
            if (codes.isPresent()) {
                return codes.get();
            }
        }
        return CodeLabels.NONE;
    }

    private static PackagePart part(PackagePart workbook, XlsxSheets.SheetRef sheet) throws InvalidFormatException {
        PackageRelationship relation = sheet.relationId() == null ? null : workbook.getRelationship(sheet.relationId());
        if (relation == null || !relation.getRelationshipType().endsWith("/worksheet")
                || relation.getTargetMode() == TargetMode.EXTERNAL) {
            return null;
        }
        return workbook.getRelatedPart(relation);
    }
}
