package dk.taktstok.io.excel;

import dk.taktstok.io.Limits;
import dk.taktstok.io.Problem;
import dk.taktstok.io.table.Grid;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the visible worksheets of an .xlsx or .xlsm package (transitional or strict OOXML) by
 * streaming their XML, so that memory stays small and a huge sheet stops at the cell limit.
 */
final class XlsxSheets {

    record SheetRef(String name, String relationId, boolean hidden) {
    }

    private XlsxSheets() {
    }

    static SheetsRead read(OPCPackage pkg) throws IOException, SAXException, InvalidFormatException {
        return read(pkg, PoiLimits.MAX_CELLS);
    }

    /** The visible sheets, each read up to {@code maxCells} cells (a sheet's first rows, to judge its layout). */
    static SheetsRead read(OPCPackage pkg, int maxCells) throws IOException, SAXException, InvalidFormatException {
        PackagePart workbook = workbookPart(pkg);
        List<String> strings = List.of();
        XlsxStyles.Percent percent = XlsxStyles.Percent.NONE;
        PackagePart stringsPart = related(workbook, "/sharedStrings");
        if (stringsPart != null) {
            strings = XlsxSharedStrings.read(stringsPart, PoiLimits.MAX_TEXT_CHARS);
        }
        PackagePart stylesPart = related(workbook, "/styles");
        if (stylesPart != null) {
            percent = XlsxStyles.read(stylesPart);
        }

        List<Grid> grids = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (SheetRef sheet : sheets(workbook)) {
            PackageRelationship relation = sheet.relationId() == null ? null : workbook.getRelationship(sheet.relationId());
            if (relation == null || !relation.getRelationshipType().endsWith("/worksheet")) {
                continue; // a chart sheet or dialog sheet holds no cells
            }
            if (sheet.hidden()) {
                hidden.add(sheet.name());
                continue;
            }
            PackagePart part = relation.getTargetMode() == TargetMode.EXTERNAL ? null : workbook.getRelatedPart(relation);
            if (part == null) {
                throw new WorkbookRefused(ExcelFailures.DAMAGED);
            }
            Grid.Locator locator = ExcelLocations.of(sheet.name());
            Grid.Builder grid = Grid.builder(sheet.name(), locator);
            var handler = new XlsxSheetHandler(grid, locator, strings, percent, maxCells);
            try {
                SaxParts.parse(part, handler);
            } catch (XlsxSheetHandler.CellLimit limit) {
                problems.add(Problem.warning(limit.location, Limits.cellsCut("the sheet")));
            }
            handler.cutCells().forEach(at -> problems.add(Problem.warning(at, Limits.cellTextCut())));
            grids.add(grid.build());
        }
        return new SheetsRead(grids, hidden, problems);
    }

    static PackagePart workbookPart(OPCPackage pkg) throws InvalidFormatException {
        PackageRelationship core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).getRelationship(0);
        if (core == null) {
            core = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT).getRelationship(0);
        }
        PackagePart part = core == null ? null : pkg.getPart(core);
        if (part == null) {
            throw new WorkbookRefused(ExcelFailures.DAMAGED);
        }
        if (part.getPartName().getName().toLowerCase(java.util.Locale.ROOT).endsWith(".bin")) {
            throw new WorkbookRefused(ExcelFailures.XLSB);
        }
        return part;
    }

    /** The first internal part the workbook relates to by a type ending in {@code suffix}. */
    static PackagePart related(PackagePart workbook, String suffix) throws InvalidFormatException {
        for (PackageRelationship relation : workbook.getRelationships()) {
            if (relation.getRelationshipType().endsWith(suffix) && relation.getTargetMode() != TargetMode.EXTERNAL) {
                return workbook.getRelatedPart(relation);
            }
        }
        return null;
    }

    /** The sheets in workbook order, from xl/workbook.xml. */
    static List<SheetRef> sheets(PackagePart workbook) throws IOException, SAXException {
        List<SheetRef> sheets = new ArrayList<>();
        SaxParts.parse(workbook, new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes attributes) {
                if ("sheet".equals(SaxParts.local(localName, qName))) {
                    String name = SaxParts.attribute(attributes, "name");
                    String state = SaxParts.attribute(attributes, "state");
                    sheets.add(new SheetRef(name == null ? "Sheet" + (sheets.size() + 1) : name,
                            SaxParts.attribute(attributes, "id"), state != null && !state.equals("visible")));
                }
            }
        });
        return sheets;
    }
}
