package dk.taktstok.model;

import java.util.List;
import java.util.Objects;

/**
 * One chart of a study, as the journalist chose it: what it shows and how. Everything else — sizes,
 * label positions, colours — is decided by layout and the theme.
 *
 * @param title       the headline; null for the table's title
 * @param subtitle    null for the table's question
 * @param note        a note of the journalist's own under the chart, besides the formula notes; null if none
 * @param sort        null for the source order
 * @param measure     the measure a group-index chart shows; null for mean score
 * @param gaps        the gaps a goal-vs-practice chart shows, by id; empty for all gaps on the table
 * @param mark        how a goal-vs-practice chart marks practice; null for dots
 * @param annotations drawn on top, in order
 */
public record ChartSpec(
        String id,
        ChartType type,
        String tableId,
        Text title,
        Text subtitle,
        Text note,
        SortOrder sort,
        Measure measure,
        List<String> gaps,
        PracticeMark mark,
        List<Annotation> annotations) {

    public ChartSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(tableId, "tableId");
        gaps = List.copyOf(gaps);
        annotations = List.copyOf(annotations);
    }

    /** A chart of a table with every choice left to its default. */
    public static ChartSpec of(String id, ChartType type, String tableId) {
        return new ChartSpec(id, type, tableId, null, null, null, null, null, List.of(), null, List.of());
    }

    public Measure measureOrDefault() {
        return measure == null ? Measure.MEAN_SCORE : measure;
    }

    public PracticeMark markOrDefault() {
        return mark == null ? PracticeMark.DOT : mark;
    }

    public ChartSpec withAnnotations(List<Annotation> newAnnotations) {
        return new ChartSpec(id, type, tableId, title, subtitle, note, sort, measure, gaps, mark, newAnnotations);
    }

    public ChartSpec withSort(SortOrder newSort) {
        return new ChartSpec(id, type, tableId, title, subtitle, note, newSort, measure, gaps, mark, annotations);
    }

    public ChartSpec withNote(Text newNote) {
        return new ChartSpec(id, type, tableId, title, subtitle, newNote, sort, measure, gaps, mark, annotations);
    }

    public ChartSpec withTitles(Text newTitle, Text newSubtitle) {
        return new ChartSpec(id, type, tableId, newTitle, newSubtitle, note, sort, measure, gaps, mark, annotations);
    }
}
