package dk.taktstok.io.respondents;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Answers of a question where several options may be chosen, written into one cell joined by commas
 * ("I am autistic, I am a parent") as Google Forms and Qualtrics export them. An option's own text may hold
 * a comma, so a cell is split against the options that occur alone, not at every comma.
 */
final class JoinedAnswers {

    /** How many distinct cells must be joins of options before a column is taken for joined answers. */
    static final int MIN_JOINED = 2;
    /** Longer cells are not split against the options (free text). */
    private static final int MAX_CHARS = 2000;

    private JoinedAnswers() {
    }

    /**
     * Each distinct answer's options, when at least {@link #MIN_JOINED} distinct answers are joins of two or
     * more answers that occur alone; empty otherwise.
     */
    static Optional<Map<String, List<String>>> split(Set<String> answers) {
        // the options are the answers that are no join of others, and the pieces of joins nobody chose alone:
        // joins are taken out, and their new pieces taken in, until nothing changes
        var atoms = new ArrayList<>(answers);
        atoms.sort(Comparator.comparingInt(String::length).reversed());
        for (int round = 0; round < 4; round++) {
            var joins = new ArrayList<String>();
            var found = new LinkedHashSet<String>();
            for (String answer : atoms) {
                List<String> parts = parts(answer, atoms);
                if (parts != null && parts.size() >= 2) {
                    joins.add(answer);
                    found.addAll(parts);
                }
            }
            found.removeAll(atoms);
            if (joins.isEmpty() && found.isEmpty()) {
                break;
            }
            atoms.removeAll(joins);
            atoms.addAll(found);
            atoms.sort(Comparator.comparingInt(String::length).reversed());
        }
        var result = new LinkedHashMap<String, List<String>>();
        int joined = 0;
        for (String answer : answers) {
            List<String> parts = atoms.contains(answer) ? null : parts(answer, atoms);
            if (parts != null && parts.size() >= 2) {
                joined++;
                result.put(answer, parts);
            } else {
                result.put(answer, List.of(answer));
            }
        }
        return joined >= MIN_JOINED ? Optional.of(result) : Optional.empty();
    }

    private static List<String> parts(String answer, List<String> atoms) {
        List<String> parts = answer.length() > MAX_CHARS ? null : parse(answer, 0, atoms, answer);
        return parts != null ? parts : pieces(answer, atoms);
    }

    /**
     * An answer split at its commas where options that occur alone do not cover it all (an option nobody
     * chose alone): options that occur alone are kept whole, the rest is taken piece by piece; null unless
     * at least one piece is an option that occurs alone.
     */
    private static List<String> pieces(String answer, List<String> atoms) {
        String separator = answer.contains(", ") ? ", " : answer.contains(",") ? "," : answer.contains(";") ? ";" : null;
        if (separator == null) {
            return null;
        }
        String[] split = answer.split(java.util.regex.Pattern.quote(separator));
        var parts = new ArrayList<String>();
        boolean known = false;
        int i = 0;
        while (i < split.length) {
            int match = -1;
            for (int j = split.length; j > i; j--) {
                String joined = String.join(separator, java.util.Arrays.asList(split).subList(i, j)).strip();
                if (!joined.equals(answer) && atoms.contains(joined)) {
                    match = j;
                    parts.add(joined);
                    known = true;
                    break;
                }
            }
            if (match < 0) {
                String piece = split[i].strip();
                if (!piece.isEmpty()) {
                    parts.add(piece);
                }
                i++;
            } else {
                i = match;
            }
        }
        return known ? parts : null;
    }

    /** The options an answer is made of from position {@code from}, or null where they do not fit. */
    private static List<String> parse(String text, int from, List<String> atoms, String whole) {
        if (from == text.length()) {
            return new ArrayList<>();
        }
        for (String atom : atoms) {
            if (atom.equals(whole) || atom.isEmpty() || !text.startsWith(atom, from)) {
                continue;
            }
            int end = from + atom.length();
            int next;
            if (end == text.length()) {
                next = end;
            } else if (text.charAt(end) == ',' || text.charAt(end) == ';') {
                next = end + 1;
                while (next < text.length() && text.charAt(next) == ' ') {
                    next++;
                }
                if (next == text.length()) {
                    continue;
                }
            } else {
                continue;
            }
            List<String> rest = parse(text, next, atoms, whole);
            if (rest != null) {
                rest.addFirst(atom);
                return rest;
            }
        }
        return null;
    }

    /** The options in order of how many chose them, most first. */
    static List<String> options(Map<String, List<String>> split, Map<String, Double> counts) {
        var chosen = new LinkedHashMap<String, Double>();
        split.forEach((answer, parts) -> new LinkedHashSet<>(parts)
                .forEach(p -> chosen.merge(p, counts.getOrDefault(answer, 0.0), Double::sum)));
        var options = new ArrayList<>(chosen.keySet());
        options.sort(Comparator.comparingDouble((String o) -> -chosen.get(o)));
        return options;
    }
}
