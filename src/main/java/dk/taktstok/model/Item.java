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
 */
public record Item(String id, Text label, Text shortLabel, Map<String, String> tags, List<Double> shares) {

    public Item {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
        shares = List.copyOf(shares);
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
        return new Item(id, label, shortLabel, tags, newShares);
    }

    public Item withTags(Map<String, String> newTags) {
        return new Item(id, label, shortLabel, newTags, shares);
    }

    public Item withShortLabel(Text newShortLabel) {
        return new Item(id, label, newShortLabel, tags, shares);
    }
}
