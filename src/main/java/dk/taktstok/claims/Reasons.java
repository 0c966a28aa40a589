package dk.taktstok.claims;

import java.util.List;
import java.util.stream.Collectors;

/** Why a claim got its verdict, in the report's language, naming the figure's value. */
final class Reasons {

    private Reasons() {
    }

    static String of(Quantity quantity, List<Assessment> assessments, Verdict verdict, ClaimTexts texts) {
        if (assessments.isEmpty()) {
            return texts.get(switch (quantity.unit()) {
                case SHARE -> "reason.notFound";
                case POINTS -> "reason.notFound.points";
                case RATIO, ORDER -> "reason.notFound.pair";
            });
        }
        boolean agree = assessments.stream().allMatch(a -> a.verdict() == assessments.getFirst().verdict());
        if (assessments.size() > 1 && !agree) {
            String each = assessments.stream()
                    .map(a -> texts.get("reason.each", a.figure().subject(), texts.value(Judge.valueFor(quantity, a.figure())),
                            texts.get("verdict." + a.verdict().key())))
                    .collect(Collectors.joining("; "));
            return texts.get("reason.ambiguous", assessments.size(), each, texts.get("verdict." + verdict.key()));
        }
        Assessment first = assessments.stream().filter(a -> a.verdict() == verdict).findFirst()
                .orElse(assessments.getFirst());
        String one = single(quantity, first, texts);
        return assessments.size() > 1 ? one + " " + texts.get("reason.allAgree", assessments.size()) : one;
    }

    private static String single(Quantity quantity, Assessment a, ClaimTexts texts) {
        Figure figure = a.figure();
        String noun = texts.get("noun." + switch (figure.kind()) {
            case DIFFERENCE, BALANCE, GAP -> "difference";
            case RATIO -> "ratio";
            default -> "figure";
        });
        double value = Judge.valueFor(quantity, figure);
        String shown = figure.kind() == Figure.Kind.RATIO ? texts.plain(Math.round(value * 100) / 100.0, 2)
                : texts.value(value);
        String holds = interval(quantity.holds(), texts);
        return switch (a.verdict()) {
            case SUPPORTED -> texts.get("reason.supported", noun, shown, holds);
            case CONTRADICTED -> texts.get("reason.contradicted", noun, shown, holds);
            case DEPENDS_ON_BASE -> texts.get("reason.dependsOnBase", texts.value(Judge.valueFor(quantity, figure)),
                    texts.get(a.holds() ? "holds" : "holds.not"),
                    texts.value(Judge.valueFor(quantity, a.otherBase())),
                    texts.get(a.holds() ? "holds.not" : "holds"), holds);
            case WITHIN_MARGIN -> withinMargin(quantity, figure, noun, shown, texts);
            case NOT_FOUND -> texts.get("reason.notFound");
        };
    }

    private static String withinMargin(Quantity quantity, Figure figure, String noun, String shown, ClaimTexts texts) {
        double margin = figure.margin();
        double value = Judge.valueFor(quantity, figure);
        boolean difference = quantity.form() == ClaimForm.POINTS || quantity.form() == ClaimForm.RATIO;
        if (difference && !(quantity.bound().isOneSided())) {
            double size = figure.kind() == Figure.Kind.RATIO && figure.parts().size() == 2
                    ? figure.parts().get(0).value() - figure.parts().get(1).value() : figure.value();
            return texts.get("reason.withinMargin.difference", texts.value(Math.abs(size)), texts.value(margin));
        }
        return texts.get("reason.withinMargin", noun, shown, texts.value(margin), texts.value(value - margin),
                texts.value(value + margin), texts.plain(quantity.threshold(), 2));
    }

    /** "over 70", "74,5 til under 75,5", "46 til under 50", "50 eller mere". */
    static String interval(Interval interval, ClaimTexts texts) {
        String low = texts.plain(interval.low(), 2);
        String high = texts.plain(interval.high(), 2);
        if (!interval.hasLow()) {
            return texts.get(interval.highIn() ? "interval.atMost" : "interval.below", high);
        }
        if (!interval.hasHigh()) {
            return texts.get(interval.lowIn() ? "interval.atLeast" : "interval.above", low);
        }
        String key = interval.lowIn() ? (interval.highIn() ? "interval.closed" : "interval.rounding") : "interval.openLow";
        return texts.get(key, low, high);
    }
}
