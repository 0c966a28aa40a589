package dk.taktstok.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of the claim forms, Danish and English: the bounds before a number, the quantifiers, the
 * comparatives, the units. docs/claim-check.md lists them with the values they stand for.
 */
final class Phrases {

    /** A phrase of one or more words and what it stands for. */
    record Phrase<T>(List<String> words, T meaning) {
    }

    /** A quantifier's claim: its form and the shares, in percent, that make it true. */
    record Quantifier(ClaimForm form, Interval holds, double threshold) {
    }

    static final List<Phrase<Bound>> BOUNDS = phrases(Map.ofEntries(
            Map.entry(Bound.MORE_THAN, new String[] {"mere end", "flere end", "over", "godt over", "langt over",
                "langt mere end", "more than", "above", "well over", "well above", "upwards of", "in excess of"}),
            Map.entry(Bound.AT_LEAST, new String[] {"mindst", "ikke under", "ikke færre end", "ikke mindre end",
                "at least", "no fewer than", "no less than", "not less than"}),
            Map.entry(Bound.LESS_THAN, new String[] {"mindre end", "færre end", "under", "less than", "fewer than",
                "below"}),
            Map.entry(Bound.AT_MOST, new String[] {"højst", "maksimalt", "op til", "ikke mere end", "ikke flere end",
                "ikke over", "at most", "up to", "no more than", "not more than", "maximum"}),
            Map.entry(Bound.JUST_UNDER, new String[] {"knap", "knapt", "næsten", "lidt under", "lige under",
                "lidt mindre end", "lidt færre end", "nearly", "almost", "just under", "just below", "slightly under",
                "slightly less than", "a little under", "a little less than", "not quite", "close to but under"}),
            Map.entry(Bound.JUST_OVER, new String[] {"godt", "godt og vel", "lidt over", "lige over", "lidt mere end",
                "lidt flere end", "just over", "just above", "slightly over", "slightly more than", "a little over",
                "a little more than", "a bit over", "a bit more than"}),
            Map.entry(Bound.ABOUT, new String[] {"omkring", "cirka", "ca", "circa", "omtrent", "rundt regnet",
                "i omegnen af", "tæt på", "around", "about", "roughly", "approximately", "some", "close to",
                "in the region of", "an estimated"})));

    static final List<Phrase<Quantifier>> QUANTIFIERS = phrases(Map.ofEntries(
            Map.entry(new Quantifier(ClaimForm.MAJORITY, Interval.above(50, false), 50), new String[] {
                "et flertal", "flertallet", "de fleste", "hovedparten", "størstedelen", "den største del",
                "a majority", "the majority", "most of"}),
            Map.entry(new Quantifier(ClaimForm.MAJORITY, Interval.above(70, true), 70), new String[] {
                "et stort flertal", "et klart flertal", "et massivt flertal", "et overvældende flertal",
                "langt de fleste", "a large majority", "a clear majority", "the vast majority", "a vast majority",
                "an overwhelming majority", "the great majority", "the overwhelming majority"}),
            Map.entry(new Quantifier(ClaimForm.MAJORITY, new Interval(50, false, 55, true), 50), new String[] {
                "et lille flertal", "et knebent flertal", "et snævert flertal", "a slim majority",
                "a narrow majority", "a small majority", "a slight majority", "a bare majority"}),
            Map.entry(new Quantifier(ClaimForm.MINORITY, Interval.below(50, false), 50), new String[] {
                "et mindretal", "mindretallet", "a minority", "the minority"}),
            Map.entry(new Quantifier(ClaimForm.MINORITY, Interval.below(20, true), 20), new String[] {
                "et lille mindretal", "a small minority", "a tiny minority"}),
            Map.entry(new Quantifier(ClaimForm.FEW, Interval.below(20, true), 20), new String[] {
                "kun få", "forholdsvis få", "relativt få", "få af", "only a few", "just a few", "relatively few",
                "few"}),
            Map.entry(new Quantifier(ClaimForm.FEW, Interval.below(10, true), 10), new String[] {
                "meget få", "ganske få", "yderst få", "very few", "extremely few"}),
            Map.entry(new Quantifier(ClaimForm.ALMOST_ALL, Interval.above(90, true), 90), new String[] {
                "næsten alle", "stort set alle", "så godt som alle", "næsten samtlige", "almost all", "nearly all",
                "virtually all", "practically all"})));

