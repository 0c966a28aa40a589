package dk.taktstok.model;

import java.util.List;
import java.util.Objects;

/**
 * Who made a study, about whom, and when.
 *
 * @param language    language tag of the study's own texts ("da", "en")
 * @param date        publication date as written by the publisher (ISO 8601 where known: "2017", "2017-05")
 * @param respondents number of respondents, or null where the source does not say
 */
public record Metadata(
        Text title,
        Text source,
        List<String> authors,
        Text publisher,
        String date,
        String language,
        Text population,
        Integer respondents) {

    public Metadata {
        Objects.requireNonNull(title, "title");
        authors = List.copyOf(authors);
        language = language == null || language.isBlank() ? "en" : language;
        if (respondents != null && respondents < 0) {
            throw new IllegalArgumentException("respondents must not be negative");
        }
    }

    public Metadata withSource(Text newSource) {
        return new Metadata(title, newSource, authors, publisher, date, language, population, respondents);
    }

    /** Metadata with only a title, for studies read from a bare table. */
    public static Metadata titled(String title, String language) {
        return new Metadata(Text.of(title), null, List.of(), null, null, language, null, null);
    }
}
