package dk.taktstok.io.respondents;

import dk.taktstok.io.Problem;
import dk.taktstok.model.Category;
import dk.taktstok.model.Confidence;
import dk.taktstok.model.Item;
import dk.taktstok.model.Scale;
import dk.taktstok.model.ScaleKind;
import dk.taktstok.model.ScaleReading;
import dk.taktstok.model.TableSource;
import dk.taktstok.model.Text;
import dk.taktstok.scales.AnswerClass;
import dk.taktstok.scales.ScaleRecogniser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Questions spread over several columns, or packed into one cell: options ticked in columns of their own
 * (each holding its text, or "1", "Selected" — blank where not ticked), options joined into one cell
 * ("a, b"), and one option chosen of columns that each hold that option's code. The first two make a
 * table of the share of respondents who chose each option among those who answered the question (ticked
 * at least one, a lone refusal not counted); the third is one question whose answer is the column filled.
 */
final class MultipleTables {

    static final String SELECTED = "Selected";
    static final String NOT_SELECTED = "Not selected";

    private MultipleTables() {
    }

    /** The scale of a multiple-response table: chosen or not. */
    static Scale scale(String why) {
        return new Scale("multiple", List.of(Category.substantive(Text.of(SELECTED), 1),
                Category.substantive(Text.of(NOT_SELECTED), 0)), List.of(SELECTED), List.of(NOT_SELECTED),
                ScaleKind.MULTIPLE, new ScaleReading("multiple response", Confidence.HIGH, why));
    }

    /** Questions of columns that each hold one option's code, one chosen per respondent. */
    static List<Question> choices(RespondentRows rows, Set<Integer> used, List<Problem> problems) {
        var questions = new ArrayList<Question>();
        for (Blocks.Choice choice : rows.blocks().choices()) {
            boolean oneEach = true;
            for (int c : choice.columns) {
                oneEach &= rows.column(c) != null && rows.column(c).size() <= 1;
            }
            String at = rows.locator().at(rows.headerRow(), choice.columns[0]);
            String label = choice.label != null ? choice.label : choice.block.question;
            if (!oneEach || choice.conflicts > 0) {
                if (choice.conflicts > 0) {
                    problems.add(Problem.warning(at, choice.conflicts + " respondents filled more than one of the"
                            + " columns of '" + RespondentRows.shorten(label) + "', so its options are read as options"
                            + " that may all be chosen"));
                }
                continue;
            }
            AnswerColumn column = choice.answers;
            var answers = new LinkedHashMap<String, double[]>();
            for (int a = 0; a < column.size(); a++) {
                answers.put(rows.values().textOf(column.id(a)),
                        new double[] {column.count(a), column.weight(a), column.squares(a)});
            }
            for (int c : choice.columns) {
                used.add(c);
            }
            String title = choice.block.question != null ? choice.block.question : label;
            Question q = Question.recognise(choice.columns[0], choice.block.first, title, label, at, answers);
            questions.add(q);
        }
        return questions;
    }

