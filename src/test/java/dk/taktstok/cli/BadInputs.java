package dk.taktstok.cli;

import dk.taktstok.testing.BadFiles;
import dk.taktstok.testing.SeedWorkbooks;
import dk.taktstok.testing.SeedWorkbooks.Format;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The bad inputs of the foundation's list, each written into a folder as a user would receive it. */
final class BadInputs {

    /** Writes one bad file into {@code folder} and returns it. */
    interface Maker {
        Path make(Path folder) throws Exception;
    }

    private BadInputs() {
    }

    static Path empty(Path folder) throws IOException {
        return Files.createFile(folder.resolve("empty.xlsx"));
    }

    static Path seed(Path folder) throws IOException {
        return SeedWorkbooks.write(folder, "seed", Format.XLSX, book -> book.sheet("Data", SeedWorkbooks.seedTable("")));
    }

    static Path truncated(Path folder) throws IOException {
        return BadFiles.truncated(seed(folder), folder.resolve("truncated.xlsx"));
    }

    static Path zipNotWorkbook(Path folder) throws IOException {
        return BadFiles.zip(folder.resolve("archive.xlsx"), Map.of("noter.txt", "Noter til tabellen"));
    }

    static Path wordRenamedXls(Path folder) throws IOException {
        return BadFiles.ole2(folder.resolve("rapport.xls"), "WordDocument", "1Table");
    }

    static Path encrypted(Path folder) throws Exception {
        return BadFiles.encrypt(seed(folder), folder.resolve("locked.xlsx"), "secret");
    }

    static Path zipBomb(Path folder) throws IOException {
        return BadFiles.zipBomb(folder.resolve("bomb.xlsx"));
    }

    /** The seed table on sheet "Data" (header in row 1) with one cell changed: row and column as Excel counts. */
    static Path seedWith(Path folder, String name, int excelRow, char column, Object value) throws IOException {
        List<Object[]> rows = SeedWorkbooks.seedTable("");
        rows.get(excelRow - 1)[column - 'A'] = value;
        return SeedWorkbooks.write(folder, name, Format.XLSX, book -> book.sheet("Data", rows));
    }

    /** A table of 20 items, each with "n/a" in two of its five cells: 40 errors. */
    static Path manyBlankCells(Path folder) throws IOException {
        List<Object[]> rows = SeedWorkbooks.rows(
                SeedWorkbooks.row("", "Som regel", "Somme tider", "Sjældent", "Aldrig", "Ved ikke"));
        for (int r = 1; r <= 20; r++) {
            rows.add(SeedWorkbooks.row("Spørgsmål " + r, "n/a", "n/a", 30.0, 30.0, 40.0));
        }
        return SeedWorkbooks.write(folder, "many", Format.XLSX, book -> book.sheet("Data", rows));
    }

    /** The seed table with row 1's first share raised so the row sums to 130. */
    static Path rowSumming130(Path folder) throws IOException {
        return seedWith(folder, "sum130", 2, 'B', 56.6);
    }

    static Path noTable(Path folder) throws IOException {
        return SeedWorkbooks.write(folder, "notes", Format.XLSX, book -> book
                .sheet("Forside", SeedWorkbooks.rows(SeedWorkbooks.row("Rapport om samskabelse"),
                        SeedWorkbooks.row("Udgivet af KORA")))
                .sheet("Noter", SeedWorkbooks.rows(SeedWorkbooks.row("Kilde: SDU og KORA"))));
    }

    static Path json(Path folder, String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** The embedded sample study's file with {@code from} replaced by {@code to}. */
    static Path sampleJsonWith(Path folder, String name, String from, String to) throws IOException {
        String sample;
        try (InputStream in = BadInputs.class.getResourceAsStream("/dk/taktstok/io/store/sample-study.json")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (!sample.contains(from)) {
            throw new IllegalArgumentException("the sample study has no '" + from + "'");
        }
        return json(folder, name, sample.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }

    static Path jsonNested100000Deep(Path folder) throws IOException {
        return json(folder, "deep.json", "[".repeat(100_000) + "]".repeat(100_000));
    }
}
