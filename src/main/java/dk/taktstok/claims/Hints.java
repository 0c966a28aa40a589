package dk.taktstok.claims;

import dk.taktstok.model.Measure;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a sentence says about which number it means, besides its subject: a measure by name ("topboks",
 * "score", "netto"), whom its shares are of ("af dem, der svarede"; "of all"), and whether it speaks of a
 * gap between a goal and practice or of a balance between groups.
 *
 * @param measure the measure named; null if none
 * @param base    the base the sentence fixes; null if it fixes none
 * @param counted whether the sentence counts answers ("svarer", "siger", "answer", "say"): its shares are
 *                of everyone who answered, "don't know" included
 * @param gap     whether it speaks of a gap ("kløft", "mål", "gap", "goal")
 * @param balance whether it speaks of a balance or difference between groups
 * @param used    the tokens that said it, which name no subject
 */
record Hints(Measure measure, Base base, boolean counted, boolean gap, boolean balance, List<Integer> used) {

    private static final Map<String, Measure> MEASURES = Map.ofEntries(
            Map.entry("topboks", Measure.TOP_BOX), Map.entry("topboksen", Measure.TOP_BOX),
            Map.entry("top-box", Measure.TOP_BOX), Map.entry("score", Measure.MEAN_SCORE),
            Map.entry("scoren", Measure.MEAN_SCORE), Map.entry("scores", Measure.MEAN_SCORE),
            Map.entry("gennemsnitsscore", Measure.MEAN_SCORE), Map.entry("gennemsnitsscoren", Measure.MEAN_SCORE),
            Map.entry("middelscore", Measure.MEAN_SCORE), Map.entry("netto", Measure.NET),
            Map.entry("nettoandel", Measure.NET), Map.entry("nettoandelen", Measure.NET),
            Map.entry("nettotal", Measure.NET), Map.entry("net", Measure.NET), Map.entry("nettoen", Measure.NET));
    private static final Set<String> GAP = Set.of("kløft", "kløften", "gab", "gabet", "spænd", "spændet", "afstand",
            "afstanden", "mål", "målet", "praksis", "praksisser", "gap", "gaps", "goal", "goals", "practice", "distance");
    private static final Set<String> BALANCE = Set.of("balance", "balancen", "forskel", "forskellen", "difference",
            "ubalance", "imbalance");
    private static final Set<String> ANSWER_VERBS = Set.of("svarer", "svarede", "siger", "sagde", "angiver", "angav",
            "oplyser", "oplyste", "mener", "svarende", "answer", "answers", "answered", "say", "says", "said",
            "report", "reports", "reported", "reply", "replies", "replied", "tell", "told", "state", "stated");
    private static final Set<String> WITHOUT = Set.of("uden", "eksklusive", "ekskl", "fraregnet", "excluding",
            "without", "excl");
    private static final Set<String> THOSE = Set.of("dem", "those", "de", "respondenterne", "respondents");
    private static final Set<String> ANSWERED_WORDS = Set.of("svarede", "svaret", "svarer", "besvarede", "holdning",
            "mening", "answered", "answer", "opinion", "responded", "view");

    static Hints of(List<Token> tokens, List<Integer> where) {
        Measure measure = null;
        Base base = null;
        boolean gap = false;
        boolean balance = false;
        boolean counted = false;
        var used = new ArrayList<Integer>();
        for (int p = 0; p < where.size(); p++) {
            int k = where.get(p);
            String w = tokens.get(k).lower();
            if (w.equals("top") && p + 1 < where.size() && tokens.get(where.get(p + 1)).is("box")) {
                measure = Measure.TOP_BOX;
                used.add(k);
                used.add(where.get(p + 1));
            } else if (MEASURES.containsKey(w)) {
                measure = MEASURES.get(w);
                used.add(k);
            } else if (GAP.contains(w)) {
                gap = true;
                used.add(k);
            } else if (BALANCE.contains(w)) {
                balance = true;
                used.add(k);
            }
            counted |= ANSWER_VERBS.contains(w);
            Base said = baseAt(tokens, where, p);
            if (said != null) {
                base = said;
            }
        }
        return new Hints(measure, base, counted, gap, balance, used);
    }

    /**
     * "af dem, der svarede", "blandt dem med en holdning", "of those who answered", "uden ved ikke",
     * "excluding don't know": the answered base; "af alle", "of all": all.
     */
    private static Base baseAt(List<Token> tokens, List<Integer> where, int p) {
        String w = tokens.get(where.get(p)).lower();
        String next = p + 1 < where.size() ? tokens.get(where.get(p + 1)).lower() : "";
        boolean among = w.equals("af") || w.equals("blandt") || w.equals("of") || w.equals("among");
        if (among && THOSE.contains(next)) {
            for (int q = p + 2; q < Math.min(where.size(), p + 7); q++) {
                if (ANSWERED_WORDS.contains(tokens.get(where.get(q)).lower())) {
                    return Base.ANSWERED;
                }
            }
        }
        if (among && (next.equals("alle") || next.equals("all"))) {
            return Base.ALL;
        }
        if (WITHOUT.contains(w)) {
            String rest = p + 2 < where.size() ? next + " " + tokens.get(where.get(p + 2)).lower() : next;
            if (rest.startsWith("ved ikke") || rest.startsWith("don't know") || rest.startsWith("dont know")) {
                return Base.ANSWERED;
            }
        }
        return null;
    }
}
