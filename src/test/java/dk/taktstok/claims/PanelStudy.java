package dk.taktstok.claims;

import dk.taktstok.model.Benchmark;
import dk.taktstok.model.Category;
import dk.taktstok.model.Gap;
import dk.taktstok.model.Group;
import dk.taktstok.model.Item;
import dk.taktstok.model.Measure;
import dk.taktstok.model.Metadata;
import dk.taktstok.model.Practice;
import dk.taktstok.model.Scale;
import dk.taktstok.model.ScaleKind;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import dk.taktstok.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A citizens' panel as respondent data gives it, built in code: every item knows its number of answers,
 * so every figure has a margin of error. Four questions of four kinds — trust (an agreement scale with
 * groups), voting (yes/no), residence (nominal) and satisfaction with services (with a goal and gaps) —
 * in Danish with English translations.
 */
final class PanelStudy {

    private PanelStudy() {
    }

    static Study study() {
        var metadata = new Metadata(Text.of("da", "Borgerpanelet 2024", "en", "The citizens' panel 2024"),
                Text.of("da", "Kommunens borgerpanel", "en", "The municipality's citizens' panel"), List.of(), null,
                "2024", "da", Text.of("da", "Borgere i kommunen", "en", "Citizens of the municipality"), null);
        return new Study(metadata, List.of(agreement(), yesNo(), region(), satisfaction()),
                List.of(trust(), vote(), residence(), services()),
                List.of(new Benchmark("satisfied-goal",
                        Text.of("da", "Borgere, der skal være tilfredse med kommunens service",
                                "en", "Citizens to be satisfied with the municipality's services"), 80,
                        Text.of("da", "Kommunens servicemål: 80 procent af borgerne skal være tilfredse",
                                "en", "The municipality's service goal: 80 percent of citizens satisfied"))),
                List.of(new Gap("goal-vs-citizen-service", "satisfied-goal",
                                new Practice.ItemMeasure("services", "citizen-service", Measure.TOP_BOX)),
                        new Gap("goal-vs-library", "satisfied-goal",
                                new Practice.ItemMeasure("services", "library", Measure.TOP_BOX))));
    }

    private static Scale agreement() {
        return new Scale("agreement", List.of(
                Category.substantive(Text.of("da", "Helt enig", "en", "Strongly agree"), 4),
                Category.substantive(Text.of("da", "Delvis enig", "en", "Partly agree"), 3),
                Category.substantive(Text.of("da", "Hverken enig eller uenig", "en", "Neither agree nor disagree"), 2),
                Category.substantive(Text.of("da", "Delvis uenig", "en", "Partly disagree"), 1),
                Category.substantive(Text.of("da", "Helt uenig", "en", "Strongly disagree"), 0),
                Category.dontKnow(Text.of("da", "Ved ikke", "en", "Don't know"))));
    }

    private static Scale yesNo() {
        return new Scale("yes-no", List.of(
                Category.substantive(Text.of("da", "Ja", "en", "Yes"), 1),
                Category.substantive(Text.of("da", "Nej", "en", "No"), 0),
                Category.dontKnow(Text.of("da", "Ved ikke", "en", "Don't know"))), List.of(), List.of())
                .withKind(ScaleKind.BINARY);
    }

    private static Scale region() {
        return new Scale("region", List.of(
                Category.substantive(Text.of("da", "Hovedstaden", "en", "the Capital Region"), 0),
                Category.substantive(Text.of("da", "Sjælland", "en", "Zealand"), 0),
                Category.substantive(Text.of("da", "Syddanmark", "en", "Southern Denmark"), 0),
                Category.substantive(Text.of("da", "Midtjylland", "en", "Central Jutland"), 0),
                Category.substantive(Text.of("da", "Nordjylland", "en", "North Jutland"), 0)), List.of(), List.of())
                .withKind(ScaleKind.NOMINAL);
    }

    private static Scale satisfaction() {
        return new Scale("satisfaction", List.of(
                Category.substantive(Text.of("da", "Meget tilfreds", "en", "Very satisfied"), 3),
                Category.substantive(Text.of("da", "Tilfreds", "en", "Satisfied"), 2),
                Category.substantive(Text.of("da", "Utilfreds", "en", "Dissatisfied"), 1),
                Category.substantive(Text.of("da", "Meget utilfreds", "en", "Very dissatisfied"), 0),
                Category.dontKnow(Text.of("da", "Ved ikke", "en", "Don't know"))));
    }

    private static SurveyTable trust() {
        var items = List.of(
                item("council", "Jeg har tillid til kommunalbestyrelsen", "I trust the municipal council",
                        "politicians", 400, 20, 32, 18, 14, 10, 6),
                item("mayor", "Jeg har tillid til borgmesteren", "I trust the mayor", "politicians", 1000,
                        30, 35, 15, 10, 6, 4),
                item("administration", "Jeg har tillid til forvaltningen", "I trust the administration", "others", 900,
                        10, 28, 22, 20, 12, 8),
                item("press", "Jeg har tillid til lokalpressen", "I trust the local press", "others", 45,
                        12, 30, 20, 16, 10, 12));
        return new SurveyTable("trust", Text.of("da", "Tillid", "en", "Trust"),
                Text.of("da", "Hvor enig er du i udsagnet?", "en", "How much do you agree?"), "agreement", items, "kind",
                List.of(new Group("politicians", Text.of("da", "Politikerne", "en", "The politicians")),
                        new Group("others", Text.of("da", "Forvaltning og presse", "en", "Administration and press"))));
    }

    private static SurveyTable vote() {
        var items = List.of(
                item("will-vote", "Vil du stemme ved næste kommunalvalg?", "Will you vote in the next local election?",
                        null, 500, 71, 22, 7),
                item("contacted", "Har du kontaktet kommunen det seneste år?",
                        "Have you contacted the municipality in the past year?", null, 500, 48, 50, 2));
        return new SurveyTable("vote", Text.of("da", "Deltagelse", "en", "Taking part"), null, "yes-no", items, null,
                List.of());
    }

    private static SurveyTable residence() {
        var items = List.of(item("residence", "Hvor bor du?", "Where do you live?", null, 1000, 31, 14, 21, 23, 11));
        return new SurveyTable("residence", Text.of("da", "Bopæl", "en", "Residence"), null, "region", items, null,
                List.of());
    }

    private static SurveyTable services() {
        var items = List.of(
                item("library", "Biblioteket", "The library", null, 800, 40, 45, 8, 2, 5),
                item("pool", "Svømmehallen", "The swimming pool", null, 600, 25, 45, 15, 5, 10),
                item("citizen-service", "Borgerservice", "Citizen service", null, 60, 20, 40, 20, 10, 10));
        return new SurveyTable("services", Text.of("da", "Tilfredshed med kommunens service",
                "en", "Satisfaction with the municipality's services"),
                Text.of("da", "Hvor tilfreds er du med …", "en", "How satisfied are you with …"), "satisfaction", items,
                null, List.of());
    }

    private static Item item(String id, String danish, String english, String group, int n, double... shares) {
        var list = new ArrayList<Double>();
        for (double share : shares) {
            list.add(share);
        }
        Map<String, String> tags = group == null ? Map.of() : Map.of("kind", group);
        return new Item(id, Text.of("da", danish, "en", english), null, tags, list, n, null);
    }
}