    /** Comparatives that make "greater than" with "end" (Danish) or "than" (English). */
    static final List<Phrase<Quantity.Direction>> COMPARATIVES = phrases(Map.ofEntries(
            Map.entry(Quantity.Direction.GREATER, new String[] {"flere", "oftere", "hyppigere", "mere", "større",
                "højere", "i højere grad", "more often", "more frequently", "more likely", "more", "higher", "larger",
                "greater"}),
            Map.entry(Quantity.Direction.LESS, new String[] {"færre", "sjældnere", "mindre", "lavere",
                "i mindre grad", "less often", "less frequently", "less likely", "more rarely", "more seldom",
                "fewer", "less", "lower", "smaller"})));

    /** The word after a comparative that leads to what is compared: Danish "end", English "than". */
    static final Set<String> THAN = Set.of("end", "than");

    /** The word of "dobbelt så mange som", "twice as many as". */
    static final Set<String> AS = Set.of("som", "as");

    /** The words after "så" / "as" that make a ratio: "dobbelt så mange", "twice as often". */
    static final Set<String> RATIO_WORDS = Set.of("mange", "ofte", "hyppigt", "stor", "store", "høj", "høje",
            "meget", "tit", "many", "often", "much", "likely", "frequently", "high", "large", "big",
            "common");

    /** Comparatives after "N gange" / "N times": "tre gange flere end", "three times more than". */
    static final Set<String> RATIO_COMPARATIVES = Set.of("flere", "oftere", "mere", "hyppigere", "større", "højere",
            "more", "higher", "larger", "greater");

    /** Words after "hver fjerde" / "every fourth" that make it a time, not a share. */
    static final Set<String> TIME_WORDS = Set.of("dag", "dage", "uge", "uger", "måned", "måneder", "år", "gang",
            "gange", "time", "timer", "minut", "minutter", "weekend", "day", "days", "week", "weeks", "month",
            "months", "year", "years", "times", "hour", "hours", "minute", "minutes");

    /** Words before "få" that make it the quantifier "few", not the verb "get". */
    static final Set<String> FEW_BEFORE = Set.of("kun", "meget", "ganske", "forholdsvis", "relativt", "yderst", "så");

    /** Words that split a sentence into parts that each say their own thing (after a comma). */
    static final Set<String> CONJUNCTIONS = Set.of("men", "mens", "hvorimod", "hvor", "og", "samt", "but", "while",
            "whereas", "where", "and", "yet");

    /** Every word a phrase starts with, so that most tokens are passed over at once. */
    private static final Set<String> FIRST_WORDS = firstWords();

    private Phrases() {
    }

    private static Set<String> firstWords() {
        var words = new java.util.HashSet<String>();
        for (List<? extends Phrase<?>> list : List.of(BOUNDS, QUANTIFIERS, COMPARATIVES)) {
            list.forEach(p -> words.add(p.words().getFirst()));
        }
        return Set.copyOf(words);
    }

    private static <T> List<Phrase<T>> phrases(Map<T, String[]> table) {
        var list = new ArrayList<Phrase<T>>();
        table.forEach((meaning, texts) -> {
            for (String text : texts) {
                list.add(new Phrase<>(List.of(text.split(" ")), meaning));
            }
        });
        // the longest first, so that "lidt over" wins over "over"
        list.sort((a, b) -> b.words().size() - a.words().size());
        return List.copyOf(list);
    }

    /** The longest phrase that ends just before token {@code end} (exclusive), or null. */
    static <T> Phrase<T> endingAt(List<Phrase<T>> phrases, List<Token> tokens, int end, int notBefore) {
        for (Phrase<T> phrase : phrases) {
            int start = end - phrase.words().size();
            if (start >= notBefore && matches(phrase, tokens, start)) {
                return phrase;
            }
        }
        return null;
    }

    /** The longest phrase that starts at token {@code start}, or null. */
    static <T> Phrase<T> startingAt(List<Phrase<T>> phrases, List<Token> tokens, int start) {
        if (start >= tokens.size() || !FIRST_WORDS.contains(tokens.get(start).lower())) {
            return null;
        }
        for (Phrase<T> phrase : phrases) {
            if (start + phrase.words().size() <= tokens.size() && matches(phrase, tokens, start)) {
                return phrase;
            }
        }
        return null;
    }

    private static boolean matches(Phrase<?> phrase, List<Token> tokens, int start) {
        for (int k = 0; k < phrase.words().size(); k++) {
            Token t = tokens.get(start + k);
            if (!t.isWord() || !t.lower().equals(phrase.words().get(k))) {
                return false;
            }
        }
        return true;
    }
}
