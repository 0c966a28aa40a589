package dk.taktstok.io.respondents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The blocks of columns that make one question (as the header rows say), counted per respondent while
 * the rows stream past: how many respondents filled any column of a block (the base of a question where
 * several options may be ticked), and, for a block whose columns each hold one option's code with one
 * option chosen per respondent (SurveyMonkey's numeric export), which option each respondent chose.
 */
final class Blocks {

    /** Tick words: a ticked option's cell may hold one of these instead of the option's text. */
    private static final Set<String> TICKS = Set.of("1", "x", "yes", "selected", "checked", "ticked", "chosen", "true",
            "ja", "valgt", "markeret", "avkrysset", "ausgewählt", "vald");

    /** One block: its columns, and how many respondents filled any of them, with the sums of their weights. */
    static final class Block {
        final int first;
        final String question;
        final List<Integer> columns = new ArrayList<>();
        long touched;
        double weights;
        double squares;
        int stamp = -1;

        Block(int first, String question) {
            this.first = first;
            this.question = question;
        }
    }

    /**
     * Columns of one question each holding one option's code when chosen: the option chosen is the label
     * of the column filled. A respondent who filled two is a conflict and not counted.
     */
    static final class Choice {
        final Block block;
        final String label;
        final int[] columns;
        final String[] options;
        final int[] optionIds;
        AnswerColumn answers = new AnswerColumn();
        long conflicts;
        int stamp = -1;
        int filled;
        int column;

        Choice(Block block, String label, int[] columns, String[] options, AnswerValues values) {
            this.block = block;
            this.label = label;
            this.columns = columns;
            this.options = options;
            this.optionIds = new int[options.length];
            for (int i = 0; i < options.length; i++) {
                optionIds[i] = values.text(options[i]);
            }
        }

        private Choice(Block block, Choice of, AnswerColumn answers) {
            this.block = block;
            this.label = of.label;
            this.columns = of.columns;
            this.options = of.options;
            this.optionIds = of.optionIds;
            this.answers = answers;
        }
    }

    private final int[] blockOf;
    private final int[] choiceOf;
    private final int[] optionOf;
    private final List<Block> blocks;
    private final List<Choice> choices;
    private final Choice[] touchedChoices;
    private int touchedCount;
    private int stamp;

    private Blocks(int[] blockOf, int[] choiceOf, int[] optionOf, List<Block> blocks, List<Choice> choices) {
        this.blockOf = blockOf;
        this.choiceOf = choiceOf;
        this.optionOf = optionOf;
        this.blocks = blocks;
        this.choices = choices;
        this.touchedChoices = new Choice[choices.size()];
    }

    /**
     * The blocks of the headings; columns of a block that hold one short answer or none in the sample are
     * made questions (options nobody ticked in the first rows are still options).
     */
    static Blocks of(List<HeaderRows.Heading> headings, ColumnRole[] roles, List<int[]> sample, AnswerValues values) {
        int width = roles.length;
        int[] blockOf = new int[width];
        Arrays.fill(blockOf, -1);
        var blocks = new ArrayList<Block>();
        for (int c = 0; c < Math.min(width, headings.size()); c++) {
            HeaderRows.Heading h = headings.get(c);
            if (h.block() < 0 || roles[c] == ColumnRole.ID || roles[c] == ColumnRole.WEIGHT) {
                continue;
            }
            Block block = blocks.isEmpty() || blocks.getLast().first != h.block() ? null : blocks.getLast();
            if (block == null) {
                block = new Block(h.block(), h.question());
                blocks.add(block);
            }
            block.columns.add(c);
            blockOf[c] = blocks.size() - 1;
        }
        for (Block block : blocks) {
            if (block.columns.size() < 2) {
                continue;
            }
            for (int c : block.columns) {
                Set<Integer> distinct = distinct(sample, c);
                if (roles[c] == ColumnRole.OTHER && distinct.size() <= 1 && distinct.stream()
                        .allMatch(id -> values.textOf(id).length() <= ColumnRoles.MAX_ANSWER_CHARS)) {
                    roles[c] = ColumnRole.QUESTION;
                }
            }
        }
        int[] choiceOf = new int[width];
        int[] optionOf = new int[width];
        Arrays.fill(choiceOf, -1);
        var choices = new ArrayList<Choice>();
        for (Block block : blocks) {
            for (List<Integer> group : optionGroups(block, headings)) {
                if (isChoice(group, roles, sample, values)) {
                    int[] cols = group.stream().mapToInt(Integer::intValue).toArray();
                    String[] options = new String[cols.length];
                    String prefix = prefix(headings.get(cols[0]).label());
                    for (int i = 0; i < cols.length; i++) {
                        String label = headings.get(cols[i]).label();
                        options[i] = prefix != null ? label.substring(prefix.length()).replaceFirst("^\\s*[-–]\\s*", "").strip()
                                : label;
                        choiceOf[cols[i]] = choices.size();
                        optionOf[cols[i]] = i;
                    }
                    choices.add(new Choice(block, prefix, cols, options, values));
                }
            }
        }
        for (int b = 0; b < blocks.size(); b++) {
            if (blocks.get(b).columns.size() < 2) {
                for (int c : blocks.get(b).columns) {
                    blockOf[c] = -1;
                }
            }
        }
        return new Blocks(blockOf, choiceOf, optionOf, blocks, choices);
    }

    /**
     * The groups of a block's columns that may each be one question's options: by the part of their labels
     * before the last " - " ("Contribute code upstream - Never"), where every label has one, else the block.
     */
    private static List<List<Integer>> optionGroups(Block block, List<HeaderRows.Heading> headings) {
        var groups = new ArrayList<List<Integer>>();
        boolean split = block.columns.stream().allMatch(c -> prefix(headings.get(c).label()) != null);
        if (!split) {
            groups.add(block.columns);
            return groups;
        }
        String current = null;
        for (int c : block.columns) {
            String prefix = prefix(headings.get(c).label());
            if (!prefix.equals(current)) {
                groups.add(new ArrayList<>());
                current = prefix;
            }
            groups.getLast().add(c);
        }
        return groups;
    }

    private static String prefix(String label) {
        if (label == null) {
            return null;
        }
        int at = Math.max(label.lastIndexOf(" - "), label.lastIndexOf(" – "));
        return at < 1 ? null : label.substring(0, at).strip();
    }

    /**
     * Whether a group's columns hold one numeric code each (a different one per column) and no respondent of
     * the sample filled two: one question whose answer is the option of the column filled.
     */
    private static boolean isChoice(List<Integer> group, ColumnRole[] roles, List<int[]> sample, AnswerValues values) {
        if (group.size() < 2) {
            return false;
        }
        var codes = new HashSet<Integer>();
        int withCode = 0;
        for (int c : group) {
            if (roles[c] != ColumnRole.QUESTION) {
                return false;
            }
            Set<Integer> distinct = distinct(sample, c);
            if (distinct.size() > 1) {
                return false;
            }
            for (int id : distinct) {
                if (Double.isNaN(AnswerValues.parseNumber(values.textOf(id))) || !codes.add(id)) {
                    return false;
                }
                withCode++;
            }
        }
        if (withCode < 2) {
            return false;
        }
        for (int[] row : sample) {
            int filled = 0;
            for (int c : group) {
                filled += c < row.length && row[c] >= 0 ? 1 : 0;
            }
            if (filled > 1) {
                return false;
            }
        }
        return true;
    }

    private static Set<Integer> distinct(List<int[]> sample, int c) {
        var distinct = new HashSet<Integer>();
        for (int[] row : sample) {
            if (c < row.length && row[c] >= 0) {
                distinct.add(row[c]);
            }
        }
        return distinct;
    }

    /** Whether a cell's text says an option was ticked ("1", "Selected", "Yes"). */
    static boolean isTick(String text) {
        return TICKS.contains(dk.taktstok.scales.AnswerWords.key(text));
    }

    /** The block of a column, or -1 when the column is a question on its own. */
    int blockOf(int col) {
        return col < blockOf.length ? blockOf[col] : -1;
    }

    boolean any() {
        return !blocks.isEmpty();
    }

    /** Counts one respondent's row: the blocks it touched, and the option it chose of each choice. */
    void count(int[] cells, int width, double weight) {
        if (blocks.isEmpty()) {
            return;
        }
        stamp++;
        touchedCount = 0;
        int w = Math.min(width, blockOf.length);
        for (int c = 0; c < w; c++) {
            int b = blockOf[c];
            if (b < 0 || cells[c] < 0) {
                continue;
            }
            Block block = blocks.get(b);
            if (block.stamp != stamp) {
                block.stamp = stamp;
                block.touched++;
                block.weights += weight;
                block.squares += weight * weight;
            }
            int g = choiceOf[c];
            if (g >= 0) {
                Choice choice = choices.get(g);
                if (choice.stamp != stamp) {
                    choice.stamp = stamp;
                    choice.filled = 0;
                    touchedChoices[touchedCount++] = choice;
                }
                choice.filled++;
                choice.column = optionOf[c];
            }
        }
        for (int i = 0; i < touchedCount; i++) {
            Choice choice = touchedChoices[i];
            if (choice.filled == 1) {
                choice.answers.add(choice.optionIds[choice.column], weight);
            } else {
                choice.conflicts++;
            }
        }
    }

    /** The same blocks with nothing counted, for the respondents of one group. */
    Blocks emptyCopy() {
        return derived(null);
    }

    /** The counts of these blocks less those of {@code part}, counted from some of the same rows: the rest. */
    Blocks minus(Blocks part) {
        return derived(part);
    }

    private Blocks derived(Blocks part) {
        var newBlocks = new ArrayList<Block>();
        for (int b = 0; b < blocks.size(); b++) {
            Block old = blocks.get(b);
            Block block = new Block(old.first, old.question);
            block.columns.addAll(old.columns);
            if (part != null) {
                Block other = part.blocks.get(b);
                block.touched = old.touched - other.touched;
                block.weights = old.weights - other.weights;
                block.squares = old.squares - other.squares;
            }
            newBlocks.add(block);
        }
        var newChoices = new ArrayList<Choice>();
        for (int g = 0; g < choices.size(); g++) {
            Choice old = choices.get(g);
            Block block = newBlocks.get(blocks.indexOf(old.block));
            Choice choice = new Choice(block, old,
                    part == null ? old.answers.empty() : old.answers.minus(part.choices.get(g).answers));
            if (part != null) {
                choice.conflicts = old.conflicts - part.choices.get(g).conflicts;
            }
            newChoices.add(choice);
        }
        return new Blocks(blockOf, choiceOf, optionOf, newBlocks, newChoices);
    }

    List<Block> all() {
        return blocks;
    }

    List<Choice> choices() {
        return choices;
    }

    /** The choice a column is an option of, or null. */
    Choice choiceOf(int col) {
        return col < choiceOf.length && choiceOf[col] >= 0 ? choices.get(choiceOf[col]) : null;
    }
}
