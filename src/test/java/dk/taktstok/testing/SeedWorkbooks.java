package dk.taktstok.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes test workbooks with POI, as .xlsx or .xls, from rows of values: a String is a text cell,
 * a Number a number cell, {@link #pct} a number formatted "0.0%", {@link #formula} a formula with
 * its result saved, null a blank cell.
 */
public final class SeedWorkbooks {

    public enum Format {
        XLSX(".xlsx"), XLS(".xls");

        public final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public Workbook create() {
            return this == XLSX ? new XSSFWorkbook() : new HSSFWorkbook();
        }
    }

    public record Pct(double fraction) {
    }

    public record Formula(String formula) {
    }

    public static Pct pct(double fraction) {
        return new Pct(fraction);
    }

    public static Formula formula(String formula) {
        return new Formula(formula);
    }

    public static Object[] row(Object... values) {
        return values;
    }

    public static final Object[] BLANK = {};

    /** Rows as a list; List.of would spread a single row into its values. */
    public static List<Object[]> rows(Object[]... rows) {
        return new ArrayList<>(List.of(rows));
    }

    /** One workbook being written. */
    public static final class Book {
        public final Workbook workbook;
        private CellStyle percent;

        Book(Workbook workbook) {
            this.workbook = workbook;
        }

        /** Adds a sheet with these rows from the top. */
        public Book sheet(String name, List<Object[]> rows) {
            Sheet sheet = workbook.createSheet(name);
            for (int r = 0; r < rows.size(); r++) {
                Object[] values = rows.get(r);
                Row row = sheet.createRow(r);
                for (int c = 0; c < values.length; c++) {
                    put(row, c, values[c]);
                }
            }
            return this;
        }

        public Book hide(String name) {
            workbook.setSheetHidden(workbook.getSheetIndex(name), true);
            return this;
        }

        private void put(Row row, int c, Object value) {
            switch (value) {
                case null -> { }
                case String s -> row.createCell(c).setCellValue(s);
                case Number n -> row.createCell(c).setCellValue(n.doubleValue());
                case Pct p -> {
                    Cell cell = row.createCell(c);
                    cell.setCellValue(p.fraction());
                    cell.setCellStyle(percentStyle());
                }
                case Formula f -> row.createCell(c).setCellFormula(f.formula());
                default -> throw new IllegalArgumentException("no cell for " + value);
            }
        }

        private CellStyle percentStyle() {
            if (percent == null) {
                percent = workbook.createCellStyle();
                percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
            }
            return percent;
        }
    }

    /** Writes a workbook; formulas are calculated first so that their results are saved. */
    public static Path write(Path dir, String name, Format format, Consumer<Book> content) throws IOException {
        return write(dir, name, format, true, content);
    }

    public static Path write(Path dir, String name, Format format, boolean calculate, Consumer<Book> content) throws IOException {
        Path file = dir.resolve(name + format.extension);
        try (Workbook workbook = format.create(); OutputStream out = Files.newOutputStream(file)) {
            content.accept(new Book(workbook));
            if (calculate) {
                workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            }
            workbook.write(out);
        }
        return file;
    }

    /** The seed table: a header row ({@code labelHeading} over the labels) and six rows. */
    public static List<Object[]> seedTable(String labelHeading) {
        List<Object[]> rows = new ArrayList<>();
        List<Object> header = new ArrayList<>();
        header.add(labelHeading);
        header.addAll(Seed.CATEGORIES);
        rows.add(header.toArray());
        for (int r = 0; r < Seed.LABELS.size(); r++) {
            rows.add(seedRow(r));
        }
        return rows;
    }

    public static Object[] seedRow(int r) {
        List<Object> row = new ArrayList<>();
        row.add(Seed.LABELS.get(r));
        for (double v : Seed.SHARES[r]) {
            row.add(v);
        }
        return row.toArray();
    }

    @SafeVarargs
    public static List<Object[]> concat(List<Object[]>... parts) {
        List<Object[]> all = new ArrayList<>();
        for (List<Object[]> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    private SeedWorkbooks() {
    }
}
