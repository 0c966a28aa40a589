package dk.taktstok.cli;

import dk.taktstok.model.Measure;
import dk.taktstok.model.Practice;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;

/** Names a gap's practice measure in words: "Som regel: Lokale civile aktører inviterer kommunen". */
final class PracticeNames {

    private PracticeNames() {
    }

    static String describe(Study study, Practice practice, String language, CliTexts texts) {
        SurveyTable table = study.table(practice.tableId()).orElse(null);
        if (table == null) {
            return practice.tableId();
        }
        return switch (practice) {
            case Practice.CategoryShare share -> texts.get("practice.share",
                    study.scaleOf(table).category(share.category()).map(c -> c.label().in(language)).orElse(share.category()),
                    table.item(share.itemId()).map(i -> i.displayLabel(language)).orElse(share.itemId()));
            case Practice.ItemMeasure measure -> texts.get("practice.share", measureName(measure.measure(), texts),
                    table.item(measure.itemId()).map(i -> i.displayLabel(language)).orElse(measure.itemId()));
            case Practice.GroupMeasure measure -> texts.get("practice.share", measureName(measure.measure(), texts),
                    table.group(measure.groupId()).map(g -> g.label().in(language)).orElse(measure.groupId()));
        };
    }

    static String measureName(Measure measure, CliTexts texts) {
        return texts.get("col." + measure.key());
    }
}
