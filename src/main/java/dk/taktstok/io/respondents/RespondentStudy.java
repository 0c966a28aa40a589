package dk.taktstok.io.respondents;

import dk.taktstok.io.Parsed;
import dk.taktstok.io.Problem;
import dk.taktstok.io.SourceMap;
import dk.taktstok.io.table.LanguageGuesser;
import dk.taktstok.io.table.ScaleGuesser;
import dk.taktstok.io.table.TableIds;
import dk.taktstok.model.Category;
import dk.taktstok.model.Item;
import dk.taktstok.model.Metadata;
import dk.taktstok.model.Scale;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import dk.taktstok.model.Text;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Makes a study of counted respondent rows: per question the share of each answer among those who
 * answered (weighted where asked), its n and effective n; questions answered on the same set of
 * answers form one table, on one scale in the scale's own order.
 */
public final class RespondentStudy {

    private RespondentStudy() {
    }

    /**
     * One question's answers by label, in first-met order, each with its count, its sum of weights and
     * its sum of squared weights.
     *
     * @param preset the codebook's scale the question's codes are read on; null where guessed
     */
    private record Question(int column, String header, Map<String, double[]> answers, List<String> codeOrder,
                            Scale preset) {
        Set<String> labels() {
            return answers.keySet();
        }

        long n() {
            return (long) answers.values().stream().mapToDouble(a -> a[0]).sum();
        }

        double effectiveN() {
            double sum = answers.values().stream().mapToDouble(a -> a[1]).sum();
            double squares = answers.values().stream().mapToDouble(a -> a[2]).sum();
            return squares > 0 ? sum * sum / squares : 0;
        }
    }

    /** Questions that share their answers, with the union of the answers, or a codebook's scale. */
    private static final class Group {
        final List<Question> questions = new ArrayList<>();
        final LinkedHashSet<String> labels = new LinkedHashSet<>();
        final List<String> codeOrder = new ArrayList<>();
        Scale preset;
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
        List<Question> questions = questions(rows, codes, all);
        if (questions.isEmpty()) {
            all.add(Problem.error(null, "no column holds answers to a question"));
            return new Parsed(null, SourceMap.NONE, all);
        }
        List<Group> groups = group(questions);
        var scales = new ArrayList<Scale>();
        var tables = new ArrayList<SurveyTable>();
        var places = new ArrayList<List<String>>();
        var tablePlaces = new ArrayList<String>();
        for (int g = 0; g < groups.size(); g++) {
            Group group = groups.get(g);
            String id = TableIds.forSheet(sheetName, g + 1);
            Scale scale = group.preset != null ? group.preset
                    : scale(id, group, all, rows.locator().at(rows.headerRow(), group.questions.getFirst().column()));
            if (scales.stream().noneMatch(s -> s.id().equals(scale.id()))) {
                scales.add(scale);
            }
            List<String> headers = group.questions.stream().map(Question::header).toList();
            String prefix = commonQuestion(headers);
            var items = new ArrayList<Item>();
            var itemPlaces = new ArrayList<String>();
            for (Question q : group.questions) {
                String label = prefix == null ? q.header() : q.header().substring(prefix.length()).strip();
                items.add(item(q, label, scale, rows.weighted()));
                itemPlaces.add(rows.locator().at(rows.headerRow(), q.column()));
            }
            String title = prefix != null ? trimQuestion(prefix)
                    : group.questions.size() == 1 ? q1(group) : sheetName;
            tables.add(new SurveyTable(id, Text.of(title), null, scale.id(), items, null, List.of()));
            places.add(itemPlaces);
            tablePlaces.add(itemPlaces.getFirst());
        }
        String title = rows.title() != null ? rows.title() : fileTitle;
        var texts = new ArrayList<String>(rows.header().stream().filter(h -> h != null).toList());
        scales.forEach(s -> s.categories().forEach(c -> texts.add(c.name())));
        long respondents = rows.respondents();
        Metadata metadata = new Metadata(Text.of(title), null, List.of(), null, null, LanguageGuesser.guess(texts), null,
                respondents > Integer.MAX_VALUE ? null : (int) respondents);
        Study study = new Study(metadata, scales, tables, List.of(), List.of());
        return new Parsed(study, new HeaderPlaces(tablePlaces, places), all);
    }

