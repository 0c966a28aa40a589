package dk.taktstok.cli;

import dk.taktstok.analysis.Crosstab;
import dk.taktstok.analysis.Numbers;
import dk.taktstok.model.Measure;
import java.util.ArrayList;
import java.util.List;

/**
 * A study by the groups of a banner as text: per item its shares and measures per group and in total,
 * the significance letters, and a sentence per item on its main measure that says whether the largest
 * difference passed its test — never "higher" for one that did not.
 */
final class CrosstabText {

    private final String language;
    private final Numbers numbers;
    private final CliTexts texts;

    CrosstabText(String language) {
        this.language = language;
        this.numbers = Numbers.of(language);
        this.texts = CliTexts.of(language);
    }

    String render(Crosstab crosstab) {
        var out = new StringBuilder();
        out.append(texts.get("by.title", crosstab.name())).append('\n');
        var groups = new ArrayList<String>();
        for (Crosstab.Group g : crosstab.groups()) {
            groups.add(g.letter() + " " + g.label() + (g.respondents() == null ? "" : " (n = " + g.respondents() + ")"));
        }
        out.append(texts.get("by.groups", String.join(", ", groups))).append('\n');
        out.append(texts.get("by.tests", numbers.decimal((1 - crosstab.options().alpha()) * 100, 0),
                texts.get("by.correction." + crosstab.options().correction().name()), crosstab.options().minN())).append('\n');
        for (Crosstab.Table table : crosstab.tables()) {
            out.append('\n').append(table.table().title().in(language)).append('\n');
            var headers = new ArrayList<>(List.of(texts.get("by.item"), texts.get("by.row"), texts.get("by.total")));
            for (Crosstab.Group g : crosstab.groups()) {
                headers.add(g.letter() + " " + cut(g.label(), 14));
            }
            TextTable text = TextTable.of(headers, 2);
            var sentences = new ArrayList<String>();
            for (Crosstab.ItemRows item : table.items()) {
                boolean first = true;
                for (Crosstab.Row row : item.rows()) {
                    var cells = new ArrayList<String>();
                    cells.add(first ? cut(item.item().displayLabel(language), 36) : "");
                    cells.add(cut(rowName(row), 24));
                    cells.add(numbers.decimal(row.total(), 1));
                    for (Crosstab.Cell cell : row.cells()) {
                        cells.add(cell(cell));
                    }
                    text.row(cells);
                    first = false;
                }
                var chi = new ArrayList<String>(List.of("", texts.get("by.chi"),
                        item.chiSquare().made() ? p(item.chiSquare().p()).replace("= ", "") : "–"));
                crosstab.groups().forEach(g -> chi.add(""));
                text.row(chi);
                String sentence = sentence(item, crosstab);
                if (sentence != null) {
                    sentences.add(sentence);
                }
            }
            out.append(text.render());
            for (String s : sentences) {
                out.append(s).append('\n');
            }
        }
        return out.toString();
    }

    private String cell(Crosstab.Cell cell) {
        if (Double.isNaN(cell.value())) {
            return "–";
        }
        String mark = cell.small() ? "*" : cell.differsFromRest() > 0 ? "+" : cell.differsFromRest() < 0 ? "-" : " ";
        String letters = String.join("", cell.higherThan());
        return numbers.decimal(cell.value(), 1) + mark + (letters.isEmpty() ? "" : letters);
    }

    /**
     * The item's main measure (mean score, else top box, else its first answer's share): the highest group
     * against the lowest, with what the test said.
     */
    private String sentence(Crosstab.ItemRows item, Crosstab crosstab) {
        Crosstab.Row row = main(item);
        if (row == null) {
            return null;
        }
        int high = -1;
        int low = -1;
        boolean anyTested = row.cells().stream().filter(c -> !c.small() && !Double.isNaN(c.value())).count() >= 2;
        for (int g = 0; g < row.cells().size(); g++) {
            double v = row.cells().get(g).value();
            if (Double.isNaN(v) || anyTested && row.cells().get(g).small()) {
                continue; // the largest difference among the groups tested, where there are two
            }
            if (high < 0 || v > row.cells().get(high).value()) {
                high = g;
            }
            if (low < 0 || v < row.cells().get(low).value()) {
                low = g;
            }
        }
        if (high < 0 || high == low || row.cells().get(high).value() == row.cells().get(low).value()) {
            return null;
        }
        String label = cut(item.item().displayLabel(language), 48);
        Crosstab.Cell h = row.cells().get(high);
        Crosstab.Cell l = row.cells().get(low);
        String what = row.key().equals("share") ? "'" + row.label() + "'" : rowName(row).toLowerCase(java.util.Locale.ROOT);
        String highName = crosstab.groups().get(high).label();
        String lowName = crosstab.groups().get(low).label();
        Crosstab.Pair pair = h.pairs().get(low);
        if (pair == null || Double.isNaN(pair.adjusted())) {
            return texts.get("by.untested", label, what, highName, numbers.decimal(h.value(), 1), lowName,
                    numbers.decimal(l.value(), 1), crosstab.options().minN());
        }
        boolean significant = h.higherThan().contains(crosstab.groups().get(low).letter());
        return texts.get(significant ? "by.higher" : "by.notSignificant", label, what, highName,
                numbers.decimal(h.value(), 1), lowName, numbers.decimal(l.value(), 1), p(pair.adjusted()));
    }

    /** A share's row by its answer, a measure's by its name in the output's language. */
    private String rowName(Crosstab.Row row) {
        if (row.key().equals("share")) {
            return row.label();
        }
        for (Measure measure : Measure.values()) {
            if (measure.key().equals(row.key())) {
                return PracticeNames.measureName(measure, texts);
            }
        }
        return row.label();
    }

    private static Crosstab.Row main(Crosstab.ItemRows item) {
        for (String key : List.of(Measure.MEAN_SCORE.key(), Measure.TOP_BOX.key())) {
            for (Crosstab.Row row : item.rows()) {
                if (row.key().equals(key)) {
                    return row;
                }
            }
        }
        return item.rows().isEmpty() ? null : item.rows().getFirst();
    }

    private String p(double p) {
        return p < 0.001 ? "< " + numbers.decimal(0.001, 3) : "= " + numbers.decimal(p, 3);
    }

    private static String cut(String label, int width) {
        String flat = label.replaceAll("\\s+", " ").strip();
        return flat.length() <= width ? flat : flat.substring(0, width - 1).stripTrailing() + "…";
    }
}
