package dk.taktstok.scales;

import dk.taktstok.scales.Placement.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways of placing a question's answers on a scale, each from the words' structure: a known ladder
 * of rungs, a pole with an intensity ("somewhat unlikely"), a period ("a few times per week"), numbers,
 * ranges of numbers, yes and no. Each places what it can and names what it cannot.
 */
final class Placers {

    /** A number as written in a range: "27.500", "$50,000", "1.5", "60". */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:[.,]\\d{3})+(?![.,]?\\d)|\\d+(?:[.,]\\d+)?");
    /** Words that put a range below its number ("under 18", "less than 27.499"). */
    private static final List<String> BELOW = List.of("less", "under", "below", "fewer", "younger", "up", "<", "mindre",
            "unter", "weniger", "bis", "højst", "hoejst", "max", "maximum", "upto");
    /** Words that put a range above its number ("over 60", "65 and older", "110.000+"). */
    private static final List<String> ABOVE = List.of("more", "over", "above", "older", "greater", ">", "+", "plus",
            "mindst", "über", "mehr", "mer", "minst", "least", "or more", "and up");
    /** Units of a duration, in years, so that "6 months" comes before "1-2 years". */
    private static final Map<String, Double> DURATION = Map.ofEntries(
            Map.entry("day", 1 / 365.0), Map.entry("days", 1 / 365.0), Map.entry("dage", 1 / 365.0),
            Map.entry("week", 1 / 52.0), Map.entry("weeks", 1 / 52.0), Map.entry("uger", 1 / 52.0),
            Map.entry("month", 1 / 12.0), Map.entry("months", 1 / 12.0), Map.entry("måneder", 1 / 12.0),
            Map.entry("mdr", 1 / 12.0), Map.entry("monate", 1 / 12.0), Map.entry("månader", 1 / 12.0));

    private final Vocabulary v;

    Placers(Vocabulary vocabulary) {
        this.v = vocabulary;
    }

    // --- yes and no --------------------------------------------------------------------------------

    Placement yesNo(List<String> labels) {
        var places = new LinkedHashMap<String, Double>();
        var unplaced = new ArrayList<String>();
        for (String label : labels) {
            String key = AnswerWords.key(label);
            if (v.yes.contains(key)) {
                places.put(label, 1.0);
            } else if (v.no.contains(key)) {
                places.put(label, 0.0);
            } else if (v.maybe.contains(key)) {
                places.put(label, 0.5);
            } else {
                unplaced.add(label);
            }
        }
        return new Placement(Method.YES_NO, "yes/no", places, unplaced);
    }

    // --- ladders -----------------------------------------------------------------------------------

    /** The ladder that holds most of the answers; ties go to the ladder listed first. */
    Placement ladder(List<String> labels) {
        Placement best = null;
        for (Vocabulary.Ladder ladder : v.ladders) {
            var places = new LinkedHashMap<String, Double>();
            var unplaced = new ArrayList<String>();
            for (String label : labels) {
                int rank = rank(ladder, label);
                if (rank >= 0) {
                    places.put(label, (double) (ladder.rungs().size() - rank));
                } else {
                    unplaced.add(label);
                }
            }
            if (best == null || places.size() > best.placed()) {
                best = new Placement(Method.LADDER, family(ladder.family()), places, unplaced);
            }
        }
        return best;
    }

    private static int rank(Vocabulary.Ladder ladder, String label) {
        String key = AnswerWords.key(label);
        int rank = ladder.rank(key);
        if (rank < 0 && key.length() > 3 && key.endsWith("t")) {
            rank = ladder.rank(key.substring(0, key.length() - 1)); // Scandinavian neuter: "greit", "godt"
        }
        if (rank < 0) {
            rank = ladder.rank(key + "t");
        }
        return rank;
    }

    /** "frequency-da" → "frequency": the language is not part of the family. */
    private static String family(String name) {
        int dash = name.indexOf('-');
        return dash < 0 ? name : name.substring(0, dash);
    }

    // --- poles -------------------------------------------------------------------------------------

    Placement poles(List<String> labels) {
        var found = new LinkedHashMap<String, PolePlace>();
        var unplaced = new ArrayList<String>();
        var families = new HashMap<String, Integer>();
        for (String label : labels) {
            PolePlace place = pole(label);
            if (place == null) {
                unplaced.add(label);
            } else {
                found.put(label, place);
                if (place.family() != null) {
                    families.merge(place.family(), 1, Integer::sum);
                }
            }
        }
        String family = families.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()).map(Map.Entry::getKey).orElse(null);
        var places = new LinkedHashMap<String, Double>();
        for (var entry : found.entrySet()) {
            PolePlace place = entry.getValue();
            if (place.family() == null || place.family().equals(family)) {
                places.put(entry.getKey(), place.place());
            } else {
                unplaced.add(entry.getKey());
            }
        }
        if (family == null) {
            unplaced.addAll(places.keySet()); // only middle answers: no scale
            places.clear();
        }
        return new Placement(Method.POLE, family, places, unplaced);
    }

    /** A place on a pole's family; family null for a middle answer that names none ("Neutral"). */
    record PolePlace(String family, double place) {
    }

    PolePlace pole(String label) {
        List<String> words = AnswerWords.words(label);
        AnswerWords.LeadingNumber number = AnswerWords.leadingNumber(label);
        if (number != null) {
            words = AnswerWords.words(number.rest());
        }
        if (words.isEmpty()) {
            return null;
        }
        String family = null;
        int sign = 0;
        int poleAt = -1;
        for (int i = 0; i < words.size(); i++) {
            for (Vocabulary.Pole pole : v.poles) {
                if (pole.matches(words.get(i))) {
                    if (family != null && !family.equals(pole.family())) {
                        if (!isNeutral(words)) {
                            return null; // words of two families: not one scale's answer
                        }
                    }
                    if (family == null) {
                        family = pole.family();
                        sign = pole.sign();
                        poleAt = i;
                    }
                }
            }
        }
        if (isNeutral(words)) {
            return new PolePlace(family, 0);
        }
        if (family == null) {
            return null;
        }
        boolean[] used = new boolean[words.size()];
        used[poleAt] = true;
        Double negation = strongest(v.negation, words, used);
        Double intensity = strongest(v.intensity, words, used);
        if (negation != null) {
            if (sign < 0) {
                return null; // "not unlikely": a double negative is no clear place
            }
            double place = negation == -2 && intensity != null ? -intensity : negation;
            return new PolePlace(family, place);
        }
        return new PolePlace(family, sign * (intensity != null ? intensity : 2));
    }

    private boolean isNeutral(List<String> words) {
        return v.neutral.stream().anyMatch(phrase -> AnswerWords.indexOf(words, phrase) >= 0);
    }

    /** The value of the longest phrase of {@code table} in the words not yet used; marks its words used. */
    private static Double strongest(Map<List<String>, Double> table, List<String> words, boolean[] used) {
        List<String> best = null;
        int bestAt = -1;
        for (List<String> phrase : table.keySet()) {
            if (best != null && phrase.size() <= best.size()) {
                continue;
            }
            int at = free(words, phrase, used);
            if (at >= 0) {
                best = phrase;
                bestAt = at;
            }
        }
        if (best == null) {
            return null;
        }
        for (int i = 0; i < best.size(); i++) {
            used[bestAt + i] = true;
        }
        return table.get(best);
    }

    private static int free(List<String> words, List<String> phrase, boolean[] used) {
        outer:
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            for (int j = 0; j < phrase.size(); j++) {
                if (used[i + j] || !words.get(i + j).equals(phrase.get(j))) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    // --- periods -----------------------------------------------------------------------------------

    Placement periods(List<String> labels) {
        var places = new LinkedHashMap<String, Double>();
        var unplaced = new ArrayList<String>();
        boolean anyPeriod = false;
        for (String label : labels) {
            Double perYear = perYear(label);
            if (perYear == null) {
                unplaced.add(label);
            } else {
                places.put(label, perYear);
                anyPeriod |= perYear > 0;
            }
        }
        if (!anyPeriod) {
            unplaced.addAll(places.keySet());
            places.clear();
        }
        return new Placement(Method.PERIOD, "frequency", places, unplaced);
    }

    /** How many times a year an answer says ("a few times per week" → 156), null when it is no frequency. */
    Double perYear(String label) {
        List<String> words = AnswerWords.words(label);
        if (words.isEmpty()) {
            return null;
        }
        if (words.size() == 1 && v.never.contains(words.getFirst())) {
            return 0.0;
        }
        Vocabulary.Unit unit = null;
        boolean marked = false;
        double count = 1;
        boolean counted = false;
        double factor = 1;
        var numbers = new ArrayList<Double>();
        for (String word : words) {
            Vocabulary.Unit u = v.units.get(word);
            if (u != null && unit == null) {
                unit = u;
                marked |= u.adverb();
            }
            marked |= v.markers.contains(word);
            if (v.counts.containsKey(word)) {
                count = counted ? Math.max(count, v.counts.get(word)) : v.counts.get(word); // "a few" is 3
                counted = true;
            }
            if (v.more.contains(word)) {
                factor = 1.5;
            } else if (v.less.contains(word)) {
                factor = 2 / 3.0;
            }
            if (word.matches("\\d+")) {
                numbers.add(Double.parseDouble(word));
            }
        }
        if (unit == null || !marked) {
            return null;
        }
        if (!numbers.isEmpty()) {
            count = numbers.stream().mapToDouble(Double::doubleValue).average().orElse(1);
        }
        return unit.perYear() * count * factor;
    }

    // --- numbers -----------------------------------------------------------------------------------

    /** Answers that are or start with a whole number: their number is their place. */
    Placement numbers(List<String> labels) {
        var places = new LinkedHashMap<String, Double>();
        var unplaced = new ArrayList<String>();
        for (String label : labels) {
            AnswerWords.LeadingNumber n = AnswerWords.leadingNumber(label);
            if (n == null) {
                unplaced.add(label);
            } else {
                places.put(label, (double) n.value());
            }
        }
        return new Placement(Method.NUMBERS, "rating", places, unplaced);
    }

    // --- ranges ------------------------------------------------------------------------------------

    /** Answers that name a number or a range of numbers ("18 - 29", "Less than 27.499 EUR", "> 60"). */
    Placement bands(List<String> labels) {
        var places = new LinkedHashMap<String, Double>();
        var unplaced = new ArrayList<String>();
        for (String label : labels) {
            Double at = band(label);
            if (at == null) {
                unplaced.add(label);
            } else {
                places.put(label, at);
            }
        }
        return new Placement(Method.BANDS, "ranges", places, unplaced);
    }

    static Double band(String label) {
        String key = AnswerWords.key(label);
        Matcher m = NUMBER.matcher(key);
        if (!m.find()) {
            return null;
        }
        double value = number(m.group());
        String before = spaced(key.substring(0, m.start()));
        String after = spaced(key.substring(m.end()));
        List<String> words = AnswerWords.split(key.replace("<", " < ").replace(">", " > ").replace("+", " + "));
        for (String word : words) {
            Double unit = DURATION.get(word);
            if (unit != null) {
                value *= unit;
                break;
            }
        }
        double nudge = 0;
        if (before.contains("<") || BELOW.stream().anyMatch(w -> containsWord(before, w))) {
            nudge = -0.25;
        } else if (before.contains(">") || after.strip().startsWith("+")
                || ABOVE.stream().anyMatch(w -> containsWord(before, w) || containsWord(after, w))) {
            nudge = 0.25;
        }
        return value + nudge * Math.max(1e-6, Math.abs(value) * 1e-3);
    }

    private static final Pattern NOT_WORD_OR_SIGN = Pattern.compile("[^\\p{L}\\p{N}<>+]+");

    /** A text with every run of other characters than letters, digits and signs a space, and spaces around. */
    private static String spaced(String text) {
        return " " + NOT_WORD_OR_SIGN.matcher(text).replaceAll(" ") + " ";
    }

    /** Whether a {@link #spaced} text holds a word. */
    private static boolean containsWord(String spaced, String word) {
        return spaced.contains(" " + word + " ");
    }

    /** "27.500" and "50,000" are thousands; "1.5" and "2,5" are decimals. */
    static double number(String written) {
        if (written.matches("\\d{1,3}(?:[.,]\\d{3})+")) {
            return Double.parseDouble(written.replaceAll("[.,]", ""));
        }
        return Double.parseDouble(written.replace(',', '.'));
    }
}
