package dk.taktstok.io.respondents;

import dk.taktstok.model.CategoryRole;
import dk.taktstok.model.Item;
import dk.taktstok.model.Scale;
import dk.taktstok.model.ScaleKind;
import dk.taktstok.model.TableSource;
import dk.taktstok.scales.AnswerWords;
import dk.taktstok.scales.Recognition;
import dk.taktstok.scales.ScaleRecogniser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Puts questions into tables: questions join one table only when their scales are the same — the same
 * kind and family, and answers of one among those of the other once case and punctuation are set aside
 * (a 0/1 question never joins a 0–10 rating) — and the header puts them in the same question, or in none.
 */
final class ScaleGroups {

    private ScaleGroups() {
    }

    private static final class Group {
        final List<Question> questions = new ArrayList<>();
        final LinkedHashMap<String, Double> counts = new LinkedHashMap<>();
        Recognition recognition;
        Scale preset;
        int key;
    }

    static List<RespondentStudy.Built> tables(List<Question> questions, boolean weighted, String sheetName, Blocks blocks) {
        return new ScaleGroups().group(questions, weighted, sheetName);
    }

    private List<RespondentStudy.Built> group(List<Question> questions, boolean weighted, String sheetName) {
        var sorted = new ArrayList<>(questions);
        sorted.sort(java.util.Comparator.comparingInt(Question::column));
        var groups = new ArrayList<Group>();
        for (Question q : sorted) {
            Group home = null;
            for (Group g : groups) {
                if (q.preset() != null ? g.preset == q.preset()
                        : g.preset == null && g.key == q.group() && compatible(g.recognition, q.recognition())) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new Group();
                home.preset = q.preset();
                home.key = q.group();
                groups.add(home);
            }
            home.questions.add(q);
            int known = home.counts.size();
            for (var e : q.answers().entrySet()) {
                home.counts.merge(e.getKey(), e.getValue()[0], Double::sum);
            }
            if (home.preset == null && (home.questions.size() == 1 || home.counts.size() > known)) {
                // the union of the answers is read again only when it grew
                home.recognition = home.questions.size() == 1 ? q.recognition()
                        : ScaleRecogniser.standard().recognise(new ArrayList<>(home.counts.keySet()),
                        home.questions.getFirst().title(), home.counts);
            }
        }
        var tables = new ArrayList<RespondentStudy.Built>();
        for (Group g : groups) {
            tables.add(table(g, weighted, sheetName));
        }
        return tables;
    }

    private static RespondentStudy.Built table(Group g, boolean weighted, String sheetName) {
        Scale scale = g.preset != null ? g.preset : g.recognition.toScale("scale");
        var names = new HashSet<String>();
        scale.categories().forEach(c -> names.add(c.name()));
        String title;
        List<String> labels = new ArrayList<>();
        Question first = g.questions.getFirst();
        if (g.key >= 0 || g.questions.size() == 1) {
            title = first.title();
            g.questions.forEach(q -> labels.add(g.questions.size() == 1 && g.key < 0 ? q.title() : q.label()));
        } else {
            List<String> headers = g.questions.stream().map(Question::title).toList();
            String prefix = commonQuestion(headers);
            title = prefix != null ? trimQuestion(prefix) : sheetName;
            headers.forEach(h -> labels.add(prefix == null ? h : h.substring(prefix.length()).strip()));
        }
        var items = new ArrayList<Item>();
        var places = new ArrayList<String>();
        var setAside = new ArrayList<TableSource.SetAside>();
        for (int i = 0; i < g.questions.size(); i++) {
            Question q = g.questions.get(i);
            var kept = new LinkedHashMap<String, double[]>();
            q.answers().forEach((a, sums) -> {
                if (names.contains(a)) {
                    kept.put(a, sums);
                } else if (g.preset == null) {
                    setAside.add(new TableSource.SetAside(q.itemId(), a, (long) sums[0], q.at(),
                            "no answer: left out of n and the shares"));
                }
            });
            setAside.addAll(q.setAside());
            items.add(RespondentStudy.item(q.withAnswers(kept), labels.get(i), scale, weighted));
            places.add(q.at());
        }
        return new RespondentStudy.Built(first.column(), title, scale, items, places, setAside);
    }

