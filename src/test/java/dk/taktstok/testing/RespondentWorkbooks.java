package dk.taktstok.testing;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes respondent-level survey files for tests and benchmarks: a header row of question texts, then
 * one row per respondent, as Excel writes them (.xlsx with shared strings) or as CSV. The answers are
 * drawn at random from a seed, each question with its own mix of answers, so the same arguments always
 * give the same file. Run as a program to write a benchmark file:
 * {@code RespondentWorkbooks OUT.xlsx ROWS QUESTIONS SEED [codes] [weights] [blanks]}.
 *
 * <p>The first half of the questions (rounded up) are answered on a frequency scale, the rest on an
 * agreement scale, so a file has two answer sets and gives two tables.
 */
public final class RespondentWorkbooks {

    /** Sjældent-to-Som regel answers and "Ved ikke", as in the sample study. */
    public static final List<String> FREQUENCY = List.of("Som regel", "Somme tider", "Sjældent", "Aldrig", "Ved ikke");
    public static final List<String> AGREEMENT = List.of("Helt enig", "Delvis enig", "Hverken enig eller uenig",
            "Delvis uenig", "Helt uenig", "Ved ikke");

    /** The numeric code of a category: its place on the scale from 1, and 9 for "Ved ikke". */
    public static int code(List<String> scale, int category) {
        return scale.get(category).equals("Ved ikke") ? 9 : category + 1;
    }

    /**
     * What a file holds besides the answers.
     *
     * @param codes     answers as numeric codes, with a second sheet "Koder" mapping codes to labels (xlsx)
     * @param weights   a weight column "vægt" as the last column, drawn from 0.4 to 2.5
     * @param blankRate the share of answers left blank (missing)
     * @param id        an id column "Respondent" as the first column, numbered from 1001
     */
    public record Options(boolean codes, boolean weights, double blankRate, boolean id) {
        public static final Options TEXT = new Options(false, false, 0, true);

        public Options withCodes() {
            return new Options(true, weights, blankRate, id);
        }

        public Options withWeights() {
            return new Options(codes, true, blankRate, id);
        }

        public Options withBlanks(double rate) {
            return new Options(codes, weights, rate, id);
        }

        public Options withoutId() {
            return new Options(codes, weights, blankRate, false);
        }
    }

    /** What was written, for tests to count against: every answer, by row and question (-1 for blank). */
    public record Written(Path file, List<String> questions, List<List<String>> scales, int[][] answers,
                          double[] weights) {

        public int rows() {
            return answers.length;
        }

        public List<String> scaleOf(int question) {
            return scales.get(question);
        }

        /** Plain count of one question's answers in one category. */
        public int count(int question, int category) {
            int count = 0;
            for (int[] row : answers) {
                count += row[question] == category ? 1 : 0;
            }
            return count;
        }

        /** Answers to one question, blanks not counted. */
        public int answered(int question) {
            int count = 0;
            for (int[] row : answers) {
                count += row[question] >= 0 ? 1 : 0;
            }
            return count;
        }

        /** Sum of the weights of the respondents who gave one answer (category -1: who answered at all). */
        public double weight(int question, int category) {
            double sum = 0;
            for (int r = 0; r < answers.length; r++) {
                int answer = answers[r][question];
                if (category < 0 ? answer >= 0 : answer == category) {
                    sum += weights[r];
                }
            }
            return sum;
        }
    }

