package dk.taktstok.cli;

import dk.taktstok.analysis.GapResult;
import dk.taktstok.analysis.GroupResult;
import dk.taktstok.analysis.ItemMeasures;
import dk.taktstok.analysis.ItemResult;
import dk.taktstok.analysis.Numbers;
import dk.taktstok.analysis.StudyMeasures;
import dk.taktstok.analysis.TableMeasures;
import dk.taktstok.model.Category;
import dk.taktstok.model.CategoryRole;
import dk.taktstok.model.Confidence;
import dk.taktstok.model.Measure;
import dk.taktstok.model.Scale;
import dk.taktstok.model.ScaleKind;
import dk.taktstok.model.ScaleReading;
import dk.taktstok.model.Study;
import dk.taktstok.model.TableSource;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The measures as aligned text tables, in the study's language and number format. */
final class IndicesText {

    /** Labels longer than this are cut with an ellipsis; the JSON output has them whole. */
    static final int LABEL_WIDTH = 56;

    private static final int DECIMALS = 1;

    private final Study study;
    private final String language;
    private final Numbers numbers;
    private final CliTexts texts;
    /** The kind of the table being written: which measures mean something. */
    private ScaleKind kind = ScaleKind.ORDINAL;

    IndicesText(Study study, String language) {
        this.study = study;
        this.language = language;
        this.numbers = Numbers.of(language);
        this.texts = CliTexts.of(language);
    }

    String render(StudyMeasures measures) {
        var out = new StringBuilder();
        out.append(study.metadata().title().in(language)).append('\n');
        for (TableMeasures table : measures.tables()) {
            out.append('\n');
            table(out, table);
        }
        if (!measures.gaps().isEmpty()) {
            out.append('\n').append(texts.get("gaps.title")).append('\n');
            out.append(gaps(measures.gaps()));
        }
        out.append('\n').append(texts.get("footnote")).append('\n');
        if (measures.tables().stream().anyMatch(t -> t.items().stream().anyMatch(ItemResult::lowN))) {
            out.append(texts.get("lowN.note")).append('\n');
        }
        return out.toString();
    }

    private void table(StringBuilder out, TableMeasures table) {
        kind = table.scale().kind();
        String title = table.table().title().in(language);
        out.append(texts.get("table", table.table().id()))
                .append(title.equals(table.table().id()) ? "" : ": " + title).append('\n');
        if (table.table().question() != null) {
            out.append(table.table().question().in(language)).append('\n');
        }
        out.append(texts.get(kind == ScaleKind.ORDINAL ? "scale" : "answers")).append(": ")
                .append(scale(table.scale())).append('\n');
        reading(out, table);
        if (kind.hasTopBox()) {
            out.append(texts.get("boxes", names(table.scale(), table.boxes().topBox()),
                    names(table.scale(), table.boxes().bottomBox()))).append('\n');
        }

        boolean counted = table.items().stream().anyMatch(r -> r.item().n() != null);
        out.append('\n').append(texts.get(counted ? "shares.answered.title" : "shares.title")).append('\n');
        out.append(shares(table));
        if (!kind.hasTopBox()) {
            return; // shares and n only: the measures of a scale mean nothing here
        }
        out.append('\n').append(texts.get("measures.title")).append('\n');
        out.append(measures(table));
        if (!table.groups().isEmpty()) {
            out.append('\n').append(texts.get("groups.title")).append('\n');
            out.append(groups(table));
        }
        if (table.items().stream().anyMatch(r -> r.uncertainty() != null)) {
            out.append('\n').append(texts.get("margins.title")).append('\n');
            out.append(margins(table));
        }
    }

