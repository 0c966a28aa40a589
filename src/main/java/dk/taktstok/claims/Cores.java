package dk.taktstok.claims;

import java.util.List;
import java.util.Set;

/** Reads the number of a claim at a token, in each written form (see {@link Core}). */
final class Cores {

    private static final Set<String> PERCENT_WORDS = Set.of("procent", "percent", "pct", "procents");
    private static final Set<String> POINT_WORDS = Set.of("procentpoint", "procentpoints", "procent-point",
            "procent-points", "pct-point", "procentenheder", "pp", "ppt", "point", "points", "pointene", "pointe");
    private static final Set<String> PERCENTAGE_POINT_WORDS = Set.of("procentpoint", "procentpoints", "procent-point",
            "procent-points", "pct-point", "procentenheder", "pp", "ppt");

    private Cores() {
    }

    /** The claim's number at token {@code i}, or null if none starts there. */
    static Core at(List<Token> t, int i) {
        if (i >= t.size()) {
            return null;
        }
        Core core = ratio(t, i);
        if (core == null) {
            core = quantifier(t, i);
        }
        if (core == null) {
            core = fraction(t, i);
        }
        if (core == null) {
            core = between(t, i);
        }
        if (core == null) {
            core = numberWithUnit(t, i);
        }
        return core;
    }

    /** "dobbelt så mange", "halvt så ofte", "tre gange så mange", "tre gange flere", "twice as often". */
    private static Core ratio(List<Token> t, int i) {
        String w = t.get(i).lower();
        double factor = switch (w) {
            case "dobbelt", "twice" -> 2;
            case "halvt", "half" -> 0.5;
            default -> Double.NaN;
        };
        int next = i + 1;
        if (Double.isNaN(factor)) {
            NumberWords.Read n = NumberWords.number(t, i);
            if (n == null || n.value() < 1.5 || i + n.tokens() >= t.size()
                    || !(t.get(i + n.tokens()).is("gange") || t.get(i + n.tokens()).is("times"))) {
                return null;
            }
            factor = n.value();
            next = i + n.tokens() + 1;
            if (next < t.size() && Phrases.RATIO_COMPARATIVES.contains(t.get(next).lower())) {
                return new Core(ClaimForm.RATIO, factor, n.decimals(), Double.NaN, next + 1, Bound.EXACT, true, null,
                        Double.NaN);
            }
        }
        if (next + 1 < t.size() && (t.get(next).is("så") || t.get(next).is("as"))
                && Phrases.RATIO_WORDS.contains(t.get(next + 1).lower())) {
            return new Core(ClaimForm.RATIO, factor, 0, Double.NaN, next + 2, Bound.EXACT, true, null, Double.NaN);
        }
        return null;
    }

    private static Core quantifier(List<Token> t, int i) {
        Token here = t.get(i);
        Phrases.Phrase<Phrases.Quantifier> phrase = Phrases.startingAt(Phrases.QUANTIFIERS, t, i);
        if (phrase != null) {
            if (phrase.words().equals(List.of("few")) && i > 0 && t.get(i - 1).is("a")) {
                return null; // "a few" is some, not few
            }
            return Core.quantifier(phrase.meaning(), i + phrase.words().size());
        }
        boolean startsPart = i == 0 || t.get(i - 1).kind() == Token.Kind.MARK;
        if (here.is("få") && startsPart && Character.isUpperCase(here.text().charAt(0))) {
            return Core.quantifier(new Phrases.Quantifier(ClaimForm.FEW, Interval.below(20, true), 20), i + 1);
        }
        if (here.is("få") && i > 0 && Phrases.FEW_BEFORE.contains(t.get(i - 1).lower())) {
            return Core.quantifier(new Phrases.Quantifier(ClaimForm.FEW, Interval.below(20, true), 20), i + 1);
        }
        if (here.is("most") && startsPart && i + 1 < t.size() && t.get(i + 1).isWord()) {
            return Core.quantifier(new Phrases.Quantifier(ClaimForm.MAJORITY, Interval.above(50, false), 50), i + 1);
        }
        return null;
    }

    /** "halvdelen", "en tredjedel", "to tredjedele", "hver fjerde", "to ud af tre", "a third", "one in four". */
    private static Core fraction(List<Token> t, int i) {
        Token here = t.get(i);
        if (!here.isWord() && here.kind() != Token.Kind.NUMBER) {
            return null;
        }
        String w = here.lower();
        if (w.equals("halvdelen") || w.equals("halvparten")) {
            return part(1, 2, i + 1);
        }
        if (w.equals("half") && !(i + 1 < t.size() && Set.of("a", "an", "past", "as", "hour").contains(t.get(i + 1).lower()))) {
            return part(1, 2, i + 1);
        }
        int[] compound = NumberWords.compoundFraction(w);
        if (compound != null) {
            return part(compound[0], compound[1], i + 1);
        }
        if ((w.equals("hver") || w.equals("every")) && i + 1 < t.size()) {
            Integer every = NumberWords.ordinal(t.get(i + 1).lower());
            boolean time = i + 2 < t.size() && Phrases.TIME_WORDS.contains(t.get(i + 2).lower());
            if (every != null && !time && (every != 2 || w.equals("hver") || t.get(i + 1).is("other"))) {
                return part(1, every, i + 2);
            }
            return null;
        }
        if (i + 1 >= t.size()) {
            return null;
        }
        Integer count = w.equals("a") || w.equals("an") ? Integer.valueOf(1) : whole(t, i);
        Integer parts = NumberWords.parts(t.get(i + 1).lower());
        if (count != null && parts != null && count > 0 && (count < parts || (count == 1 && parts == 2))) {
            return part(count, parts, i + 2);
        }
        return outOf(t, i);
    }

