import java.io.File;
import java.util.HashMap;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import java.util.stream.Stream;

/** FastExcel's reader counting every answer of a workbook's first sheet per column and value, as XlsxParserTiming's candidates do (bench/parsers.sh). */
public class FastExcelCount {
    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Map<Long, long[]> counts = new HashMap<>();
        long[] cells = new long[1];
        try (ReadableWorkbook wb = new ReadableWorkbook(new File(args[0]))) {
            Sheet sheet = wb.getFirstSheet();
            try (Stream<Row> rows = sheet.openStream()) {
                rows.forEach(r -> {
                    for (int c = 0; c < r.getCellCount(); c++) {
                        var cell = r.getCell(c);
                        if (cell == null) continue;
                        String v = cell.getRawValue();
                        if (v == null) continue;
                        cells[0]++;
                        counts.computeIfAbsent(((long) c << 32) | (v.hashCode() & 0xFFFFFFFFL), k -> new long[1])[0]++;
                    }
                });
            }
        }
        System.out.printf("fastexcel\t%.3f\t%d%n", (System.nanoTime() - start) / 1e9, cells[0]);
    }
}
