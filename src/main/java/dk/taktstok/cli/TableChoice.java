package dk.taktstok.cli;

import dk.taktstok.model.Ids;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Picks the tables a command works on from {@code --table}, matched by id or by name. */
final class TableChoice {

    private TableChoice() {
    }

    /**
     * All tables when {@code wanted} is null; every table read from the respondent rows of the sheet so
     * named; else the first whose id, slugged name or title matches.
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
        return study.tables().stream()
                .filter(t -> t.id().equals(wanted) || t.id().equals(slug)
                        || t.title().text().equalsIgnoreCase(wanted.strip()))
                .findFirst()
                .map(List::of);
    }

    static String available(Study study) {
        return study.tables().stream().map(SurveyTable::id).collect(Collectors.joining(", "));
    }
}