    /**
     * Tables of blocks whose columns each hold one value (the option's text, a tick word) or nothing: the
     * share of those who filled any column of the block that ticked each.
     */
    static List<RespondentStudy.Built> ticked(RespondentRows rows, Set<Integer> used) {
        var tables = new ArrayList<RespondentStudy.Built>();
        Blocks blocks = rows.blocks();
        for (Blocks.Block block : blocks.all()) {
            if (block.columns.size() < 2) {
                continue;
            }
            var columns = new ArrayList<Integer>();
            var texts = new HashSet<String>();
            boolean ticks = true;
            boolean distinct = true;
            boolean fits = true;
            for (int c : block.columns) {
                if (rows.role(c) != ColumnRole.QUESTION || used.contains(c)) {
                    continue;
                }
                AnswerColumn column = rows.column(c);
                if (column == null || column.overflowed() || column.size() > 1) {
                    fits = false;
                    break;
                }
                if (column.size() == 1) {
                    String text = rows.values().textOf(column.id(0));
                    ticks &= Blocks.isTick(text);
                    distinct &= texts.add(text);
                }
                columns.add(c);
            }
            if (!fits || texts.size() < 2 && !(ticks && !texts.isEmpty()) || !ticks && !distinct || columns.size() < 2) {
                continue;
            }
            double base = rows.weighted() ? block.weights : block.touched;
            var items = new ArrayList<Item>();
            var places = new ArrayList<String>();
            for (int c : columns) {
                AnswerColumn column = rows.column(c);
                double chosen = rows.weighted() ? column.sumWeights() : column.answered();
                HeaderRows.Heading h = rows.headings().get(c);
                String value = column.size() == 1 ? rows.values().textOf(column.id(0)) : null;
                // a column that holds its option's text is named by it ("Forelesninger" under "Hva bør …?_1")
                String label = value != null && !Blocks.isTick(value) ? value
                        : h.label() != null ? h.label() : "column " + (c + 1);
                double share = base > 0 ? 100 * chosen / base : Double.NaN;
                Double effective = rows.weighted() && block.squares > 0 ? block.weights * block.weights / block.squares : null;
                items.add(new Item("q" + (c + 1), Text.of(label), null, Map.of(), List.of(share, 100 - share),
                        (int) Math.min(block.touched, Integer.MAX_VALUE), effective));
                places.add(rows.locator().at(rows.headerRow(), c));
                used.add(c);
            }
            String title = block.question != null ? block.question : rows.headings().get(columns.getFirst()).full();
            tables.add(new RespondentStudy.Built(columns.getFirst(), title, scale("each column is an option of the"
                    + " question, filled where it was chosen; the base is those who chose at least one"), items, places,
                    List.of()));
        }
        return tables;
    }

    /**
     * A table of the options of a question whose cells join the options chosen ("a, b"), or null when the
     * question's answers are not such joins.
     */
    static RespondentStudy.Built joined(Question q, boolean weighted) {
        if (q.recognition() == null || q.recognition().kind() != ScaleKind.NOMINAL || q.answers().size() < 3) {
            return null;
        }
        var split = JoinedAnswers.split(q.answers().keySet());
        if (split.isEmpty()) {
            return null;
        }
        ScaleRecogniser recogniser = ScaleRecogniser.standard();
        var counts = new LinkedHashMap<String, Double>();
        q.answers().forEach((a, sums) -> counts.put(a, weighted ? sums[1] : sums[0]));
        double base = 0;
        double baseN = 0;
        double squares = 0;
        var setAside = new ArrayList<TableSource.SetAside>(q.setAside());
        for (var e : split.get().entrySet()) {
            double[] sums = q.answers().get(e.getKey());
            boolean answered = e.getValue().stream().anyMatch(o -> substantive(recogniser.classify(o)));
            if (answered) {
                base += weighted ? sums[1] : sums[0];
                baseN += sums[0];
                squares += sums[2];
            } else {
                setAside.add(new TableSource.SetAside(q.itemId(), e.getKey(), (long) sums[0], q.at(),
                        "a refusal: left out of the base"));
            }
        }
        var items = new ArrayList<Item>();
        var places = new ArrayList<String>();
        int k = 0;
        for (String option : JoinedAnswers.options(split.get(), counts)) {
            if (!substantive(recogniser.classify(option))) {
                continue;
            }
            double chosen = 0;
            for (var e : split.get().entrySet()) {
                if (e.getValue().contains(option)) {
                    chosen += counts.get(e.getKey());
                }
            }
            double share = base > 0 ? 100 * chosen / base : Double.NaN;
            Double effective = weighted && squares > 0 ? base * base / squares : null;
            items.add(new Item(q.itemId() + "-" + (++k), Text.of(option), null, Map.of(), List.of(share, 100 - share),
                    (int) Math.min((long) baseN, Integer.MAX_VALUE), effective));
            places.add(q.at());
        }
        if (items.isEmpty()) {
            return null;
        }
        return new RespondentStudy.Built(q.column(), q.title(), scale("each cell holds the options chosen, joined by"
                + " commas; the base is those who chose at least one (a lone refusal not counted)"), items, places, setAside);
    }

    private static boolean substantive(AnswerClass kind) {
        return kind == AnswerClass.ANSWER || kind == AnswerClass.DONT_KNOW;
    }
}