    private RespondentWorkbooks() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: RespondentWorkbooks OUT.xlsx|OUT.csv ROWS QUESTIONS SEED [codes] [weights] [blanks]");
            System.exit(2);
        }
        List<String> flags = List.of(args).subList(4, args.length);
        Options options = Options.TEXT;
        if (flags.contains("codes")) {
            options = options.withCodes();
        }
        if (flags.contains("weights")) {
            options = options.withWeights();
        }
        if (flags.contains("blanks")) {
            options = options.withBlanks(0.03);
        }
        Path out = Path.of(args[0]);
        long start = System.nanoTime();
        write(out, Integer.parseInt(args[1]), Integer.parseInt(args[2]), Long.parseLong(args[3]), options, false);
        System.err.printf(Locale.ROOT, "wrote %s (%.1f MB) in %.1f s%n", out, Files.size(out) / 1e6,
                (System.nanoTime() - start) / 1e9);
    }

    /** Writes an .xlsx or .csv file (by the name's extension); answers are not kept. */
    public static Path write(Path file, int rows, int questions, long seed, Options options) throws IOException {
        write(file, rows, questions, seed, options, false);
        return file;
    }

    /** Writes the file and gives back every answer, for tests that count them (keep {@code rows} small). */
    public static Written writeAndKeep(Path file, int rows, int questions, long seed, Options options) throws IOException {
        return write(file, rows, questions, seed, options, true);
    }

    private static Written write(Path file, int rows, int questions, long seed, Options options, boolean keep)
            throws IOException {
        var plan = new Plan(rows, questions, seed, options, keep);
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            writeCsv(file, plan);
        } else {
            writeXlsx(file, plan);
        }
        return new Written(file, plan.questions, plan.scales, plan.answers, plan.weights);
    }

    /** The questions, their scales and mixes of answers, and the random draws. */
    private static final class Plan {
        final int rows;
        final Options options;
        final List<String> questions = new ArrayList<>();
        final List<List<String>> scales = new ArrayList<>();
        final double[][] cumulative;
        final SplittableRandom random;
        final int[][] answers;
        final double[] weights;

        Plan(int rows, int questionCount, long seed, Options options, boolean keep) {
            this.rows = rows;
            this.options = options;
            this.random = new SplittableRandom(seed);
            int frequency = (questionCount + 1) / 2;
            cumulative = new double[questionCount][];
            for (int q = 0; q < questionCount; q++) {
                boolean first = q < frequency;
                scales.add(first ? FREQUENCY : AGREEMENT);
                questions.add(first
                        ? "Hvor ofte sker følgende i din kommune? Område " + (q + 1) + ": kommunen inviterer frivillige"
                        : "Hvor enig er du i udsagnet? Udsagn " + (q + 1 - frequency) + ": civile aktører bør have en større rolle");
                double[] mix = new double[scales.get(q).size()];
                double total = 0;
                for (int c = 0; c < mix.length; c++) {
                    mix[c] = 0.2 + random.nextDouble();
                    total += mix[c];
                }
                double running = 0;
                for (int c = 0; c < mix.length; c++) {
                    running += mix[c] / total;
                    mix[c] = running;
                }
                mix[mix.length - 1] = 1;
                cumulative[q] = mix;
            }
            answers = keep ? new int[rows][] : null;
            weights = keep ? new double[rows] : null;
        }

        /** One respondent's answers (-1 for blank) and weight; {@code into} is reused. */
        double draw(int row, int[] into) {
            for (int q = 0; q < into.length; q++) {
                if (options.blankRate() > 0 && random.nextDouble() < options.blankRate()) {
                    into[q] = -1;
                    continue;
                }
                double u = random.nextDouble();
                double[] mix = cumulative[q];
                int c = 0;
                while (u > mix[c]) {
                    c++;
                }
                into[q] = c;
            }
            double weight = options.weights() ? Math.round((0.4 + 2.1 * random.nextDouble()) * 10_000) / 10_000.0 : 1;
            if (answers != null) {
                answers[row] = into.clone();
                weights[row] = weight;
            }
            return weight;
        }
    }

    // --- CSV -------------------------------------------------------------------------------------

    private static void writeCsv(Path file, Plan plan) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            var header = new ArrayList<String>();
            if (plan.options.id()) {
                header.add("Respondent");
            }
            header.addAll(plan.questions);
            if (plan.options.weights()) {
                header.add("vægt");
            }
            out.write(String.join(";", header.stream().map(RespondentWorkbooks::quoted).toList()));
            out.write("\r\n");
            int[] row = new int[plan.questions.size()];
            var line = new StringBuilder();
            for (int r = 0; r < plan.rows; r++) {
                double weight = plan.draw(r, row);
                line.setLength(0);
                if (plan.options.id()) {
                    line.append(1001 + r).append(';');
                }
                for (int q = 0; q < row.length; q++) {
                    if (q > 0) {
                        line.append(';');
                    }
                    if (row[q] >= 0) {
                        List<String> scale = plan.scales.get(q);
                        line.append(plan.options.codes() ? String.valueOf(code(scale, row[q])) : scale.get(row[q]));
                    }
                }
                if (plan.options.weights()) {
                    line.append(';').append(String.valueOf(weight).replace('.', ','));
                }
                out.append(line).append("\r\n");
            }
        }
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    // --- xlsx ------------------------------------------------------------------------------------

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String DOC_RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

    private static void writeXlsx(Path file, Plan plan) throws IOException {
        var strings = new LinkedHashMap<String, Integer>();
        try (var zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            boolean codeSheet = plan.options.codes();
            entry(zip, "[Content_Types].xml", XML + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + (codeSheet ? "<Override PartName=\"/xl/worksheets/sheet2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" : "")
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", XML + "<Relationships xmlns=\"" + RELS + "\"><Relationship Id=\"rId1\" Type=\""
                    + DOC_RELS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, "xl/workbook.xml", XML + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + DOC_RELS + "\"><sheets>"
                    + "<sheet name=\"Data\" sheetId=\"1\" r:id=\"rId1\"/>"
                    + (codeSheet ? "<sheet name=\"Koder\" sheetId=\"2\" r:id=\"rId4\"/>" : "")
                    + "</sheets></workbook>");
            entry(zip, "xl/_rels/workbook.xml.rels", XML + "<Relationships xmlns=\"" + RELS + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + DOC_RELS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"" + DOC_RELS + "/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                    + "<Relationship Id=\"rId3\" Type=\"" + DOC_RELS + "/styles\" Target=\"styles.xml\"/>"
                    + (codeSheet ? "<Relationship Id=\"rId4\" Type=\"" + DOC_RELS + "/worksheet\" Target=\"worksheets/sheet2.xml\"/>" : "")
                    + "</Relationships>");
            entry(zip, "xl/styles.xml", XML + "<styleSheet xmlns=\"" + MAIN + "\">"
                    + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                    + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
                    + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                    + "<cellXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/></cellXfs>"
                    + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                    + "</styleSheet>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            writeData(nonClosing(zip), plan, strings);
            zip.closeEntry();
            if (codeSheet) {
                zip.putNextEntry(new ZipEntry("xl/worksheets/sheet2.xml"));
                writeCodes(nonClosing(zip), plan, strings);
                zip.closeEntry();
            }
            var sst = new StringBuilder(XML).append("<sst xmlns=\"").append(MAIN).append("\" count=\"")
                    .append(strings.size()).append("\" uniqueCount=\"").append(strings.size()).append("\">");
            for (String s : strings.keySet()) {
                sst.append("<si><t>").append(escape(s)).append("</t></si>");
            }
            entry(zip, "xl/sharedStrings.xml", sst.append("</sst>").toString());
        }
    }

    private static void writeData(OutputStream raw, Plan plan, Map<String, Integer> strings) throws IOException {
        var out = new OutputStreamWriter(new BufferedOutputStream(raw, 1 << 16), StandardCharsets.UTF_8);
        int questions = plan.questions.size();
        int first = plan.options.id() ? 1 : 0;
        int columns = first + questions + (plan.options.weights() ? 1 : 0);
        out.write(XML);
        out.write("<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"" + DOC_RELS + "\"><dimension ref=\"A1:"
                + column(columns - 1) + (plan.rows + 1) + "\"/><sheetData>");
        String[] letters = new String[columns];
        for (int c = 0; c < columns; c++) {
            letters[c] = column(c);
        }
        out.write("<row r=\"1\" spans=\"1:" + columns + "\">");
        if (plan.options.id()) {
            stringCell(out, letters[0], 1, "Respondent", strings);
        }
        for (int q = 0; q < questions; q++) {
            stringCell(out, letters[first + q], 1, plan.questions.get(q), strings);
        }
        if (plan.options.weights()) {
            stringCell(out, letters[columns - 1], 1, "vægt", strings);
        }
        out.write("</row>");
        int[][] sstOf = new int[questions][];
        for (int q = 0; q < questions; q++) {
            List<String> scale = plan.scales.get(q);
            sstOf[q] = new int[scale.size()];
            for (int c = 0; c < scale.size(); c++) {
                sstOf[q][c] = strings.computeIfAbsent(scale.get(c), s -> strings.size());
            }
        }
        int[] row = new int[questions];
        var line = new StringBuilder(64 * columns);
        for (int r = 0; r < plan.rows; r++) {
            double weight = plan.draw(r, row);
            int excelRow = r + 2;
            line.setLength(0);
            line.append("<row r=\"").append(excelRow).append("\" spans=\"1:").append(columns).append("\">");
            if (plan.options.id()) {
                line.append("<c r=\"").append(letters[0]).append(excelRow).append("\"><v>").append(1001 + r).append("</v></c>");
            }
            for (int q = 0; q < questions; q++) {
                int answer = row[q];
                if (answer < 0) {
                    continue;
                }
                line.append("<c r=\"").append(letters[first + q]).append(excelRow);
                if (plan.options.codes()) {
                    line.append("\"><v>").append(code(plan.scales.get(q), answer)).append("</v></c>");
                } else {
                    line.append("\" t=\"s\"><v>").append(sstOf[q][answer]).append("</v></c>");
                }
            }
            if (plan.options.weights()) {
                line.append("<c r=\"").append(letters[columns - 1]).append(excelRow).append("\"><v>").append(weight).append("</v></c>");
            }
            line.append("</row>");
            out.append(line);
        }
        out.write("</sheetData></worksheet>");
        out.flush();
    }

    /** The code sheet: question, code and label for each question, the way survey tools export value labels. */
    private static void writeCodes(OutputStream raw, Plan plan, Map<String, Integer> strings) throws IOException {
        var out = new OutputStreamWriter(new BufferedOutputStream(raw, 1 << 16), StandardCharsets.UTF_8);
        out.write(XML);
        out.write("<worksheet xmlns=\"" + MAIN + "\"><sheetData>");
        int r = 1;
        out.write("<row r=\"1\">");
        stringCell(out, "A", 1, "Spørgsmål", strings);
        stringCell(out, "B", 1, "Kode", strings);
        stringCell(out, "C", 1, "Svar", strings);
        out.write("</row>");
        for (int q = 0; q < plan.questions.size(); q++) {
            List<String> scale = plan.scales.get(q);
            for (int c = 0; c < scale.size(); c++) {
                r++;
                out.write("<row r=\"" + r + "\">");
                stringCell(out, "A", r, plan.questions.get(q), strings);
                out.write("<c r=\"B" + r + "\"><v>" + code(scale, c) + "</v></c>");
                stringCell(out, "C", r, scale.get(c), strings);
                out.write("</row>");
            }
        }
        out.write("</sheetData></worksheet>");
        out.flush();
    }

    private static void stringCell(Writer out, String column, int row, String text, Map<String, Integer> strings)
            throws IOException {
        int index = strings.computeIfAbsent(text, s -> strings.size());
        out.write("<c r=\"" + column + row + "\" t=\"s\"><v>" + index + "</v></c>");
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The zip stream, which the sheet writers' buffers must not close. */
    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** 0 → A, 25 → Z, 26 → AA. */
    public static String column(int index) {
        var letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