    /** How the table was read, at the table: its source, and the scale's reading with a guess marked. */
    private void reading(StringBuilder out, TableMeasures table) {
        TableSource source = table.table().source();
        if (source != null) {
            var where = new ArrayList<String>();
            if (source.sheet() != null) {
                where.add(texts.get("read.sheet", source.sheet()));
            }
            if (source.range() != null) {
                where.add(source.range());
            }
            if (source.rowsSkipped() > 0) {
                where.add(texts.get("read.skipped", source.rowsSkipped()));
            }
            out.append(texts.get("read.as", texts.get("layout." + source.layout()))
                    + (where.isEmpty() ? "" : " (" + String.join(", ", where) + ")")).append('\n');
            for (TableSource.SetAside aside : source.setAside()) {
                out.append(texts.get("read.setAside", aside.answer(), aside.count(), aside.why(),
                        aside.place() == null ? "" : aside.place())).append('\n');
            }
        }
        ScaleReading reading = table.scale().reading();
        if (reading != null) {
            String key = reading.confidence() == Confidence.LOW ? "read.scale.guess" : "read.scale";
            out.append(texts.get(key, texts.get("kind." + kind.key()), reading.why())).append('\n');
        } else if (kind != ScaleKind.ORDINAL) {
            out.append(texts.get("read.kind", texts.get("kind." + kind.key()))).append('\n');
        }
    }

    private String scale(Scale scale) {
        return scale.categories().stream()
                .map(c -> c.label().in(language) + (c.isSubstantive() && kind != ScaleKind.ORDINAL ? ""
                        : c.isSubstantive() ? " = " + numbers.decimal(c.score(), c.score() == Math.rint(c.score()) ? 0 : 2)
                        : " (" + texts.get(c.role() == CategoryRole.DONT_KNOW ? "scale.dontKnow" : "scale.missing") + ")"))
                .collect(Collectors.joining(", "));
    }

    private String names(Scale scale, List<Integer> indexes) {
        return indexes.stream().map(i -> scale.category(i).label().in(language)).collect(Collectors.joining(" + "));
    }

    private String shares(TableMeasures table) {
        var headers = new ArrayList<String>(List.of(texts.get("col.item")));
        for (Category category : table.scale().categories()) {
            headers.add(category.label().in(language));
        }
        headers.add(texts.get("col.sum"));
        boolean counted = table.items().stream().anyMatch(r -> r.uncertainty() != null);
        if (counted) {
            headers.add(texts.get("col.n"));
        }
        var text = TextTable.of(headers, 1);
        for (ItemResult item : table.items()) {
            var row = new ArrayList<String>(List.of(label(item)));
            for (double share : item.item().shares()) {
                row.add(numbers.decimal(share, DECIMALS));
            }
            row.add(numbers.decimal(item.measures().sum(), DECIMALS));
            if (counted) {
                row.add(item.uncertainty() == null ? Numbers.MISSING : String.valueOf(item.uncertainty().n()));
            }
            text.row(row);
        }
        return text.render();
    }

    private String measures(TableMeasures table) {
        boolean grouped = !table.groups().isEmpty();
        var headers = new ArrayList<String>(List.of(texts.get("col.item")));
        if (grouped) {
            headers.add(texts.get("col.group"));
        }
        headers.addAll(measureHeaders());
        var text = TextTable.of(headers, grouped ? 2 : 1);
        for (ItemResult item : table.items()) {
            var row = new ArrayList<String>(List.of(label(item)));
            if (grouped) {
                row.add(table.table().group(item.group() == null ? "" : item.group())
                        .map(g -> cut(g.label().in(language))).orElse(item.group() == null ? "" : item.group()));
            }
            row.addAll(measureCells(item.measures(), false));
            text.row(row);
        }
        return text.render();
    }

    private String groups(TableMeasures table) {
        var headers = new ArrayList<String>(List.of(texts.get("col.group"), texts.get("col.items")));
        headers.addAll(measureHeaders());
        var text = TextTable.of(headers, 1);
        for (GroupResult group : table.groups()) {
            var row = new ArrayList<String>(List.of(cut(group.group().label().in(language)),
                    String.valueOf(group.itemCount())));
            row.addAll(measureCells(group.means(), false));
            text.row(row);
        }
        table.balanceIfAny().ifPresent(balance -> {
            var row = new ArrayList<String>(List.of(texts.get("balance"), ""));
            row.addAll(measureCells(balance.difference(), true));
            text.row(row);
        });
        return text.render();
    }

