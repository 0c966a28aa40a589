package dk.taktstok.io.table;

import dk.taktstok.model.Category;
import dk.taktstok.model.CategoryRole;
import dk.taktstok.model.Confidence;
import dk.taktstok.model.Scale;
import dk.taktstok.model.ScaleKind;
import dk.taktstok.model.ScaleReading;
import dk.taktstok.model.Text;
import dk.taktstok.scales.AnswerClass;
import dk.taktstok.scales.Recognition;
import dk.taktstok.scales.ScaleRecogniser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The scale of a report's table, from its category labels. A table keeps its categories in the order
 * it shows them (its author's order); which of them are answers on a scale, "don't know" or a shown
 * non-answer ("No answer"), and the answers' scores, come from the {@link ScaleRecogniser}. Categories
 * that form no scale make a nominal question — unless they read as degrees of something the recogniser
 * does not know ("Meget stor grad … Ringe grad"), when the table's order is the only evidence of the
 * scale: it is then taken, with low confidence and a warning that says so.
 */
public final class ScaleGuesser {

    /** A table's scale and, where it is a guess, the warning that says so at the table. */
    public record TableScale(Scale scale, String warning) {
    }

    private static final ScaleRecogniser RECOGNISER = ScaleRecogniser.standard();

    /** Recent recognitions: a finder asks about the same header many times over as it tries rows. */
    private static final int CACHED = 256;
    private static final Map<List<Object>, Recognition> RECENT = new java.util.LinkedHashMap<>(CACHED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Recognition> eldest) {
            return size() > CACHED;
        }
    };

    /** Words of an end of a scale: the first of a scale running upwards, or the last of one running down. */
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

    /** Words that grade an answer ("very", "a little", "meget", "i nogen grad"): answers graded so form a scale. */
    private static final Pattern DEGREE = Pattern.compile("(?iu)(?<!\\p{L})(very|extremely|somewhat|slightly|fairly"
            + "|a little|a lot|a great deal|not at all|not very|completely|partly|mostly|moderately|highly|quite"
            + "|meget|lidt|noget|slet ikke|helt|delvis|delvist|overvejende|grad|sehr|etwas|ziemlich|mycket|ganska"
            + "|något|veldig|litt|noe|svært)(?!\\p{L})");

    /** A leading scale point such as "1 =", "5.", "(1)" or "1 -" before the words. */
    private static final Pattern SCALE_POINT = Pattern.compile("^\\(?\\d{1,2}\\)?\\s*[=.:)\\-–]?\\s*(?=\\p{L})");

    private ScaleGuesser() {
    }

    /** The scale of a table whose categories are {@code labels}, in the table's order. */
    public static Scale guess(String id, List<String> labels) {
        return forTable(id, labels, null).scale();
    }

    /**
     * @param labels   the categories in the order the table shows them
     * @param question the table's question, which may state a range ("from 1 to 5"); null where there is none
     */
    public static TableScale forTable(String id, List<String> labels, String question) {
        Recognition recognition = recognise(labels, question);
        Map<String, Recognition.Answer> answers = new HashMap<>();
        recognition.answers().forEach(a -> answers.put(a.label(), a));
        if (recognition.kind() == ScaleKind.NOMINAL && recognition.family() == null && isGraded(labels, answers)) {
            return inTableOrder(id, labels, answers);
        }
        List<Category> categories = new ArrayList<>();
        for (String label : labels) {
            Recognition.Answer answer = answers.get(label);
            categories.add(answer == null
                    ? new Category(Text.of(label), CategoryRole.MISSING, null) // "N/A" as a heading: no answer at all
                    : new Category(Text.of(label), answer.role(), answer.score()));
        }
        ScaleReading reading = new ScaleReading(recognition.family(), recognition.confidence(), recognition.why());
        return new TableScale(new Scale(id, categories, List.of(), List.of(), recognition.kind(), reading), null);
    }

    /**
     * The scale of options of which respondents could choose several (each group's shares sum to more than
     * 100): shares only. Non-answers ("No answer") keep their role.
     */
    public static TableScale forOptions(String id, List<String> labels) {
        List<Category> categories = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            AnswerClass kind = RECOGNISER.classify(labels.get(i));
            categories.add(switch (kind) {
                case ANSWER -> Category.substantive(Text.of(labels.get(i)), labels.size() - 1 - i);
                case DONT_KNOW -> Category.dontKnow(Text.of(labels.get(i)));
                case NON_ANSWER, MISSING -> new Category(Text.of(labels.get(i)), CategoryRole.MISSING, null);
            });
        }
        String why = "each group's shares sum to more than 100, so respondents could choose several of the answers:"
                + " each share is of those asked, and there is no top box, mean score or net";
        return new TableScale(new Scale(id, categories, List.of(), List.of(), ScaleKind.MULTIPLE,
                new ScaleReading("options", Confidence.MEDIUM, why)), null);
    }

    /** Whether the labels form an ordinal or yes/no scale the recogniser knows ("Agree … Disagree"). */
    static boolean formsKnownScale(List<String> labels) {
        Recognition recognition = recognise(labels, null);
        return recognition.family() != null
                && (recognition.kind() == ScaleKind.ORDINAL || recognition.kind() == ScaleKind.BINARY);
    }

    private static Recognition recognise(List<String> labels, String question) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(labels));
        List<Object> key = java.util.Arrays.asList(distinct, question);
        synchronized (RECENT) {
            Recognition known = RECENT.get(key);
            if (known != null) {
                return known;
            }
        }
        Recognition recognition = RECOGNISER.recognise(distinct, question, Map.of());
        synchronized (RECENT) {
            RECENT.put(key, recognition);
        }
        return recognition;
    }

    /**
     * An ordinal scale in the table's order: the first column highest (tables usually start with the
     * most: "Meget stor grad"), unless the first is a low-end word or the last a high-end word.
     */
    private static TableScale inTableOrder(String id, List<String> labels, Map<String, Recognition.Answer> answers) {
        List<String> substantive = labels.stream().filter(l -> isSubstantive(l, answers)).toList();
        boolean ascending = isLowEnd(substantive.getFirst()) || isHighEnd(substantive.getLast());
        int n = substantive.size();
        List<Category> categories = new ArrayList<>();
        for (String label : labels) {
            int rank = substantive.indexOf(label);
            categories.add(rank < 0 ? new Category(Text.of(label), roleOf(label, answers), null)
                    : Category.substantive(Text.of(label), ascending ? rank : n - 1 - rank));
        }
        String top = ascending ? substantive.getLast() : substantive.getFirst();
        String bottom = ascending ? substantive.getFirst() : substantive.getLast();
        String why = "Taktstok does not know these answers as a scale; the table's order is taken as the scale's, from '"
                + top + "' at the top to '" + bottom + "' at the bottom — check it, and correct it in the study file"
                + " (taktstok convert) if it is wrong";
        Scale scale = new Scale(id, categories, List.of(), List.of(), ScaleKind.ORDINAL,
                new ScaleReading(null, Confidence.LOW, why));
        return new TableScale(scale, why);
    }

    private static boolean isSubstantive(String label, Map<String, Recognition.Answer> answers) {
        Recognition.Answer answer = answers.get(label);
        return answer != null && answer.role() == CategoryRole.SUBSTANTIVE;
    }

    private static CategoryRole roleOf(String label, Map<String, Recognition.Answer> answers) {
        Recognition.Answer answer = answers.get(label);
        return answer == null ? CategoryRole.MISSING : answer.role();
    }

    /** Answers graded by degree words, or with a known end word at either end, are a scale. */
    private static boolean isGraded(List<String> labels, Map<String, Recognition.Answer> answers) {
        List<String> substantive = labels.stream().filter(l -> isSubstantive(l, answers)).toList();
        if (substantive.size() < 2) {
            return false;
        }
        if (isLowEnd(substantive.getFirst()) || isHighEnd(substantive.getLast())
                || isHighEnd(substantive.getFirst()) || isLowEnd(substantive.getLast())) {
            return true;
        }
        long graded = substantive.stream().filter(l -> DEGREE.matcher(l).find()).count();
        return graded >= 2 && graded * 2 >= substantive.size();
    }

    /** Whether a label is "don't know" or a non-answer ("Ved ikke", "No answer", "Prefer not to say"). */
    public static boolean isDontKnow(String label) {
        AnswerClass kind = RECOGNISER.classify(label);
        return kind == AnswerClass.DONT_KNOW || kind == AnswerClass.NON_ANSWER;
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
