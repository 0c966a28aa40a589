package dk.taktstok.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A piece of text in one or more languages. The first entry is the original (the study's own
 * language); further entries are translations keyed by language tag ("da", "en"). A text with no
 * known language has the single key {@link #UNSPECIFIED}.
 */
public record Text(Map<String, String> byLanguage) {

    /** Key of a text whose language is not stated. */
    public static final String UNSPECIFIED = "";

    public Text {
        Objects.requireNonNull(byLanguage, "byLanguage");
        if (byLanguage.isEmpty()) {
            throw new IllegalArgumentException("a text needs at least one entry");
        }
        var copy = new LinkedHashMap<String, String>();
        byLanguage.forEach((language, value) -> copy.put(
                Objects.requireNonNull(language, "language"), Objects.requireNonNull(value, "value")));
        byLanguage = Collections.unmodifiableMap(copy);
    }

    public static Text of(String value) {
        return new Text(Map.of(UNSPECIFIED, value));
    }

    /** A text in two languages, the first being the original. */
    public static Text of(String language, String value, String otherLanguage, String otherValue) {
        var map = new LinkedHashMap<String, String>();
        map.put(language, value);
        map.put(otherLanguage, otherValue);
        return new Text(map);
    }

    /** The original text. */
    public String text() {
        return byLanguage.values().iterator().next();
    }

    /** The text in {@code language} if there is one, else the original. */
    public String in(String language) {
        return byLanguage.getOrDefault(language, text());
    }

    /** Whether only the original, of no stated language, is known. */
    public boolean isPlain() {
        return byLanguage.size() == 1 && byLanguage.containsKey(UNSPECIFIED);
    }

    @Override
    public String toString() {
        return text();
    }
}
