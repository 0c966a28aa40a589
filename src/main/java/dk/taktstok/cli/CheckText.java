package dk.taktstok.cli;

import dk.taktstok.claims.Assessment;
import dk.taktstok.claims.Cell;
import dk.taktstok.claims.CheckReport;
import dk.taktstok.claims.Claim;
import dk.taktstok.claims.Figure;
import dk.taktstok.claims.FigureNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A draft's claims as text: a summary line, then per claim its verdict and words, the figure it was held
 * against (table, item, categories or measure, value), the formula, the cells behind it, and why.
 */
final class CheckText {

    private final String article;
    private final String study;

    CheckText(String article, String study) {
        this.article = article;
        this.study = study;
    }

    String render(CheckReport report) {
        CliTexts texts = CliTexts.of(report.language());
        var out = new StringBuilder();
        out.append(texts.get("check.title", article, study)).append('\n');
        out.append(summary(report, texts)).append("\n\n");
        if (report.claims().isEmpty()) {
            out.append(texts.get("check.none")).append('\n');
        }
        for (Claim claim : report.claims()) {
            out.append(claim.number()).append(". ")
                    .append(texts.get("check.verdict." + claim.verdict().key()).toUpperCase(java.util.Locale.ROOT))
                    .append(": \u201C").append(claim.quantity().text()).append("\u201D (")
                    .append(texts.get("check.line", lineOf(report.text(), claim.quantity().start()))).append(")\n");
            out.append("   ").append(oneLine(claim.sentence())).append('\n');
            if (claim.figures().size() == 1) {
                figure(out, texts.get("check.figure"), claim.figures().getFirst(), texts, report.language());
            } else if (!claim.figures().isEmpty()) {
                out.append("   ").append(texts.get("check.figures", claim.figures().size())).append(":\n");
                for (Assessment a : claim.figures()) {
                    figure(out, "•", a, texts, report.language());
                }
            }
            out.append("   ").append(texts.get("check.why")).append(": ").append(claim.reason()).append("\n\n");
        }
        return out.toString();
    }

    private static void figure(StringBuilder out, String head, Assessment a, CliTexts texts, String language) {
        Figure f = a.figure();
        out.append("   ").append(head).append(": ").append(FigureNames.of(f, language)).append(" = ")
                .append(FigureNames.value(f, language));
        if (Double.isFinite(f.margin())) {
            out.append(" ± ").append(dk.taktstok.analysis.Numbers.of(language).decimal(f.margin(), 1));
        }
        out.append('\n');
        out.append("     ").append(texts.get("check.formula")).append(": ").append(f.formula()).append('\n');
        List<String> places = places(f);
        if (!places.isEmpty()) {
            out.append("     ").append(texts.get("check.cells")).append(": ").append(String.join(", ", places)).append('\n');
        }
    }

    /** The places of the cells behind a figure and its parts, each once, in order. */
    static List<String> places(Figure f) {
        var places = new ArrayList<String>();
        collect(f, places);
        return places.stream().distinct().toList();
    }

    private static void collect(Figure f, List<String> places) {
        f.cells().stream().map(Cell::place).filter(Objects::nonNull).forEach(places::add);
        f.parts().forEach(p -> collect(p, places));
    }

    private static String summary(CheckReport report, CliTexts texts) {
        String counts = report.counts().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getValue() + " " + texts.get("check.verdict." + e.getKey().key()))
                .collect(Collectors.joining(", "));
        return texts.get("check.summary", report.claims().size(), counts.isEmpty() ? "" : ": " + counts);
    }

    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String oneLine(String sentence) {
        return sentence.replaceAll("\\s+", " ").strip();
    }
}
