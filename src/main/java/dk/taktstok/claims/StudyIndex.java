package dk.taktstok.claims;

import dk.taktstok.analysis.Measures;
import dk.taktstok.analysis.StudyMeasures;
import dk.taktstok.model.Benchmark;
import dk.taktstok.model.Group;
import dk.taktstok.model.Item;
import dk.taktstok.model.Study;
import dk.taktstok.model.SurveyTable;
import dk.taktstok.model.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A study made ready for claim check, once: its measures, its subjects (items, groups, goals) with their
 * stemmed words, how rare each word is among them, the words of its answers, and the words that only say
 * who was asked (the population, the title), which count for little.
 */
final class StudyIndex {

    /** How much a word of a table's title or question counts in each of its items. */
    static final double TABLE_WEIGHT = 0.3;
    /** How much a goal's source text counts beside its label. */
    static final double SOURCE_WEIGHT = 0.5;

    private final Study study;
    private final StudyMeasures measures;
    private final List<Subject> subjects = new ArrayList<>();
    private final Map<String, Double> idf = new HashMap<>();
    private final Set<String> known = new HashSet<>();
    private final Set<String> background = new HashSet<>();
    private final List<Answers> answers = new ArrayList<>();

    StudyIndex(Study study) {
        this.study = study;
        this.measures = Measures.of(study);
        collectKnownWords();
        for (int t = 0; t < study.tables().size(); t++) {
            SurveyTable table = study.tables().get(t);
            var tableFields = fields(TABLE_WEIGHT, table.title(), table.question());
            for (int i = 0; i < table.items().size(); i++) {
                Item item = table.items().get(i);
                subjects.add(new Subject(Subject.Kind.ITEM, t, i,
                        join(fields(1, item.label()), fields(1, item.shortLabel()), tableFields)));
            }
            for (int g = 0; g < table.groups().size(); g++) {
                Group group = table.groups().get(g);
                subjects.add(new Subject(Subject.Kind.GROUP, t, g,
                        join(fields(1, group.label()), fields(1, Text.of(group.id())), tableFields)));
            }
            answers.add(Answers.of(study.scaleOf(table), study.language()));
        }
        for (int b = 0; b < study.benchmarks().size(); b++) {
            Benchmark benchmark = study.benchmarks().get(b);
            subjects.add(new Subject(Subject.Kind.BENCHMARK, -1, b,
                    join(fields(1, benchmark.label()), fields(SOURCE_WEIGHT, benchmark.source()))));
        }
        weighWords();
        var m = study.metadata();
        for (Text text : new Text[] {m.title(), m.population(), m.source(), m.publisher()}) {
            background.addAll(stemsOf(text));
        }
    }

    Study study() {
        return study;
    }

    StudyMeasures measures() {
        return measures;
    }

    List<Subject> subjects() {
        return subjects;
    }

    /** The answers of table {@code t}'s scale, as words. */
    Answers answers(int t) {
        return answers.get(t);
    }

    /** How rare a stem is among the subjects: ln(1 + subjects / subjects that use it); 0 if none does. */
    double idf(String stem) {
        return idf.getOrDefault(stem, 0.0);
    }

    /** Whether a stem only says who was asked or what the study is (its title, population, source). */
    boolean isBackground(String stem) {
        return background.contains(stem);
    }

    /** Stems and compound parts already worked out: a draft uses its words again and again. */
    private final Map<String, String> stems = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, List<String>> parts = new java.util.concurrent.ConcurrentHashMap<>();
    /** Past this many words the memory is cleared, so that no draft can fill it without end. */
    private static final int REMEMBERED = 100_000;

    /** A word's stem in a language, remembered. */
    String stem(Language language, String word) {
        if (stems.size() > REMEMBERED) {
            stems.clear();
        }
        return stems.computeIfAbsent(language.tag() + ":" + word, k -> language.stem(word));
    }

    /** The stems of a Danish compound's parts (see {@link Compounds}), remembered; empty for no compound. */
    List<String> parts(String word) {
        if (parts.size() > REMEMBERED) {
            parts.clear();
        }
        return parts.computeIfAbsent(word, w -> Compounds.split(w, known));
    }

    /** Every stem the study's texts use, for splitting compounds. */
    Set<String> known() {
        return known;
    }

    private void collectKnownWords() {
        var texts = new ArrayList<Text>();
        for (SurveyTable table : study.tables()) {
            texts.add(table.title());
            texts.add(table.question());
            table.items().forEach(i -> {
                texts.add(i.label());
                texts.add(i.shortLabel());
            });
            table.groups().forEach(g -> texts.add(g.label()));
        }
        study.benchmarks().forEach(b -> {
            texts.add(b.label());
            texts.add(b.source());
        });
        for (Text text : texts) {
            known.addAll(stemsOf(text));
        }
    }

    /** One field per language the texts are written in, each with the stems of all the texts in it. */
    private List<Subject.Field> fields(double weight, Text... texts) {
        var stemsByLanguage = new LinkedHashMap<String, List<String>>();
        var partsByLanguage = new LinkedHashMap<String, Set<String>>();
        for (Text text : texts) {
            if (text == null) {
                continue;
            }
            for (Map.Entry<String, String> entry : text.byLanguage().entrySet()) {
                Language language = languageOf(entry.getKey());
                var stems = stemsByLanguage.computeIfAbsent(language.tag(), x -> new ArrayList<>());
                var parts = partsByLanguage.computeIfAbsent(language.tag(), x -> new LinkedHashSet<>());
                for (Token token : Tokenizer.tokens(entry.getValue())) {
                    if (!Words.carriesSubject(token)) {
                        continue;
                    }
                    stems.add(language.stem(token.lower()));
                    if (language == Language.DA) {
                        parts.addAll(Compounds.split(token.lower(), known));
                    }
                }
            }
        }
        var fields = new ArrayList<Subject.Field>();
        stemsByLanguage.forEach((tag, stems) -> fields.add(new Subject.Field(weight, stems, partsByLanguage.get(tag))));
        return fields;
    }

    @SafeVarargs
    private static List<Subject.Field> join(List<Subject.Field>... lists) {
        var all = new ArrayList<Subject.Field>();
        for (List<Subject.Field> list : lists) {
            all.addAll(list);
        }
        return all;
    }

    private void weighWords() {
        var counts = new HashMap<String, Integer>();
        for (Subject subject : subjects) {
            var seen = new HashSet<String>();
            for (Subject.Field field : subject.fields()) {
                seen.addAll(field.stems());
                seen.addAll(field.parts());
            }
            seen.forEach(stem -> counts.merge(stem, 1, Integer::sum));
        }
        int n = subjects.size();
        counts.forEach((stem, df) -> idf.put(stem, Math.log(1 + (double) n / df)));
    }

    private Set<String> stemsOf(Text text) {
        var stems = new HashSet<String>();
        if (text == null) {
            return stems;
        }
        for (Map.Entry<String, String> entry : text.byLanguage().entrySet()) {
            stems.addAll(Words.stems(entry.getValue(), languageOf(entry.getKey())));
        }
        return stems;
    }

    /** A text's language: its tag, or the study's for a text whose language is not stated. */
    Language languageOf(String tag) {
        return Language.of(tag == null || tag.isEmpty() ? study.language() : tag);
    }
}