    private String gaps(List<GapResult> gaps) {
        boolean margins = gaps.stream().anyMatch(g -> Double.isFinite(g.margin()));
        var headers = new ArrayList<>(List.of(texts.get("col.benchmark"), texts.get("col.value"),
                texts.get("col.practice"), texts.get("col.value"), texts.get("col.gap")));
        var alignment = new ArrayList<>(List.of(false, true, false, true, true));
        if (margins) {
            headers.add(texts.get("col.moe"));
            alignment.add(true);
        }
        var text = new TextTable(headers, alignment);
        for (GapResult gap : gaps) {
            var row = new ArrayList<>(List.of(
                    cut(gap.benchmark().label().in(language)),
                    numbers.percent(gap.benchmark().value(), DECIMALS),
                    cut(PracticeNames.describe(study, gap.gap().practice(), language, texts)),
                    numbers.percent(gap.practiceValue(), DECIMALS),
                    numbers.decimal(gap.points(), DECIMALS)));
            if (margins) {
                row.add(numbers.decimal(gap.margin(), DECIMALS));
            }
            text.row(row);
        }
        return text.render();
    }

    /** Each item's n and margins, then each group's and the balance's, in points. */
    private String margins(TableMeasures table) {
        boolean weighted = table.items().stream().anyMatch(r -> r.item().effectiveN() != null);
        var headers = new ArrayList<String>(List.of(texts.get("col.item"), texts.get("col.n")));
        if (weighted) {
            headers.add(texts.get("col.effectiveN"));
        }
        for (String header : measureHeaders()) {
            headers.add("± " + header);
        }
        var text = TextTable.of(headers, 1);
        for (ItemResult item : table.items()) {
            var row = new ArrayList<String>(List.of(label(item)));
            if (item.uncertainty() == null) {
                row.add(Numbers.MISSING);
                if (weighted) {
                    row.add(Numbers.MISSING);
                }
                row.addAll(marginCells(ItemMeasures.UNKNOWN));
            } else {
                row.add(String.valueOf(item.uncertainty().n()));
                if (weighted) {
                    row.add(numbers.decimal(item.uncertainty().effectiveN(), 0));
                }
                row.addAll(marginCells(item.uncertainty().measures()));
            }
            text.row(row);
        }
        for (GroupResult group : table.groups()) {
            var row = new ArrayList<String>(List.of(cut(texts.get("group.index", group.group().label().in(language))), ""));
            if (weighted) {
                row.add("");
            }
            row.addAll(marginCells(group.margins()));
            text.row(row);
        }
        table.balanceIfAny().ifPresent(balance -> {
            var row = new ArrayList<String>(List.of(texts.get("balance"), ""));
            if (weighted) {
                row.add("");
            }
            row.addAll(marginCells(balance.margins()));
            text.row(row);
        });
        return text.render();
    }

    /** An item's label as the tables show it, marked with * when it rests on fewer than 50 answers. */
    private String label(ItemResult item) {
        String label = item.item().displayLabel(language);
        return item.lowN() ? cut(label, LABEL_WIDTH - 2) + " *" : cut(label);
    }

    /** The measures that mean something for the table's kind of question; the others are not shown. */
    private List<Measure> shown() {
        return java.util.Arrays.stream(Measure.values()).filter(m -> IndicesJson.applies(m, kind)).toList();
    }

    private List<String> measureHeaders() {
        var headers = new ArrayList<String>();
        for (Measure measure : shown()) {
            headers.add(PracticeNames.measureName(measure, texts));
        }
        return headers;
    }

    private List<String> marginCells(ItemMeasures m) {
        var cells = new ArrayList<String>();
        for (Measure measure : shown()) {
            cells.add(numbers.decimal(m.get(measure), DECIMALS));
        }
        return cells;
    }

    private List<String> measureCells(ItemMeasures m, boolean signed) {
        var cells = new ArrayList<String>();
        for (Measure measure : shown()) {
            double value = m.get(measure);
            cells.add(signed || measure == Measure.NET
                    ? numbers.signed(value, DECIMALS)
                    : numbers.decimal(value, DECIMALS));
        }
        return cells;
    }

    private static String cut(String label) {
        return cut(label, LABEL_WIDTH);
    }

    private static String cut(String label, int width) {
        String flat = label.replaceAll("\\s+", " ").strip();
        return flat.codePointCount(0, flat.length()) <= width
                ? flat
                : flat.substring(0, flat.offsetByCodePoints(0, width - 1)).stripTrailing() + "…";
    }
}
