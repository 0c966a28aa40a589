package dk.taktstok.io.respondents;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the answers of a question in the order of their scale, which respondent rows do not show:
 * by the answer scales survey tools use (frequency, agreement, satisfaction, degree, importance,
 * quality, yes/no; Danish and English), else by the numbers the answers are or start with. Each ladder
 * lists its rungs from the highest down; synonyms share a rung.
 */
final class AnswerOrder {

    private static final List<List<List<String>>> LADDERS = List.of(
            ladder("altid", "næsten altid", "som regel|oftest|for det meste|meget ofte", "ofte",
                    "somme tider|sommetider|nogle gange|af og til|en gang imellem", "sjældent",
                    "meget sjældent|næsten aldrig", "aldrig"),
            ladder("always", "almost always", "usually|as a rule|most of the time|very often", "often",
                    "sometimes|occasionally", "rarely|seldom", "very rarely|almost never|hardly ever", "never"),
            ladder("helt enig|fuldstændig enig", "meget enig", "delvis enig|delvist enig|overvejende enig|enig|lidt enig",
                    "hverken enig eller uenig|hverken/eller|hverken eller|neutral",
                    "delvis uenig|delvist uenig|overvejende uenig|uenig|lidt uenig", "meget uenig", "helt uenig|fuldstændig uenig"),
            ladder("strongly agree|completely agree", "agree|somewhat agree|tend to agree|partly agree|mostly agree",
                    "neither agree nor disagree|neither|neutral",
                    "disagree|somewhat disagree|tend to disagree|partly disagree|mostly disagree",
                    "strongly disagree|completely disagree"),
            ladder("meget tilfreds", "tilfreds", "hverken tilfreds eller utilfreds", "utilfreds", "meget utilfreds"),
            ladder("very satisfied", "satisfied", "neither satisfied nor dissatisfied", "dissatisfied", "very dissatisfied"),
            ladder("i meget høj grad", "i høj grad", "i nogen grad", "i mindre grad|i lav grad|i ringe grad",
                    "i meget lav grad|i meget ringe grad", "slet ikke|overhovedet ikke|i ingen grad"),
            ladder("to a very great extent|to a very large extent", "to a great extent|to a large extent",
                    "to some extent|to a moderate extent", "to a small extent|to a limited extent", "not at all"),
            ladder("meget vigtigt|meget vigtig", "vigtigt|vigtig", "hverken vigtigt eller uvigtigt",
                    "mindre vigtigt|ikke særlig vigtigt|uvigtigt", "slet ikke vigtigt|helt uvigtigt"),
            ladder("very important|extremely important", "important|fairly important", "neither important nor unimportant",
                    "not very important|unimportant", "not at all important"),
            ladder("meget godt|meget god", "godt|god", "hverken godt eller dårligt|hverken god eller dårlig|middel",
                    "dårligt|dårlig", "meget dårligt|meget dårlig"),
            ladder("excellent", "very good", "good", "fair|neither good nor bad", "poor|bad", "very poor|very bad"),
            ladder("ja", "nej"),
            ladder("yes", "no"));

    /** A leading scale point such as "1 =", "5.", "(1)" or "1 -" before the words. */
    private static final Pattern SCALE_POINT = Pattern.compile("^\\(?(\\d{1,3})\\)?\\s*[=.:)\\-–]?\\s*(?=\\p{L})");

    private AnswerOrder() {
    }

    /**
     * The labels in their scale's order, highest first, when a ladder holds them all or every label is or
     * starts with a number (higher numbers first); empty when no order is known.
     */
    static java.util.Optional<List<String>> order(List<String> substantive) {
        for (List<List<String>> ladder : LADDERS) {
            var ranks = new ArrayList<Integer>();
            for (String label : substantive) {
                int rank = rank(ladder, label);
                if (rank < 0) {
                    break;
                }
                ranks.add(rank);
            }
            if (ranks.size() == substantive.size() && !substantive.isEmpty()) {
                var order = new ArrayList<>(substantive);
                order.sort(Comparator.comparingInt(l -> rank(ladder, l)));
                return java.util.Optional.of(order);
            }
        }
        if (!substantive.isEmpty() && substantive.stream().allMatch(l -> number(l).isPresent())) {
            var order = new ArrayList<>(substantive);
            order.sort(Comparator.comparingInt((String l) -> number(l).getAsInt()).reversed());
            return java.util.Optional.of(order);
        }
        return java.util.Optional.empty();
    }

    /** The number a label is ("3") or starts with ("3 = Somme tider"); empty for other labels. */
    static OptionalInt number(String label) {
        String t = label.strip();
        if (t.matches("-?\\d{1,6}")) {
            return OptionalInt.of(Integer.parseInt(t));
        }
        Matcher m = SCALE_POINT.matcher(t);
        return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }

    private static int rank(List<List<String>> ladder, String label) {
        String key = key(label);
        for (int r = 0; r < ladder.size(); r++) {
            if (ladder.get(r).contains(key)) {
                return r;
            }
        }
        return -1;
    }

    private static String key(String label) {
        String t = Normalizer.normalize(label, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT)
                .replace('’', '\'');
        t = SCALE_POINT.matcher(t).replaceFirst("");
        return t.replaceAll("[\\s]+", " ").replaceAll("[.!]+$", "").strip();
    }

    private static List<List<String>> ladder(String... rungs) {
        return java.util.Arrays.stream(rungs).map(r -> List.of(r.split("\\|"))).toList();
    }
}
