package dk.taktstok.claims;

import java.util.ArrayList;

/**
 * A figure named so that a reader finds it, in Danish or English: "Hvem tager initiativet til
 * samarbejdet? · Kommunen inviterer foreninger · Topboks (Som regel + Somme tider)".
 */
public final class FigureNames {

    private FigureNames() {
    }

    /** The figure's table, subject, measure and answers, and its base where it is without "don't know". */
    public static String of(Figure figure, String language) {
        ClaimTexts texts = ClaimTexts.of(language);
        var parts = new ArrayList<String>();
        if (figure.kind() == Figure.Kind.BENCHMARK) {
            parts.add(texts.get("name.goal"));
        } else if (figure.table() != null) {
            parts.add(figure.table());
        }
        parts.add(figure.subject());
        String categories = String.join(" + ", figure.categories());
        if (figure.measure() != null) {
            String measure = texts.get("measure." + figure.measure().key());
            parts.add(categories.isEmpty() ? measure : measure + " (" + categories + ")");
        } else if (!categories.isEmpty()) {
            parts.add(categories);
        }
        if (figure.base() == Base.ANSWERED) {
            parts.add(texts.get("name.answered"));
        }
        return String.join(" · ", parts);
    }

    /** The figure's value as the tables show it: one decimal, two for a ratio. */
    public static String value(Figure figure, String language) {
        ClaimTexts texts = ClaimTexts.of(language);
        return figure.kind() == Figure.Kind.RATIO ? texts.plain(Math.round(figure.value() * 100) / 100.0, 2)
                : texts.value(figure.value());
    }
}
