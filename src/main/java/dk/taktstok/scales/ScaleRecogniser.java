package dk.taktstok.scales;

import dk.taktstok.model.CategoryRole;
import dk.taktstok.model.Confidence;
import dk.taktstok.model.ScaleKind;
import dk.taktstok.scales.Placement.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the scale of a question from its answers, the way a person reads them: which answers are
 * no answers at all ("NA", "-"), which are non-answers ("Prefer not to say", "Not applicable") or
 * "don't know", and in which order the rest stand — from a known ladder ("Always … Never"), from a pole
 * and its intensity ("Very likely … Very unlikely", "Helt enig … Helt uenig"), from periods ("Daily …
 * Less often than monthly"), from numbers ("0 - Not at all satisfied … 10 - Completely satisfied"),
 * from ranges ("18 - 29", "Less than 27.499 EUR"), or yes and no. Answers that form no scale make a
 * nominal question. The order never comes from the order the answers were met in. The vocabulary is
 * the resource file {@code vocabulary.txt}.
 */
public final class ScaleRecogniser {

    /** "on a scale of 1 to 5", "from 0 to 10", "(0-10)": a range a question states for its numbers. */
    private static final Pattern RANGE = Pattern.compile(
            "(?iu)(?:^|[^\\d.,])([01])\\s*(?:to|-|–|til|bis|till|and|og|och|through)\\s*(\\d{1,3})(?![\\d.,]\\d)");
    /** "1 = Very poor", "1 being your favorite", "10 means extremely likely": a question's end labels. */
    private static final Pattern END_LABEL = Pattern.compile(
            "(?iu)(?:^|[\\s(,;])(\\d{1,3})\\s*(?:=|being|is|means|er|är|ist|-|–|:)\\s*([\\p{L}' ]{3,40})");
    /** More different numbers than this are no rating: ages, years. */
    private static final int MAX_RATING_SPAN = 10;

    private final Vocabulary vocabulary;
    private final Placers placers;

    private ScaleRecogniser(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.placers = new Placers(vocabulary);
    }

    private static final ScaleRecogniser STANDARD = new ScaleRecogniser(Vocabulary.standard());

    /** The recogniser with the vocabulary Taktstok ships. */
    public static ScaleRecogniser standard() {
        return STANDARD;
    }

    /** What one answer is, on its own: an answer, "don't know", a non-answer, or no answer at all. */
    public AnswerClass classify(String answer) {
        String key = AnswerWords.key(answer);
        if (key.isEmpty() || vocabulary.missing.contains(key)) {
            return AnswerClass.MISSING;
        }
        List<String> words = AnswerWords.allWords(answer);
        if (vocabulary.dontKnows.stream().anyMatch(p -> AnswerWords.startsWith(words, p))) {
            return AnswerClass.DONT_KNOW;
        }
        if (vocabulary.nonAnswers.stream().anyMatch(p -> AnswerWords.startsWith(words, p))) {
            return AnswerClass.NON_ANSWER;
        }
        for (List<String> inner : AnswerWords.parenthesised(answer)) {
            String innerKey = String.join(" ", inner);
            if (vocabulary.missing.contains(innerKey)
                    || vocabulary.nonAnswers.stream().anyMatch(p -> p.equals(inner))) {
                return AnswerClass.NON_ANSWER; // "Unfamiliar (N/A)"
            }
        }
        if (words.size() > 1 && (words.getLast().equals("na") || words.getLast().equals("n/a"))
                && key.matches(".*[/(-]\\s*n/?a\\)?$")) {
            return AnswerClass.NON_ANSWER; // "I don't use Twitter / NA"
        }
        return AnswerClass.ANSWER;
    }

    /**
     * The answers that stand on the same rung as {@code answer} in the ladders Taktstok knows: its
     * synonyms ("som regel", "oftest"), and the rung in the same place of the family's ladders in other
     * languages with as many rungs ("usually" for "som regel"). Keys as {@link AnswerWords#key}; empty for
     * an answer on no ladder.
     */
    public java.util.Set<String> synonyms(String answer) {
        String key = AnswerWords.key(answer);
        var found = new java.util.LinkedHashSet<String>();
        for (Vocabulary.Ladder ladder : vocabulary.ladders) {
            int rank = ladder.rank(key);
            if (rank < 0) {
                continue;
            }
            String family = familyOf(ladder);
            for (Vocabulary.Ladder other : vocabulary.ladders) {
                if (familyOf(other).equals(family) && other.rungs().size() == ladder.rungs().size()) {
                    found.addAll(other.rungs().get(rank));
                }
            }
        }
        found.remove(key);
        return found;
    }

    /** "frequency-da" and "frequency" are one family in two languages. */
    private static String familyOf(Vocabulary.Ladder ladder) {
        int dash = ladder.family().indexOf('-');
        return dash < 0 ? ladder.family() : ladder.family().substring(0, dash);
    }

    /**
     * Whether a "don't know" or a non-answer of the vocabulary may start with this word ("ved", "don't",
     * "ønsker"): a quick test before {@link #classify} for one who looks for such answers in running text.
     */
    public boolean mayStartNonAnswer(String word) {
        String key = AnswerWords.key(word);
        return vocabulary.dontKnows.stream().anyMatch(p -> p.getFirst().equals(key))
                || vocabulary.nonAnswers.stream().anyMatch(p -> p.getFirst().equals(key));
    }

    /** Whether a row's first cell marks a summary of the rows above ("Average", "Total", "I alt"). */
    public boolean isSummaryRow(String firstCell) {
        String key = AnswerWords.key(firstCell).replaceAll("[:()]", "").strip();
        return vocabulary.summaryRows.contains(key);
    }

    /** Whether a question asks for a ranking, so that its numbers are ranks (1 first), not ratings. */
    public boolean isRanking(String question) {
        if (question == null) {
            return false;
        }
        List<String> words = AnswerWords.allWords(question);
        return vocabulary.ranking.stream().anyMatch(p -> AnswerWords.indexOf(words, p) >= 0
                || p.size() == 1 && words.stream().anyMatch(w -> w.startsWith(p.getFirst()) && p.getFirst().length() >= 4));
    }

    public Recognition recognise(List<String> answers) {
        return recognise(answers, null, Map.of());
    }

    /**
     * @param answers  the distinct answers given, as the file writes them (blanks left out)
     * @param question the question's text, which may state a range ("on a scale of 1 to 5") or ask for a
     *                 ranking; null where there is none
     * @param counts   how often each answer was given, to order a nominal question's answers (most
     *                 given first); answers not in it count as 0
     */
    public Recognition recognise(List<String> answers, String question, Map<String, ? extends Number> counts) {
        var missing = new ArrayList<String>();
        var dontKnow = new ArrayList<String>();
        var nonAnswers = new ArrayList<String>();
        var substantive = new ArrayList<String>();
        for (String answer : answers) {
            switch (classify(answer)) {
                case MISSING -> missing.add(answer);
                case DONT_KNOW -> dontKnow.add(answer);
                case NON_ANSWER -> nonAnswers.add(answer);
                case ANSWER -> substantive.add(answer);
            }
        }
        skipCodes(substantive, missing);
        var reading = new Reading(substantive, dontKnow, nonAnswers, missing, question, counts);
        return reading.recognise();
    }

    /** Negative whole numbers among non-negative ones are skip codes (-1 "seen but not answered"). */
    private static void skipCodes(List<String> substantive, List<String> missing) {
        var negative = new ArrayList<String>();
        boolean nonNegative = false;
        for (String answer : substantive) {
            String key = AnswerWords.key(answer);
            if (key.matches("-\\d{1,3}")) {
                negative.add(answer);
            } else if (key.matches("\\d{1,3}")) {
                nonNegative = true;
            }
        }
        if (nonNegative && !negative.isEmpty()) {
            substantive.removeAll(negative);
            missing.addAll(negative);
        }
    }

    /** One question's reading: tries the ways of placing its answers and builds the recognition. */
    private final class Reading {
        final List<String> substantive;
        final List<String> dontKnow;
        final List<String> nonAnswers;
        final List<String> missing;
        final String question;
        final Map<String, ? extends Number> counts;

        Reading(List<String> substantive, List<String> dontKnow, List<String> nonAnswers, List<String> missing,
                String question, Map<String, ? extends Number> counts) {
            this.substantive = substantive;
            this.dontKnow = dontKnow;
            this.nonAnswers = nonAnswers;
            this.missing = missing;
            this.question = question;
            this.counts = counts == null ? Map.of() : counts;
        }

        Recognition recognise() {
            if (substantive.isEmpty()) {
                return nominal(substantive, "no answer is a position on a scale");
            }
            Placement yesNo = placers.yesNo(substantive);
            if (yesNo.unplaced().isEmpty()) {
                return yesNo(yesNo);
            }
            Placement numbers = placers.numbers(substantive);
            if (numbers.unplaced().isEmpty()) {
                Recognition rated = numbers(numbers);
                if (rated != null) {
                    return rated;
                }
            }
            List<Placement> ways = List.of(placers.ladder(substantive), placers.periods(substantive),
                    placers.poles(substantive));
            Optional<Placement> whole = ways.stream().filter(p -> p.unplaced().isEmpty() && p.placed() >= 2).findFirst();
            if (whole.isPresent()) {
                return ordinal(whole.get(), List.of());
            }
            Placement bands = placers.bands(substantive);
            if (bands.unplaced().isEmpty() && bands.placed() >= 2) {
                return bands(bands);
            }
            Optional<Placement> withStray = ways.stream()
                    .filter(p -> p.placed() >= 3 && p.unplaced().size() == 1).findFirst();
            if (withStray.isPresent()) {
                return ordinal(withStray.get(), withStray.get().unplaced());
            }
            return nominal(substantive, null);
        }

        private Recognition yesNo(Placement placement) {
            boolean maybe = placement.places().containsValue(0.5);
            var added = new ArrayList<String>();
            var places = new LinkedHashMap<>(placement.places());
            if (!maybe && !places.containsValue(0.0)) {
                complement(places.keySet().iterator().next()).ifPresent(no -> {
                    places.put(no, 0.0);
                    added.add(no);
                });
            } else if (!maybe && !places.containsValue(1.0)) {
                complement(places.keySet().iterator().next()).ifPresent(yes -> {
                    places.put(yes, 1.0);
                    added.add(yes);
                });
            }
            var answers = new ArrayList<Recognition.Answer>();
            places.entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .forEach(e -> answers.add(new Recognition.Answer(e.getKey(), CategoryRole.SUBSTANTIVE,
                            maybe ? e.getValue() * 2 : e.getValue())));
            appendOthers(answers, List.of());
            String top = answers.getFirst().label();
            return new Recognition(maybe ? ScaleKind.ORDINAL : ScaleKind.BINARY, "yes/no", Confidence.HIGH,
                    "the answers are yes or no" + (maybe ? " with a middle ('" + places.entrySet().stream()
                            .filter(e -> e.getValue() == 0.5).map(Map.Entry::getKey).findFirst().orElse("") + "')" : "")
                            + "; the measure is the share of '" + top + "'",
                    answers, missing, List.of(), added);
        }

        /** The other answer of a yes/no question, in the same language and case; empty when unsure. */
        private Optional<String> complement(String label) {
            String key = AnswerWords.key(label);
            String other = switch (key) {
                case "yes" -> "no";
                case "no" -> "yes";
                case "true" -> "false";
                case "false" -> "true";
                default -> null;
            };
            if (other == null) {
                return Optional.empty();
            }
            boolean capital = Character.isUpperCase(label.strip().charAt(0));
            boolean upper = label.strip().equals(label.strip().toUpperCase(java.util.Locale.ROOT));
            String written = upper ? other.toUpperCase(java.util.Locale.ROOT)
                    : capital ? Character.toUpperCase(other.charAt(0)) + other.substring(1) : other;
            return Optional.of(written);
        }

        /** A rating, ranks, a 0/1 question, or null when the numbers are none of these (ages, years). */
        private Recognition numbers(Placement placement) {
            var values = new TreeSet<>(placement.places().values());
            double min = values.first();
            double max = values.last();
            if (isRanking(question)) {
                return ranks(placement);
            }
            if (values.size() == 2 && min == 0 && max == 1 && placement.places().keySet().stream()
                    .allMatch(l -> AnswerWords.key(l).matches("[01]"))) {
                return zeroOne(placement);
            }
            int[] range = statedRange(min, max);
            if (min < 0 || max - min > MAX_RATING_SPAN && range == null || values.size() < 3 && range == null) {
                return null;
            }
            int direction = direction(placement);
            boolean labelled = direction != 0;
            boolean reversed = direction < 0;
            var added = new ArrayList<String>();
            var places = new LinkedHashMap<>(placement.places());
            if (range != null && range[1] - range[0] <= MAX_RATING_SPAN) {
                for (int k = range[0]; k <= range[1]; k++) {
                    if (!places.containsValue((double) k)) {
                        places.put(String.valueOf(k), (double) k);
                        added.add(String.valueOf(k));
                    }
                }
                min = Math.min(min, range[0]);
                max = Math.max(max, range[1]);
            }
            double lo = min;
            double hi = max;
            var answers = new ArrayList<Recognition.Answer>();
            places.entrySet().stream()
                    .sorted(reversed ? Map.Entry.comparingByValue() : Map.Entry.<String, Double>comparingByValue().reversed())
                    .forEach(e -> answers.add(new Recognition.Answer(e.getKey(), CategoryRole.SUBSTANTIVE,
                            reversed ? lo + hi - e.getValue() : e.getValue())));
            appendOthers(answers, List.of());
            String family = "rating " + fmt(lo) + "–" + fmt(hi);
            String top = answers.getFirst().label();
            Confidence confidence = labelled ? Confidence.HIGH : Confidence.LOW;
            String why = labelled
                    ? "the answers are a rating from " + fmt(lo) + " to " + fmt(hi) + " whose ends are labelled; '"
                    + top + "' is the top"
                    : "the answers are numbers from " + fmt(lo) + " to " + fmt(hi) + (range != null ? " (the question's range)" : "")
                    + " with no words saying which end is the top; the highest is taken as the top — check it";
            return new Recognition(ScaleKind.ORDINAL, family, confidence, why, answers, missing, List.of(), added);
        }

        /** 1 where it says the top is, -1 where it says the bottom is (reversed), 0 where no words say. */
        private int direction(Placement placement) {
            var byValue = new ArrayList<>(placement.places().entrySet());
            byValue.sort(Map.Entry.comparingByValue());
            Double low = endPlace(byValue.getFirst().getKey(), byValue.getFirst().getValue());
            Double high = endPlace(byValue.getLast().getKey(), byValue.getLast().getValue());
            if (low == null && high == null) {
                return 0;
            }
            if (high != null && low != null) {
                return high > low ? 1 : high < low ? -1 : 0;
            }
            if (high != null) {
                return high > 0 ? 1 : high < 0 ? -1 : 0;
            }
            return low < 0 ? 1 : low > 0 ? -1 : 0;
        }

        /** The place of the words that label an end, in the answer or in the question ("1 = Very poor"). */
        private Double endPlace(String label, double value) {
            AnswerWords.LeadingNumber n = AnswerWords.leadingNumber(label);
            String words = n == null ? "" : n.rest();
            if (words.isEmpty() && question != null) {
                Matcher m = END_LABEL.matcher(question);
                while (m.find()) {
                    if (Double.parseDouble(m.group(1)) == value) {
                        words = m.group(2);
                        break;
                    }
                }
            }
            if (words.isBlank()) {
                return null;
            }
            Placers.PolePlace pole = placers.pole(words);
            if (pole != null && pole.family() != null) {
                return pole.place();
            }
            Placement ladder = placers.ladder(List.of(words));
            if (ladder.placed() == 1) {
                double rung = ladder.places().values().iterator().next();
                return rung > 2 ? 1.0 : -1.0;
            }
            return null;
        }

        private int[] statedRange(double min, double max) {
            if (question == null) {
                return null;
            }
            Matcher m = RANGE.matcher(question);
            while (m.find()) {
                int lo = Integer.parseInt(m.group(1));
                int hi = Integer.parseInt(m.group(2));
                if (hi > lo && hi >= 2 && lo <= min && max <= hi) {
                    return new int[] {lo, hi};
                }
            }
            return null;
        }

        private Recognition ranks(Placement placement) {
            var answers = new ArrayList<Recognition.Answer>();
            placement.places().entrySet().stream().sorted(Map.Entry.comparingByValue())
                    .forEach(e -> answers.add(new Recognition.Answer(e.getKey(), CategoryRole.SUBSTANTIVE, -e.getValue())));
            appendOthers(answers, List.of());
            return new Recognition(ScaleKind.NOMINAL, "ranks", Confidence.HIGH,
                    "the question asks for a ranking, so the answers are ranks (1 is first): shares only, no top box,"
                            + " mean score or net", answers, missing, List.of(), List.of());
        }

        private Recognition zeroOne(Placement placement) {
            var answers = new ArrayList<Recognition.Answer>();
            placement.places().entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .forEach(e -> answers.add(new Recognition.Answer(e.getKey(), CategoryRole.SUBSTANTIVE, e.getValue())));
            appendOthers(answers, List.of());
            return new Recognition(ScaleKind.BINARY, "yes/no", Confidence.MEDIUM,
                    "the answers are 1 and 0, taken as yes and no; the measure is the share of 1", answers, missing,
                    List.of(), List.of());
        }

        private Recognition ordinal(Placement placement, List<String> strays) {
            var levels = new TreeSet<Double>(Comparator.reverseOrder());
            levels.addAll(placement.places().values());
            var byLevel = new ArrayList<>(levels);
            var answers = new ArrayList<Recognition.Answer>();
            placement.places().entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .forEach(e -> answers.add(new Recognition.Answer(e.getKey(), CategoryRole.SUBSTANTIVE,
                            (double) (byLevel.size() - 1 - byLevel.indexOf(e.getValue())))));
            var ties = ties(placement);
            appendOthers(answers, strays);
            String top = answers.getFirst().label();
            String bottom = answers.stream().filter(a -> a.role() == CategoryRole.SUBSTANTIVE)
                    .reduce((a, b) -> b).orElseThrow().label();
            String why = "the answers form a scale of " + placement.family() + ", from '" + top + "' at the top to '"
                    + bottom + "' at the bottom";
            Confidence confidence = Confidence.HIGH;
            if (!ties.isEmpty()) {
                confidence = Confidence.MEDIUM;
                why += "; " + String.join(" and ", ties.stream().map(t -> "'" + t + "'").toList())
                        + " have the same place on it";
            }
            if (!strays.isEmpty()) {
                why += "; '" + String.join("', '", strays) + "' is no place on it and is set aside";
            }
            return new Recognition(ScaleKind.ORDINAL, placement.family(), confidence, why, answers, missing, strays,
                    List.of());
        }

        private List<String> ties(Placement placement) {
            var seen = new LinkedHashMap<Double, List<String>>();
            placement.places().forEach((label, place) -> seen.computeIfAbsent(place, p -> new ArrayList<>()).add(label));
            return seen.values().stream().filter(l -> l.size() > 1).flatMap(List::stream).toList();
        }

        private Recognition bands(Placement placement) {
            var answers = new ArrayList<Recognition.Answer>();
            var sorted = placement.places().entrySet().stream().sorted(Map.Entry.comparingByValue()).toList();
            for (int i = 0; i < sorted.size(); i++) {
                answers.add(new Recognition.Answer(sorted.get(i).getKey(), CategoryRole.SUBSTANTIVE, (double) i));
            }
            appendOthers(answers, List.of());
            return new Recognition(ScaleKind.NOMINAL, "ranges", Confidence.HIGH,
                    "the answers are numbers or ranges of numbers, shown from the lowest; they are no scale with a top,"
                            + " so shares only", answers, missing, List.of(), List.of());
        }

        private Recognition nominal(List<String> labels, String reason) {
            var ordered = new ArrayList<>(labels);
            ordered.sort(Comparator.comparingDouble((String l) -> -count(l)));
            var answers = new ArrayList<Recognition.Answer>();
            for (int i = 0; i < ordered.size(); i++) {
                answers.add(new Recognition.Answer(ordered.get(i), CategoryRole.SUBSTANTIVE, (double) (ordered.size() - 1 - i)));
            }
            appendOthers(answers, List.of());
            String shown = String.join(", ", ordered.stream().limit(5).map(l -> "'" + shorten(l) + "'").toList())
                    + (ordered.size() > 5 ? ", …" : "");
            String why = (reason != null ? reason : "the answers (" + shown + ") form no scale Taktstok knows")
                    + ": a nominal question, shares and n only, no top box, mean score or net"
                    + " (a scale's order can be given in the study file: taktstok convert)";
            return new Recognition(ScaleKind.NOMINAL, null, Confidence.MEDIUM, why, answers, missing, List.of(), List.of());
        }

        private double count(String label) {
            Number n = counts.get(label);
            return n == null ? 0 : n.doubleValue();
        }

        /** "Don't know" answers, then non-answers and set-aside answers, after the substantive ones. */
        private void appendOthers(List<Recognition.Answer> answers, List<String> strays) {
            dontKnow.forEach(l -> answers.add(new Recognition.Answer(l, CategoryRole.DONT_KNOW, null)));
            nonAnswers.forEach(l -> answers.add(new Recognition.Answer(l, CategoryRole.MISSING, null)));
            strays.forEach(l -> answers.add(new Recognition.Answer(l, CategoryRole.MISSING, null)));
        }
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 30 ? flat : flat.substring(0, 29).stripTrailing() + "…";
    }
}