    /** Whether a question's answers are on the same scale as a group's. */
    boolean compatible(Recognition group, Recognition q) {
        if (group == null || q == null) {
            return false;
        }
        if (group.kind() != q.kind()) {
            // a question whose few answers show no scale alone goes with one whose answers show it
            return unplaced(q) && placed(group) && keys(group).containsAll(keys(q))
                    || unplaced(group) && placed(q) && keys(q).containsAll(keys(group));
        }
        boolean ratings = group.family() != null && q.family() != null
                && group.family().startsWith("rating") && q.family().startsWith("rating");
        if (!ratings && !Objects.equals(group.family(), q.family())) {
            return false;
        }
        if (ratings && !sameRating(group.family(), q.family())) {
            return false;
        }
        Set<String> a = keys(group);
        Set<String> b = keys(q);
        if (group.kind() == ScaleKind.NOMINAL && group.family() == null) {
            return a.equals(b);
        }
        return a.containsAll(b) || b.containsAll(a);
    }

    /**
     * Ratings are the same when they end at the same number and start at most one apart: nobody chose 0 of
     * a 0–10 rating, or 1 of a 1–5 one; a 1–5 rating never joins a 1–10 one.
     */
    private static boolean sameRating(String a, String b) {
        double[] x = ends(a);
        double[] y = ends(b);
        return x != null && y != null && x[1] == y[1] && Math.abs(x[0] - y[0]) <= 1;
    }

    private static double[] ends(String family) {
        var m = java.util.regex.Pattern.compile("(-?[\\d.]+)–(-?[\\d.]+)").matcher(family);
        if (!m.find()) {
            return null;
        }
        try {
            return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private boolean unplaced(Recognition r) {
        return r.kind() == ScaleKind.NOMINAL && r.family() == null && !keys(r).isEmpty();
    }

    private static boolean placed(Recognition r) {
        return r.kind() == ScaleKind.ORDINAL && r.family() != null && !r.family().startsWith("rating");
    }

    /** The keys of the recognitions met in one call of {@link #tables}, each worked out once. */
    private final java.util.IdentityHashMap<Recognition, Set<String>> keys = new java.util.IdentityHashMap<>();

    private Set<String> keys(Recognition r) {
        return keys.computeIfAbsent(r, ScaleGroups::substantiveKeys);
    }

    private static Set<String> substantiveKeys(Recognition r) {
        var keys = new LinkedHashSet<String>();
        for (Recognition.Answer answer : r.answers()) {
            if (answer.role() == CategoryRole.SUBSTANTIVE && !r.added().contains(answer.label())) {
                keys.add(AnswerWords.key(answer.label()));
            }
        }
        return keys;
    }

    /**
     * The part all questions of a table start with, ending where a sentence or a clause ends ("?", ":",
     * " - "), when it is long enough to be the question; null otherwise.
     */
    static String commonQuestion(List<String> headers) {
        if (headers.size() < 2) {
            return null;
        }
        String prefix = headers.getFirst();
        for (String header : headers) {
            int i = 0;
            while (i < prefix.length() && i < header.length() && prefix.charAt(i) == header.charAt(i)) {
                i++;
            }
            prefix = prefix.substring(0, i);
        }
        int end = -1;
        for (String mark : List.of("?", ":", " - ", " – ", "|", ".")) {
            int at = prefix.lastIndexOf(mark);
            if (at >= 0) {
                end = Math.max(end, at + mark.length());
            }
        }
        if (end < 8) {
            return null;
        }
        String cut = prefix.substring(0, end);
        for (String header : headers) {
            if (header.substring(cut.length()).isBlank()) {
                return null;
            }
        }
        return cut;
    }

    static String trimQuestion(String prefix) {
        String t = prefix.strip();
        while (t.endsWith(":") || t.endsWith("-") || t.endsWith("–") || t.endsWith("|")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
