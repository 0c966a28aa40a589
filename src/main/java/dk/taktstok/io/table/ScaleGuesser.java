package dk.taktstok.io.table;

import dk.taktstok.model.Category;
import dk.taktstok.model.Scale;
import dk.taktstok.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Guesses a scale from its category labels, in column order. "Don't know"-like labels get the role
 * DONT_KNOW; the others get scores n-1 … 0, the first column highest (tables usually start with the
 * most: "Som regel", "Helt enig"). When the first label is a low-end word ("Aldrig", "Helt uenig")
 * or the last a high-end word ("Altid", "Helt enig"), the scale runs the other way: 0 … n-1.
 * Top and bottom box stay empty: the upper and lower half by score.
 */
public final class ScaleGuesser {

    private static final List<String> DONT_KNOW = List.of(
            "ved ikke", "ved ik", "uoplyst", "ikke oplyst", "kan ikke vurdere", "kan ikke svare", "kan ikke sige",
            "ikke relevant", "irrelevant", "ønsker ikke at svare", "vil ikke svare", "vil ikke oplyse",
            "ingen mening", "ikke besvaret", "ubesvaret", "har ingen holdning", "ingen holdning",
            "don't know", "dont know", "do not know", "don't remember", "not sure", "unsure", "no answer",
            "prefer not to say", "prefer not to answer", "refused", "not applicable", "n/a", "no opinion",
            "can't say", "cannot say", "can't tell", "no response");

    private static final List<String> LOW_END = List.of(
            "aldrig", "never", "helt uenig", "meget uenig", "fuldstændig uenig", "overvejende uenig",
            "strongly disagree", "completely disagree", "totally disagree", "slet ikke", "overhovedet ikke",
            "not at all", "i meget lav grad", "i meget ringe grad", "i ringe grad", "i lav grad",
            "meget utilfreds", "helt utilfreds", "very dissatisfied", "completely dissatisfied",
            "meget dårlig", "meget dårligt", "very poor", "very bad", "meget usandsynligt", "very unlikely",
            "meget uvigtigt", "very unimportant", "not at all important", "meget lav", "very low", "ingen", "none");

    private static final List<String> HIGH_END = List.of(
            "altid", "always", "helt enig", "meget enig", "fuldstændig enig", "strongly agree",
            "completely agree", "totally agree", "i meget høj grad", "meget tilfreds", "helt tilfreds",
            "very satisfied", "completely satisfied", "meget god", "meget godt", "very good", "excellent",
            "fremragende", "meget sandsynligt", "very likely", "meget vigtigt", "very important",
            "extremely important", "meget høj", "very high");

    /** A leading scale point such as "1 =", "5.", "(1)" or "1 -" before the words. */
    private static final Pattern SCALE_POINT = Pattern.compile("^\\(?\\d{1,2}\\)?\\s*[=.:)\\-–]?\\s*(?=\\p{L})");

    private ScaleGuesser() {
    }

    public static Scale guess(String id, List<String> labels) {
        List<Integer> substantive = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            if (!isDontKnow(labels.get(i))) {
                substantive.add(i);
            }
        }
        boolean ascending = !substantive.isEmpty()
                && (isLowEnd(labels.get(substantive.getFirst())) || isHighEnd(labels.get(substantive.getLast())));
        int n = substantive.size();
        List<Category> categories = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Text label = Text.of(labels.get(i));
            int rank = substantive.indexOf(i);
            if (rank < 0) {
                categories.add(Category.dontKnow(label));
            } else {
                categories.add(Category.substantive(label, ascending ? rank : n - 1 - rank));
            }
        }
        return new Scale(id, categories);
    }

    public static boolean isDontKnow(String label) {
        return startsWithAny(words(label), DONT_KNOW);
    }

    static boolean isLowEnd(String label) {
        return startsWithAny(words(label), LOW_END);
    }

    static boolean isHighEnd(String label) {
        return startsWithAny(words(label), HIGH_END);
    }

    private static String words(String label) {
        String t = Texts.clean(label).toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
        return SCALE_POINT.matcher(t).replaceFirst("");
    }

    /** Whether the text is one of the phrases, or starts with one followed by a non-letter. */
    private static boolean startsWithAny(String text, List<String> phrases) {
        for (String phrase : phrases) {
            if (text.startsWith(phrase)
                    && (text.length() == phrase.length() || !Character.isLetter(text.charAt(phrase.length())))) {
                return true;
            }
        }
        return false;
    }
}