    private static String q1(Group group) {
        return group.questions.getFirst().header();
    }

    private static List<Question> questions(RespondentRows rows, CodeLabels codes, List<Problem> problems) {
        var questions = new ArrayList<Question>();
        AnswerValues values = rows.values();
        for (int c = 0; c < rows.columnCount(); c++) {
            if (rows.role(c) != ColumnRole.QUESTION) {
                continue;
            }
            AnswerColumn column = rows.column(c);
            String header = rows.header().get(c).strip();
            String at = rows.locator().at(rows.headerRow(), c);
            if (column.overflowed()) {
                problems.add(Problem.warning(at, "'" + RespondentRows.shorten(header) + "' has more than "
                        + AnswerColumn.MAX_ANSWERS + " different answers, so it is taken for free text and left out"));
                continue;
            }
            Scale preset = codebookScale(rows.options().codebook(), c, column, values);
            Map<String, String> labels = preset != null ? codesOf(preset) : codes.of(header);
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
                problems.add(Problem.warning(at, unknown + " answers to '" + RespondentRows.shorten(header)
                        + "' have a code that scale '" + preset.id() + "' of the codebook does not have; they are left out"));
            }
            var codeOrder = new ArrayList<String>();
            boolean coded = !labels.isEmpty() && column.size() > 0;
            if (coded) {
                for (String label : labels.values()) {
                    answers.computeIfAbsent(label, l -> new double[3]);
                    codeOrder.add(label);
                }
            }
            if (column.answered() == 0) {
                problems.add(Problem.warning(at, "no one answered '" + RespondentRows.shorten(header) + "'"));
            }
            questions.add(new Question(c, header, answers, codeOrder, preset));
        }
        return questions;
    }

    /** Questions whose answers are among another's go with it; the largest sets are placed first. */
    private static List<Group> group(List<Question> questions) {
        var bySize = new ArrayList<>(questions);
        bySize.sort(Comparator.comparingInt((Question q) -> -q.labels().size()));
        var groups = new ArrayList<Group>();
        for (Question q : bySize) {
            Group home = groups.stream()
                    .filter(g -> q.preset() != null ? g.preset == q.preset()
                            : g.preset == null && g.labels.containsAll(q.labels()) && (q.codeOrder().isEmpty()
                                    || g.codeOrder.isEmpty() || g.codeOrder.equals(q.codeOrder())))
                    .findFirst().orElse(null);
            if (home == null) {
                home = new Group();
                home.preset = q.preset();
                groups.add(home);
            }
            home.questions.add(q);
            home.labels.addAll(q.labels());
            if (home.codeOrder.isEmpty()) {
                home.codeOrder.addAll(q.codeOrder());
            }
        }
        for (Group g : groups) {
            g.questions.sort(Comparator.comparingInt(Question::column));
        }
        groups.sort(Comparator.comparingInt(g -> g.questions.getFirst().column()));
        return groups;
    }

    /**
     * The scale of a group's answers: roles and scores as {@link ScaleGuesser} gives them, in the order
     * of a known answer scale, or of the codes, or of the numbers; highest first, "don't know" last.
     */
    private static Scale scale(String id, Group group, List<Problem> problems, String at) {
        List<String> labels = new ArrayList<>(group.labels);
        var dontKnow = labels.stream().filter(ScaleGuesser::isDontKnow).toList();
        var substantive = labels.stream().filter(l -> !ScaleGuesser.isDontKnow(l)).toList();
        List<String> ordered;
        if (!group.codeOrder.isEmpty()) {
            // codes: the highest code first, so that ScaleGuesser reads the direction from the words
            var byCode = new ArrayList<>(group.codeOrder.stream().filter(substantive::contains).toList());
            substantive.stream().filter(l -> !byCode.contains(l)).forEach(byCode::add);
            java.util.Collections.reverse(byCode);
            ordered = byCode;
        } else {
            Optional<List<String>> known = AnswerOrder.order(substantive);
            ordered = known.orElse(substantive);
            if (known.isEmpty() && substantive.size() > 1) {
                problems.add(Problem.warning(at, "the order of the answers (" + String.join(", ", substantive.stream()
                        .limit(6).map(RespondentRows::shorten).toList()) + (substantive.size() > 6 ? ", …" : "")
                        + ") is not a scale Taktstok knows, so they are taken in the order first met;"
                        + " check the scale's order and scores in the study file (taktstok convert)"));
            }
        }
        var inOrder = new ArrayList<>(ordered);
        inOrder.addAll(dontKnow);
        Scale guessed = ScaleGuesser.guess(id, inOrder);
        // highest score first, "don't know" last, as report tables show a scale
        var categories = new ArrayList<>(guessed.categories());
        categories.sort(Comparator.comparing((Category c) -> !c.isSubstantive())
                .thenComparing(c -> c.isSubstantive() ? -c.score() : 0));
        return guessed.withCategories(categories);
    }

    private static Item item(Question q, String label, Scale scale, boolean weighted) {
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
        return new Item("q" + (q.column() + 1), Text.of(label.isEmpty() ? q.header() : label), null, Map.of(), shares,
                n, weighted ? q.effectiveN() : null);
    }

    /**
     * The codebook's scale for a question: that of the codebook's item with the question's id (a codebook
     * written by {@code convert} from the same file), else the scale with the fewest codes that holds
     * all of the question's answers; null when the question's answers are not all codes of one scale.
     */
    private static Scale codebookScale(dk.taktstok.model.Study codebook, int col, AnswerColumn column,
                                       AnswerValues values) {
        if (codebook == null) {
            return null;
        }
        String itemId = "q" + (col + 1);
        for (SurveyTable table : codebook.tables()) {
            if (table.item(itemId).isPresent()) {
                Scale scale = codebook.scale(table.scaleId()).orElse(null);
                if (scale != null && !codesOf(scale).isEmpty()) {
                    return scale;
                }
            }
        }
        var answers = new java.util.HashSet<String>();
        for (int a = 0; a < column.size(); a++) {
            answers.add(AnswerValues.plain(values.textOf(column.id(a))));
        }
        Scale best = null;
        for (Scale scale : codebook.scales()) {
            Set<String> codes = codesOf(scale).keySet();
            if (!codes.isEmpty() && codes.containsAll(answers)
                    && (best == null || codes.size() < codesOf(best).size())) {
                best = scale;
            }
        }
        return best;
    }

    /** A scale's codes, as answers write them, to the names of their categories. */
    private static Map<String, String> codesOf(Scale scale) {
        var codes = new LinkedHashMap<String, String>();
        for (Category category : scale.categories()) {
            if (category.code() != null) {
                codes.put(String.valueOf(category.code()), category.name());
            }
        }
        return codes;
    }

    /**
     * The part all questions of a table start with, ending where a sentence or a clause ends ("?", ":",
     * " - "), when it is long enough to be the question; null otherwise.
     */
    static String commonQuestion(List<String> headers) {
        if (headers.size() < 2) {
            return null;
        }
        String prefix = headers.getFirst();
        for (String header : headers) {
            int i = 0;
            while (i < prefix.length() && i < header.length() && prefix.charAt(i) == header.charAt(i)) {
                i++;
            }
            prefix = prefix.substring(0, i);
        }
        int end = -1;
        for (String mark : List.of("?", ":", " - ", " – ", "|", ".")) {
            int at = prefix.lastIndexOf(mark);
            if (at >= 0) {
                end = Math.max(end, at + mark.length());
            }
        }
        if (end < 8) {
            return null;
        }
        String cut = prefix.substring(0, end);
        for (String header : headers) {
            if (header.substring(cut.length()).isBlank()) {
                return null;
            }
        }
        return cut;
    }

    private static String trimQuestion(String prefix) {
        String t = prefix.strip();
        while (t.endsWith(":") || t.endsWith("-") || t.endsWith("–") || t.endsWith("|")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
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
}
