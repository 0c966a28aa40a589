package dk.taktstok.cli;

import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Picks the tables a command works on from {@code --table}, matched by id or by name. */
final class TableChoice {

    private TableChoice() {
    }

    /** All tables when {@code wanted} is null; else the first whose id, slugged name or title matches. */
    static Optional<List<SurveyTable>> choose(Study study, String wanted) {
        if (wanted == null) {
            return Optional.of(study.tables());
        }
        String slug = slug(wanted);
        return study.tables().stream()
                .filter(t -> t.id().equals(wanted) || t.id().equals(slug)
                        || t.title().text().equalsIgnoreCase(wanted.strip()))
                .findFirst()
                .map(List::of);
    }

    static String available(Study study) {
        return study.tables().stream().map(SurveyTable::id).collect(Collectors.joining(", "));
    }

    /** Lower-case ASCII with dashes, as table ids made from sheet names are: "Tabel 3" → "tabel-3". */
    static String slug(String text) {
        String folded = text.toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa");
        folded = Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
