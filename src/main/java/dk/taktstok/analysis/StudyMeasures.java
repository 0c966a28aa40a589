package dk.taktstok.analysis;

import java.util.List;
import java.util.Optional;

/** Every derived measure of a study. */
public record StudyMeasures(List<TableMeasures> tables, List<GapResult> gaps) {

    public StudyMeasures {
        tables = List.copyOf(tables);
        gaps = List.copyOf(gaps);
    }

    public Optional<TableMeasures> table(String id) {
        return tables.stream().filter(t -> t.table().id().equals(id)).findFirst();
    }
}