    /** "to ud af tre", "2 ud af 3", "tre af fire", "one in four", "three out of four". */
    private static Core outOf(List<Token> t, int i) {
        NumberWords.Read count = NumberWords.number(t, i);
        if (count == null || count.decimals() > 0) {
            return null;
        }
        int j = i + count.tokens();
        int afterWords;
        if (j + 1 < t.size() && ((t.get(j).is("ud") && t.get(j + 1).is("af")) || (t.get(j).is("out") && t.get(j + 1).is("of")))) {
            afterWords = j + 2;
        } else if (j < t.size() && (t.get(j).is("in") || t.get(j).is("af"))) {
            afterWords = j + 1;
        } else {
            return null;
        }
        NumberWords.Read whole = NumberWords.number(t, afterWords);
        if (whole == null || whole.decimals() > 0 || whole.value() <= count.value() || whole.value() > 1000
                || (t.get(j).is("af") && whole.value() > 20)) {
            return null;
        }
        return part((int) count.value(), (int) whole.value(), afterWords + whole.tokens());
    }

    private static Integer whole(List<Token> t, int i) {
        NumberWords.Read n = NumberWords.number(t, i);
        return n == null || n.decimals() > 0 || n.tokens() > 1 ? null : (int) n.value();
    }

    private static Core part(int count, int parts, int end) {
        return Core.number(ClaimForm.FRACTION, 100.0 * count / parts, 0, end);
    }

    /** "mellem 70 og 75 procent", "between 70 and 75 percent". */
    private static Core between(List<Token> t, int i) {
        if (!(t.get(i).is("mellem") || t.get(i).is("between"))) {
            return null;
        }
        NumberWords.Read low = NumberWords.number(t, i + 1);
        if (low == null) {
            return null;
        }
        int j = i + 1 + low.tokens();
        if (j >= t.size() || !(t.get(j).is("og") || t.get(j).is("and"))) {
            return null;
        }
        NumberWords.Read high = NumberWords.number(t, j + 1);
        if (high == null) {
            return null;
        }
        int k = j + 1 + high.tokens();
        int[] unit = unit(t, k, low.inWords());
        if (unit == null || high.value() <= low.value()) {
            return null;
        }
        ClaimForm form = unit[0] == 0 ? ClaimForm.PERCENT : ClaimForm.POINTS;
        return Core.range(form, low.value(), high.value(), Math.max(low.decimals(), high.decimals()), k + unit[1]);
    }

    /** "75 procent", "75 pct.", "75 %", "75,0 %", "seventy-five percent", "70-75 procent", "60 procentpoint". */
    private static Core numberWithUnit(List<Token> t, int i) {
        NumberWords.Read n = NumberWords.number(t, i);
        if (n == null) {
            return null;
        }
        int j = i + n.tokens();
        NumberWords.Read high = null;
        if (j + 1 < t.size() && t.get(j).isDash() && t.get(j + 1).kind() == Token.Kind.NUMBER
                && t.get(j).start() - t.get(j - 1).end() <= 1) {
            high = NumberWords.number(t, j + 1);
            j = j + 1 + high.tokens();
        }
        int[] unit = unit(t, j, n.inWords());
        if (unit == null) {
            return null;
        }
        ClaimForm form = unit[0] == 0 ? ClaimForm.PERCENT : ClaimForm.POINTS;
        if (form == ClaimForm.PERCENT && n.value() > 100) {
            return null; // a growth or a rate, not a share of respondents
        }
        if (high != null) {
            return high.value() > n.value()
                    ? Core.range(form, n.value(), high.value(), Math.max(n.decimals(), high.decimals()), j + unit[1])
                    : null;
        }
        return Core.number(form, n.value(), n.decimals(), j + unit[1]);
    }

    /**
     * The unit at token {@code j}: {0, tokens} for percent, {1, tokens} for points; null if none. A number
     * in words takes "point" only as "procentpoint" or "percentage points" ("at one point" is no claim).
     */
    static int[] unit(List<Token> t, int j, boolean numberInWords) {
        if (j >= t.size()) {
            return null;
        }
        Token u = t.get(j);
        if (u.kind() == Token.Kind.PERCENT) {
            int k = j + 1;
            if (k < t.size() && t.get(k).isDash()) {
                k++;
            }
            if (k < t.size() && (t.get(k).is("point") || t.get(k).is("points")) && t.get(k).start() - u.end() <= 1) {
                return new int[] {1, k - j + 1}; // "%-point"
            }
            return new int[] {0, 1};
        }
        if (!u.isWord()) {
            return null;
        }
        if (u.is("pct")) {
            int k = j + 1;
            boolean stop = k < t.size() && t.get(k).isMark('.') && t.get(k).start() == u.end();
            int after = stop ? k + 1 : k;
            if (after < t.size() && t.get(after).isDash()) {
                after++;
            }
            if (after < t.size() && (t.get(after).is("point") || t.get(after).is("points"))
                    && t.get(after).start() - u.end() <= 2) {
                return new int[] {1, after - j + 1}; // "pct.-point", "pct.point"
            }
            return new int[] {0, stop ? 2 : 1};
        }
        if (u.is("per") && j + 1 < t.size() && t.get(j + 1).is("cent")) {
            return new int[] {0, 2};
        }
        if (u.is("percentage") && j + 1 < t.size() && (t.get(j + 1).is("point") || t.get(j + 1).is("points"))) {
            return new int[] {1, 2};
        }
        if (PERCENT_WORDS.contains(u.lower())) {
            return new int[] {0, 1};
        }
        if (POINT_WORDS.contains(u.lower()) && (!numberInWords || PERCENTAGE_POINT_WORDS.contains(u.lower()))) {
            return new int[] {1, 1};
        }
        return null;
    }
}
