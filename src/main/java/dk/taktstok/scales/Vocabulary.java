package dk.taktstok.scales;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scale vocabulary of {@code vocabulary.txt} (documented there and in docs/reading.md): the words of
 * missing answers, non-answers and "don't know", intensity and negation, the poles and ladders of the
 * scale families, yes and no, periods, ranking questions and summary rows. Data, not code: a newsroom
 * can read and extend it.
 */
final class Vocabulary {

    /** One family's upper or lower pole: words, a trailing '*' matching any word it starts. */
    record Pole(String family, int sign, List<String> words) {
        boolean matches(String word) {
            for (String w : words) {
                if (w.endsWith("*") ? word.startsWith(w.substring(0, w.length() - 1)) : word.equals(w)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A family's rungs from the top down, each a set of synonymous answers (as keys). */
    record Ladder(String family, List<Set<String>> rungs) {
        int rank(String key) {
            for (int r = 0; r < rungs.size(); r++) {
                if (rungs.get(r).contains(key)) {
                    return r;
                }
            }
            return -1;
        }
    }

    /** A unit of time and how many of it go in a year; an adverb ("weekly") is a frequency on its own. */
    record Unit(double perYear, boolean adverb) {
    }

    final Set<String> missing = new HashSet<>();
    final List<List<String>> nonAnswers = new ArrayList<>();
    final List<List<String>> dontKnows = new ArrayList<>();
    final Map<List<String>, Double> intensity = new LinkedHashMap<>();
    final Map<List<String>, Double> negation = new LinkedHashMap<>();
    final List<List<String>> neutral = new ArrayList<>();
    final List<Pole> poles = new ArrayList<>();
    final List<Ladder> ladders = new ArrayList<>();
    final Set<String> yes = new HashSet<>();
    final Set<String> no = new HashSet<>();
    final Set<String> maybe = new HashSet<>();
    final Map<String, Unit> units = new HashMap<>();
    final Map<String, Double> counts = new HashMap<>();
    final Set<String> markers = new HashSet<>();
    final Set<String> never = new HashSet<>();
    final Set<String> more = new HashSet<>();
    final Set<String> less = new HashSet<>();
    final List<List<String>> ranking = new ArrayList<>();
    final Set<String> summaryRows = new HashSet<>();

    private static final Vocabulary STANDARD = load();

    static Vocabulary standard() {
        return STANDARD;
    }

    private static Vocabulary load() {
        try (InputStream in = Vocabulary.class.getResourceAsStream("vocabulary.txt")) {
            if (in == null) {
                throw new IllegalStateException("vocabulary.txt is missing from the application");
            }
            var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            var lines = new ArrayList<String>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
            return parse(lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Vocabulary parse(List<String> lines) {
        var v = new Vocabulary();
        String section = null;
        Ladder ladder = null;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = line.substring(1, line.length() - 1).strip();
                ladder = null;
                if (section.startsWith("ladder ")) {
                    ladder = new Ladder(section.substring(7).strip(), new ArrayList<>());
                    v.ladders.add(ladder);
                }
                continue;
            }
            if (section == null) {
                throw new IllegalStateException("vocabulary.txt line " + (n + 1) + ": text before any section");
            }
            try {
                v.take(section, ladder, line);
            } catch (RuntimeException e) {
                throw new IllegalStateException("vocabulary.txt line " + (n + 1) + ": " + e.getMessage(), e);
            }
        }
        return v;
    }

    private void take(String section, Ladder ladder, String line) {
        if (ladder != null) {
            var rung = new HashSet<String>();
            for (String synonym : line.split("\\|")) {
                rung.add(AnswerWords.key(synonym));
            }
            ladder.rungs().add(rung);
            return;
        }
        if (section.startsWith("pole ")) {
            String family = section.substring(5).strip();
            int sign = line.startsWith("+") ? 1 : line.startsWith("-") ? -1 : 0;
            if (sign == 0) {
                throw new IllegalArgumentException("a pole line starts with + or -");
            }
            poles.add(new Pole(family, sign, List.of(line.substring(1).strip().split("\\s+"))));
            return;
        }
        switch (section) {
            case "missing" -> missing.add(AnswerWords.key(line));
            case "non-answer" -> nonAnswers.add(AnswerWords.allWords(line));
            case "dont-know" -> dontKnows.add(AnswerWords.allWords(line));
            case "intensity" -> intensity.put(phrase(line), value(line));
            case "negation" -> negation.put(phrase(line), value(line));
            case "neutral" -> neutral.add(AnswerWords.allWords(line));
            case "yes" -> yes.add(AnswerWords.key(line));
            case "no" -> no.add(AnswerWords.key(line));
            case "maybe" -> maybe.add(AnswerWords.key(line));
            case "period" -> period(line);
            case "ranking" -> ranking.add(AnswerWords.allWords(line));
            case "summary-row" -> summaryRows.add(AnswerWords.key(line));
            default -> throw new IllegalArgumentException("unknown section [" + section + "]");
        }
    }

    private void period(String line) {
        int colon = line.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("a period line is 'WHAT: words'");
        }
        String[] head = line.substring(0, colon).strip().split("\\s+");
        List<String> words = List.of(line.substring(colon + 1).strip().split("\\s+"));
        switch (head[0]) {
            case "count" -> words.forEach(w -> counts.put(w, Double.parseDouble(head[1])));
            case "marker" -> markers.addAll(words);
            case "never" -> never.addAll(words);
            case "more" -> more.addAll(words);
            case "less" -> less.addAll(words);
            default -> {
                var unit = new Unit(Double.parseDouble(head[1]), head.length > 2 && head[2].equals("adverb"));
                words.forEach(w -> units.put(w, unit));
            }
        }
    }

    private static List<String> phrase(String line) {
        return AnswerWords.allWords(line.substring(0, line.indexOf('=')));
    }

    private static double value(String line) {
        return Double.parseDouble(line.substring(line.indexOf('=') + 1).strip());
    }
}
