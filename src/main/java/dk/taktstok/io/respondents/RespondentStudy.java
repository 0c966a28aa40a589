package dk.taktstok.io.respondents;

import dk.taktstok.io.Parsed;
import dk.taktstok.io.Problem;
import dk.taktstok.io.SourceMap;
import dk.taktstok.io.table.LanguageGuesser;
import dk.taktstok.io.table.TableIds;
import dk.taktstok.model.Category;
import dk.taktstok.model.Confidence;
import dk.taktstok.model.Item;
import dk.taktstok.model.Metadata;
import dk.taktstok.model.Scale;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import dk.taktstok.model.TableSource;
import dk.taktstok.model.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes a study of counted respondent rows: per question the share of each answer among those who
 * answered (weighted where asked), its n and effective n, on the scale the {@link
 * dk.taktstok.scales.ScaleRecogniser} reads from its answers (never in the order the answers were met).
 * Missing answers are left out and reported; questions form one table only when their scales are the
 * same and the header does not put them in different questions. Options of a question where several may
 * be chosen make a table of their own: the share of those who answered the question that chose each.
 */
public final class RespondentStudy {

    private RespondentStudy() {
    }

    /** A table before it has its id: its first column orders the tables. */
    record Built(int firstColumn, String title, Scale scale, List<Item> items, List<String> places,
                 List<TableSource.SetAside> setAside) {
    }

    /**
     * @param rows      the counted rows (their verdict must be {@code RESPONDENTS})
     * @param sheetName the sheet's name, or the file's name without extension for CSV: it names the tables
     * @param fileTitle the file's name without extension: the study's title where the sheet has none
     * @param codes     what numeric codes mean
     * @param problems  the problems of reading, which come first
     */
    public static Parsed build(RespondentRows rows, String sheetName, String fileTitle, CodeLabels codes,
                               List<Problem> problems) {
        var all = new ArrayList<>(problems);
        all.addAll(rows.problems());
        var built = new ArrayList<Built>();
        var used = new HashSet<Integer>();
        List<Question> choices = MultipleTables.choices(rows, used, all);
        built.addAll(MultipleTables.ticked(rows, used));
        List<Question> questions = new ArrayList<>(choices);
        questions.addAll(questions(rows, codes, used, all, built));
        built.addAll(ScaleGroups.tables(questions, rows.weighted(), sheetName, rows.blocks()));
        if (built.isEmpty()) {
            all.add(Problem.error(null, "no column holds answers to a question"));
            return new Parsed(null, SourceMap.NONE, all);
        }
        built.sort(Comparator.comparingInt(Built::firstColumn));
        boolean workbook = rows.locator().at(0, 0).contains("!");
        String range = range(rows);
        var scales = new ArrayList<Scale>();
        var tables = new ArrayList<SurveyTable>();
        var places = new ArrayList<List<String>>();
        var tablePlaces = new ArrayList<String>();
        for (int t = 0; t < built.size(); t++) {
            Built b = built.get(t);
            String id = TableIds.forSheet(sheetName, t + 1);
            Scale scale = b.scale().reading() == null ? b.scale() : b.scale().withId(id);
            if (scales.stream().noneMatch(s -> s.id().equals(scale.id()))) {
                scales.add(scale);
            }
            var source = new TableSource("respondents", workbook ? sheetName : null, range,
                    (int) Math.min(rows.rowsSkipped(), Integer.MAX_VALUE), b.setAside());
            tables.add(new SurveyTable(id, Text.of(b.title()), null, scale.id(), b.items(), null, List.of(), source));
            places.add(b.places());
            tablePlaces.add(b.places().getFirst());
            warn(scale, b, all);
        }
        if (rows.rowsSkipped() > 0) {
            all.add(Problem.warning(rows.firstSkipped(), rows.rowsSkipped() + (rows.rowsSkipped() == 1 ? " row" : " rows")
                    + " under the respondents sum them up (a first cell such as 'Average' or 'Total', or formulas) and"
                    + " are not counted as respondents"));
        }
        String title = rows.title() != null ? rows.title() : fileTitle;
        var texts = new ArrayList<String>(rows.header().stream().filter(h -> h != null).toList());
        scales.forEach(s -> s.categories().forEach(c -> texts.add(c.name())));
        long respondents = rows.respondents();
        Metadata metadata = new Metadata(Text.of(title), null, List.of(), null, null, LanguageGuesser.guess(texts), null,
                respondents > Integer.MAX_VALUE ? null : (int) respondents);
        Study study = new Study(metadata, scales, tables, List.of(), List.of());
        var banners = Banners.of(rows, study, sheetName, fileTitle, codes, all);
        return new Parsed(study, new HeaderPlaces(tablePlaces, places), all, banners);
    }

