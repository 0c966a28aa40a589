package dk.taktstok.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of a survey table: a statement and the share of respondents in each category.
 *
 * @param shortLabel a short form for charts; null where there is none
 * @param tags       group tags, for example {@code initiator → municipality}
 * @param shares     percent of all respondents, one per category of the table's scale, in its order;
 *                   {@code NaN} where the source has no usable value
 * @param n          the number of respondents who answered the item (blanks not counted); null where
 *                   the source does not say
 * @param effectiveN with weights, Kish's effective number of answers, (Σw)² / Σw²; null without
 *                   weights (it is then {@code n})
 */
public record Item(String id, Text label, Text shortLabel, Map<String, String> tags, List<Double> shares,
                   Integer n, Double effectiveN) {

    public Item {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        shares = List.copyOf(shares);
        if (n != null && n < 0) {
            throw new IllegalArgumentException("item '" + id + "': n must not be negative");
        }
        if (effectiveN != null && !(effectiveN >= 0 && Double.isFinite(effectiveN))) {
            throw new IllegalArgumentException("item '" + id + "': effectiveN must be a number of 0 or more");
        }
    }

    /** An item whose number of answers is not known, as in a report's table. */
    public Item(String id, Text label, Text shortLabel, Map<String, String> tags, List<Double> shares) {
        this(id, label, shortLabel, tags, shares, null, null);
    }

    public double share(int category) {
        return shares.get(category);
    }

    public String tag(String name) {
        return tags.get(name);
    }

    /** The short label in {@code language}, else the full label. */
    public String displayLabel(String language) {
        return (shortLabel != null ? shortLabel : label).in(language);
    }

    public Item withShares(List<Double> newShares) {
        return new Item(id, label, shortLabel, tags, newShares, n, effectiveN);
    }

    public Item withTags(Map<String, String> newTags) {
        return new Item(id, label, shortLabel, newTags, shares, n, effectiveN);
    }

    public Item withShortLabel(Text newShortLabel) {
        return new Item(id, label, newShortLabel, tags, shares, n, effectiveN);
    }

    /** The item with its number of answers and, with weights, its effective number (else null). */
    public Item withCounts(Integer newN, Double newEffectiveN) {
        return new Item(id, label, shortLabel, tags, shares, newN, newEffectiveN);
    }
}
