package dk.taktstok.claims;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Every claim of a draft, checked.
 *
 * @param text     the draft's text as checked; every claim's offsets point into it
 * @param language the language the reasons and formulas are written in
 */
public record CheckReport(String text, String language, List<Claim> claims) {

    public CheckReport {
        claims = List.copyOf(claims);
    }

    /** How many claims got each verdict, every verdict present. */
    public Map<Verdict, Integer> counts() {
        var counts = new EnumMap<Verdict, Integer>(Verdict.class);
        for (Verdict verdict : Verdict.values()) {
            counts.put(verdict, 0);
        }
        claims.forEach(c -> counts.merge(c.verdict(), 1, Integer::sum));
        return counts;
    }
}