    /** A guessed order, and answers set aside, are said at the table's header cell. */
    private static void warn(Scale scale, Built b, List<Problem> problems) {
        String at = b.places().getFirst();
        if (scale.reading() != null && scale.reading().confidence() == Confidence.LOW) {
            problems.add(Problem.warning(at, "the order of '" + RespondentRows.shorten(b.title()) + "' is a guess: "
                    + scale.reading().why() + "; to correct it, write the study out with 'taktstok convert FILE --out"
                    + " STUDY.json', set the scale's order and scores there, and read that file"));
        }
        var strays = new LinkedHashMap<String, Long>();
        for (TableSource.SetAside s : b.setAside()) {
            if (s.why().startsWith("not an answer")) {
                strays.merge(s.answer(), s.count(), Long::sum);
            }
        }
        if (!strays.isEmpty()) {
            problems.add(Problem.warning(at, "in '" + RespondentRows.shorten(b.title()) + "', "
                    + String.join(", ", strays.entrySet().stream().map(e -> "'" + RespondentRows.shorten(e.getKey())
                            + "' (" + e.getValue() + ")").toList())
                    + " fit no place on the scale: shown as non-answers, left out of rebased measures"));
        }
    }

    /** The cells read: from the first header row to the last respondent counted. */
    private static String range(RespondentRows rows) {
        if (rows.lastDataRow() < 0) {
            return null;
        }
        String first = rows.locator().at(rows.firstRow(), 0).replaceAll("^.*!", "");
        String last = rows.locator().at(rows.lastDataRow(), Math.max(0, rows.columnCount() - 1)).replaceAll("^.*!", "");
        // a workbook's range is A1:I929; lines and columns of a text file read 1:1–929:9
        return first + (first.contains(":") ? "–" : ":") + last;
    }

    private static List<Question> questions(RespondentRows rows, CodeLabels codes, Set<Integer> used,
                                            List<Problem> problems, List<Built> built) {
        var questions = new ArrayList<Question>();
        AnswerValues values = rows.values();
        for (int c = 0; c < rows.columnCount(); c++) {
            if (rows.role(c) != ColumnRole.QUESTION || used.contains(c)) {
                continue;
            }
            AnswerColumn column = rows.column(c);
            HeaderRows.Heading heading = c < rows.headings().size() ? rows.headings().get(c)
                    : new HeaderRows.Heading(null, rows.header().get(c), -1, false);
            String full = heading.full() == null ? "" : heading.full().strip();
            String at = rows.locator().at(rows.headerRow(), c);
            if (column.overflowed()) {
                problems.add(Problem.warning(at, "'" + RespondentRows.shorten(full) + "' has more than "
                        + AnswerColumn.MAX_ANSWERS + " different answers, so it is taken for free text and left out"));
                continue;
            }
            if (column.answered() == 0) {
                problems.add(Problem.warning(at, "no one answered '" + RespondentRows.shorten(full) + "'"));
            }
            Scale preset = Codebooks.scale(rows.options().codebook(), c, column, values);
            Map<String, String> labels = preset != null ? Codebooks.codesOf(preset) : codes.of(full);
            var answers = new LinkedHashMap<String, double[]>();
            long unknown = 0;
            for (int a = 0; a < column.size(); a++) {
                String text = values.textOf(column.id(a));
                String label = labels.getOrDefault(AnswerValues.plain(text), preset != null ? null : text);
                if (label == null) {
                    unknown += column.count(a);
                    continue; // a code the codebook's scale does not have
                }
                double[] sums = answers.computeIfAbsent(label, l -> new double[3]);
                sums[0] += column.count(a);
                sums[1] += column.weight(a);
                sums[2] += column.squares(a);
            }
            if (unknown > 0) {
                problems.add(Problem.warning(at, unknown + " answers to '" + RespondentRows.shorten(full)
                        + "' have a code that scale '" + preset.id() + "' of the codebook does not have; they are left out"));
            }
            if (preset != null) {
                questions.add(Question.preset(c, full, at, answers, preset));
                continue;
            }
            String title = heading.question() != null ? heading.question() : full;
            String label = heading.label() != null ? heading.label() : full;
            Question q = Question.recognise(c, heading.block(), title, label, at, answers);
            Built joined = MultipleTables.joined(q, rows.weighted());
            if (joined != null) {
                built.add(joined);
            } else {
                questions.add(q);
            }
        }
        return questions;
    }

    /** Places of respondent tables: every share of an item is counted from its question's column. */
    private record HeaderPlaces(List<String> tables, List<List<String>> items) implements SourceMap {
        @Override
        public String share(int table, int item, int category) {
            return item(table, item);
        }

        @Override
        public String item(int table, int item) {
            return table < items.size() && item < items.get(table).size() ? items.get(table).get(item) : null;
        }

        @Override
        public String table(int table) {
            return table < tables.size() ? tables.get(table) : null;
        }
    }

    /** The share of each category of a scale among a question's counted answers. */
    static Item item(Question q, String label, Scale scale, boolean weighted) {
        double total = 0;
        for (double[] sums : q.answers().values()) {
            total += weighted ? sums[1] : sums[0];
        }
        var shares = new ArrayList<Double>();
        for (Category category : scale.categories()) {
            double[] sums = q.answers().get(category.name());
            double part = sums == null ? 0 : weighted ? sums[1] : sums[0];
            shares.add(total > 0 ? part / total * 100 : Double.NaN);
        }
        int n = (int) Math.min(q.n(), Integer.MAX_VALUE);
        return new Item(q.itemId(), Text.of(label == null || label.isEmpty() ? q.title() : label), null, Map.of(), shares,
                n, weighted ? q.effectiveN() : null);
    }
}
