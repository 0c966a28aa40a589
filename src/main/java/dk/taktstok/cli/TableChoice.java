package dk.taktstok.cli;

import dk.taktstok.model.Ids;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** Picks the tables a command works on from {@code --table}, matched by id or by name. */
final class TableChoice {

    private TableChoice() {
    }

    /**
     * All tables when {@code wanted} is null; every table read from the respondent rows of the sheet so
     * named; else the first whose id matches (as typed, or slugged), else the first table of the sheet with
     * that name (any case; '"RT Profile"' with its quotes), else the first whose title matches.
     */
    static Optional<List<SurveyTable>> choose(Study study, String wanted) {
        if (wanted == null) {
            return Optional.of(study.tables());
        }
        List<SurveyTable> sheet = study.tables().stream()
                .filter(t -> t.source() != null && "respondents".equals(t.source().layout())
                        && wanted.strip().equalsIgnoreCase(t.source().sheet()))
                .toList();
        if (!sheet.isEmpty() && study.table(wanted).isEmpty()) {
            return Optional.of(sheet);
        }
        String slug = Ids.slug(wanted);
        String name = wanted.strip();
        List<Predicate<SurveyTable>> tests = List.of(
                t -> t.id().equals(wanted) || t.id().equals(slug),
                t -> t.source() != null && t.source().sheet() != null && t.source().sheet().strip().equalsIgnoreCase(name),
                t -> t.title().text().equalsIgnoreCase(name));
        for (Predicate<SurveyTable> test : tests) {
            Optional<SurveyTable> found = study.tables().stream().filter(test).findFirst();
            if (found.isPresent()) {
                return Optional.of(List.of(found.get()));
            }
        }
        return Optional.empty();
    }

    static String available(Study study) {
        return study.tables().stream().map(SurveyTable::id).collect(Collectors.joining(", "));
    }
}
