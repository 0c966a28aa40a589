package dk.taktstok.claims;

import dk.taktstok.analysis.GapResult;
import dk.taktstok.analysis.TableMeasures;
import dk.taktstok.model.Measure;
import dk.taktstok.model.Practice;
import dk.taktstok.model.SurveyTable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The figures a claim may be about, each scored by how well the sentence's words name its item, group or
 * goal (see {@link Scorer}), chosen by the claim's unit: a share (percent, parts, majorities) among the
 * shares, sums of answers and measures of items and groups, and the goals; points among the gaps, the
 * balances and the differences of two named figures; a ratio or a comparison among pairs of figures.
 */
final class Candidates {

    /** How much the words of the sentence outside the claim's own part count. */
    static final double REST_WEIGHT = 0.3;
    /** For the second of two compared figures, how much the words about the first count (a verb left out). */
    static final double OTHER_SIDE_WEIGHT = 0.3;
    /** The score a gap or balance gets for a sentence that names it ("kløften", "forskellen"). */
    static final double NAMED_KIND_BONUS = 1;

    private final StudyIndex index;
    private final Scorer scorer;
    private final FigureMaker maker;

    Candidates(StudyIndex index, Scorer scorer, FigureMaker maker) {
        this.index = index;
        this.scorer = scorer;
        this.maker = maker;
    }

    /** What a claim names besides its subject: answers per table, and hints. */
    private record Named(List<List<Integer>> answers, boolean inherited, Hints hints, Set<Integer> used,
                         boolean negated, boolean precise) {

        boolean anyAnswers() {
            return answers.stream().anyMatch(a -> !a.isEmpty());
        }
    }

    List<Candidate> of(Found found, Sentence sentence, List<Found> all, Language language, String article) {
        List<Token> tokens = sentence.tokens();
        Named named = named(found, tokens, article);
        double[] weights = new double[tokens.size()];
        for (int k = 0; k < tokens.size(); k++) {
            weights[k] = found.context().contains(k) ? 1 : REST_WEIGHT;
        }
        for (Found f : all) {
            for (int k : f.own()) {
                weights[k] = 0;
            }
        }
        for (int k : named.used()) {
            weights[k] = 0;
        }
        var candidates = new ArrayList<Candidate>();
        Quantity.Unit unit = found.quantity().unit();
        if (found.comparesTwo()) {
            pairs(found, tokens, weights, named, language, candidates);
        }
        if (unit == Quantity.Unit.SHARE && !found.comparesTwo()) {
            shares(Context.of(tokens, weights, language, index), named, candidates);
        }
        // "60 procentpoint mellem målet og praksis" may be a gap as well as a difference of two figures
        boolean undirected = found.quantity().direction() == Quantity.Direction.NONE;
        if (unit == Quantity.Unit.POINTS && (!found.comparesTwo() || undirected)) {
            points(Context.of(tokens, weights, language, index), named, defaults(found.quantity()), candidates);
        }
        return candidates;
    }

    /** Answers named in the claim's part of the sentence, else in the parts before it. */
    private Named named(Found found, List<Token> tokens, String article) {
        var region = new ArrayList<>(found.context());
        region.addAll(found.left());
        region.addAll(found.right());
        region.removeIf(k -> found.covers(k));
        var used = new HashSet<Integer>();
        List<List<Integer>> answers = answersIn(tokens, region, article, used);
        boolean inherited = false;
        if (answers.stream().allMatch(List::isEmpty)) {
            int start = found.context().isEmpty() ? found.first() : found.context().getFirst();
            var before = new ArrayList<Integer>();
            for (int k = 0; k < start; k++) {
                before.add(k);
            }
            answers = answersIn(tokens, before, article, new HashSet<>());
            inherited = answers.stream().anyMatch(a -> !a.isEmpty());
        }
        var hintRegion = new ArrayList<>(region);
        Hints hints = Hints.of(tokens, hintRegion);
        Hints whole = Hints.of(tokens, range(tokens.size()));
        hints = new Hints(hints.measure(), whole.base(), whole.counted(), hints.gap() || whole.gap(),
                hints.balance() || whole.balance(), hints.used());
        used.addAll(hints.used());
        boolean negated = found.context().stream()
                .anyMatch(k -> !used.contains(k) && !found.covers(k) && isNegation(tokens.get(k)));
        return new Named(answers, inherited, hints, used, negated, Judge.isPrecise(found.quantity()));
    }

    /** "ikke", "not", "ingen", "doesn't": a sentence that says who does not, whose default is the bottom box. */
    private static boolean isNegation(Token token) {
        String w = token.lower();
        return w.equals("ikke") || w.equals("not") || w.equals("ingen") || w.endsWith("n't");
    }

    /** The categories each table's answers named in a region; the tokens that named them go into {@code used}. */
    private List<List<Integer>> answersIn(List<Token> tokens, List<Integer> region, String article, Set<Integer> used) {
        var answers = new ArrayList<List<Integer>>();
        for (int t = 0; t < index.study().tables().size(); t++) {
            List<Answers.Named> named = index.answers(t).find(tokens, region, article);
            named.forEach(n -> used.addAll(n.tokens()));
            answers.add(named.stream().map(Answers.Named::category).toList());
        }
        return answers;
    }

    /**
     * The measures a claim means when it names none: a share's the top box; a ratio's ("dobbelt så mange")
     * the top box; percentage points' ("procentpoint") the top box; plain points' and a comparison's the top
     * box and the mean score, which may disagree (the claim then gets the weaker verdict).
     */
    private static List<Measure> defaults(Quantity quantity) {
        return switch (quantity.unit()) {
            case SHARE, RATIO -> List.of(Measure.TOP_BOX);
            case POINTS -> percentagePoints(quantity.text()) ? List.of(Measure.TOP_BOX)
                    : List.of(Measure.TOP_BOX, Measure.MEAN_SCORE);
            case ORDER -> List.of(Measure.TOP_BOX, Measure.MEAN_SCORE);
        };
    }

    private static final java.util.regex.Pattern PP = java.util.regex.Pattern.compile("\\bpp\\b");

    /** "procentpoint", "pct.-point", "%-point", "percentage points": points between shares. */
    private static boolean percentagePoints(String text) {
        String t = text.toLowerCase(java.util.Locale.ROOT);
        return t.contains("procent") || t.contains("pct") || t.contains("%") || t.contains("percentage")
                || PP.matcher(t).find();
    }

    /**
     * The box a single named answer may stand for: "tilfredse" names "Tilfreds", but as the word of
     * "Meget tilfreds" too it may mean the whole top box. Null where the answer is no such word.
     */
    private List<Integer> poleBox(int t, List<Integer> answers) {
        if (answers.size() != 1) {
            return null;
        }
        int c = answers.getFirst();
        var boxes = index.measures().tables().get(t).boxes();
        var scale = index.measures().tables().get(t).scale();
        for (List<Integer> box : List.of(boxes.topBox(), boxes.bottomBox())) {
            if (box.size() < 2 || !box.contains(c)) {
                continue;
            }
            for (int other : box) {
                if (other != c && contains(scale.category(other).label(), scale.category(c).label())) {
                    return box;
                }
            }
        }
        return null;
    }

    /** Whether a label, in some language, holds every word of another's label in that language. */
    private static boolean contains(dk.taktstok.model.Text outer, dk.taktstok.model.Text inner) {
        for (var entry : inner.byLanguage().entrySet()) {
            String there = outer.byLanguage().get(entry.getKey());
            if (there != null && Words.lower(there).containsAll(Words.lower(entry.getValue()))) {
                return true;
            }
        }
        return false;
    }

    /** The aspects of table {@code t} a claim may be about, as the table knows them. */
    private List<Aspect> aspects(int t, Named named, List<Measure> defaults) {
        var aspects = new ArrayList<Aspect>();
        List<Integer> answers = named.answers().get(t);
        if (!answers.isEmpty()) {
            List<Integer> box = poleBox(t, answers);
            // "tilfredse" says "satisfied": the top box; only a number written to its precision may be the
            // one answer "Tilfreds" (see ClaimChecker: a precise number names its reading)
            if (box == null || named.precise()) {
                aspects.add(new Aspect.Categories(answers));
            }
            if (box != null) {
                aspects.add(new Aspect.Categories(box));
            }
        } else if (named.anyAnswers() && !named.inherited()) {
            return List.of(); // the sentence names the answers of another table
        } else if (named.hints().measure() != null) {
            aspects.add(new Aspect.Of(named.hints().measure()));
        } else {
            for (Measure m : defaults) {
                List<Integer> bottom = index.measures().tables().get(t).boxes().bottomBox();
                // "har ikke tillid": those who do not, the bottom box, where the question has one
                boolean flip = m == Measure.TOP_BOX && named.negated();
                if (flip && !bottom.isEmpty() && maker.normalise(t, new Aspect.Of(Measure.TOP_BOX)) != null) {
                    aspects.add(new Aspect.Categories(bottom));
                } else if (!flip) {
                    aspects.add(new Aspect.Of(m));
                }
            }
        }
        return aspects.stream().map(a -> maker.normalise(t, a)).filter(a -> a != null).distinct().toList();
    }

    private void shares(Context context, Named named, List<Candidate> candidates) {
        for (Subject subject : index.subjects()) {
            Scorer.Score score = scorer.score(subject, context);
            if (score.matches()) {
                addShares(subject, named, score.total(), candidates);
            }
        }
        if (!candidates.isEmpty()) {
            return;
        }
        var items = index.subjects().stream().filter(s -> s.kind() == Subject.Kind.ITEM).toList();
        if (named.anyAnswers() && !named.inherited()) {
            // the sentence names answers but no question: every question with those answers fits it equally
            items.stream().filter(s -> !named.answers().get(s.table()).isEmpty())
                    .forEach(s -> addShares(s, named, 0, candidates));
        } else if (items.size() == 1) {
            // a study of one question: a claim about it need not name it
            addShares(items.getFirst(), named, 0, candidates);
        }
    }

    private void addShares(Subject subject, Named named, double score, List<Candidate> candidates) {
        switch (subject.kind()) {
            case ITEM -> {
                for (Aspect aspect : aspects(subject.table(), named, List.of(Measure.TOP_BOX))) {
                    addItem(subject.table(), subject.index(), aspect, named, score, candidates);
                }
            }
            case GROUP -> {
                for (Aspect aspect : aspects(subject.table(), named, List.of(Measure.TOP_BOX))) {
                    if (aspect instanceof Aspect.Of of) {
                        addGroup(subject.table(), subject.index(), of, named, score, candidates);
                    }
                }
            }
            case BENCHMARK -> {
                if ((!named.anyAnswers() || named.inherited()) && named.hints().measure() == null) {
                    candidates.add(new Candidate(() -> maker.benchmark(subject.index()), null, score, false));
                }
            }
        }
    }

    private void addItem(int t, int i, Aspect aspect, Named named, double score, List<Candidate> candidates) {
        boolean twoBases = maker.hasOtherBase(t, aspect);
        Base base = twoBases && named.hints().base() == Base.ANSWERED ? Base.ANSWERED : Base.ALL;
        boolean other = twoBases && named.hints().base() == null;
        candidates.add(new Candidate(() -> maker.item(t, i, aspect, base),
                other ? () -> maker.item(t, i, aspect, Base.ANSWERED) : null, score, !named.hints().counted()));
    }

    private void addGroup(int t, int g, Aspect.Of aspect, Named named, double score, List<Candidate> candidates) {
        boolean twoBases = maker.hasOtherBase(t, aspect);
        Base base = twoBases && named.hints().base() == Base.ANSWERED ? Base.ANSWERED : Base.ALL;
        boolean other = twoBases && named.hints().base() == null;
        candidates.add(new Candidate(() -> maker.group(t, g, aspect.measure(), base),
                other ? () -> maker.group(t, g, aspect.measure(), Base.ANSWERED) : null, score,
                !named.hints().counted()));
    }

    private void points(Context context, Named named, List<Measure> defaults, List<Candidate> candidates) {
        double bonus = named.hints().gap() ? NAMED_KIND_BONUS : 0;
        for (GapResult gap : index.measures().gaps()) {
            Scorer.Score goal = scorer.score(subjectOf(gap), context);
            Scorer.Score practice = practiceScore(gap.gap().practice(), context);
            if (goal.matches() || practice.matches() || bonus > 0) {
                candidates.add(new Candidate(() -> maker.gap(gap), null, goal.total() + practice.total() + bonus, false));
            }
        }
        for (int t = 0; t < index.measures().tables().size(); t++) {
            TableMeasures table = index.measures().tables().get(t);
            if (table.balance() == null) {
                continue;
            }
            Scorer.Score first = scorer.score(group(t, 0), context);
            Scorer.Score second = scorer.score(group(t, 1), context);
            boolean named2 = named.hints().balance() && (first.matches() || second.matches());
            if (!(first.matches() && second.matches()) && !named2) {
                continue;
            }
            double score = first.total() + second.total() + (named.hints().balance() ? NAMED_KIND_BONUS : 0);
            for (Aspect aspect : aspects(t, named, defaults)) {
                if (aspect instanceof Aspect.Of of) {
                    int balanced = t;
                    candidates.add(new Candidate(() -> maker.balance(balanced, of.measure()), null, score, false));
                }
            }
        }
        Measure measure = named.hints().measure();
        if (measure == Measure.NET || measure == Measure.MEAN_SCORE) {
            for (Subject subject : index.subjects()) {
                Scorer.Score score = scorer.score(subject, context);
                if (score.matches() && subject.kind() != Subject.Kind.BENCHMARK) {
                    addShares(subject, named, score.total(), candidates);
                }
            }
        }
    }

    /** Pairs of items or groups of one table, the first named by one side of the comparison, the second by the other. */
    private void pairs(Found found, List<Token> tokens, double[] weights, Named named, Language language,
                       List<Candidate> candidates) {
        double[] leftWeights = sideWeights(weights, found.left(), found.right(), 0);
        double[] rightWeights = sideWeights(weights, found.right(), found.left(), OTHER_SIDE_WEIGHT);
        Context left = Context.of(tokens, leftWeights, language, index);
        Context right = Context.of(tokens, rightWeights, language, index);
        var compared = index.subjects().stream().filter(s -> s.kind() != Subject.Kind.BENCHMARK).toList();
        double[] leftScores = new double[compared.size()];
        double[] rightScores = new double[compared.size()];
        double bestLeft = 0;
        for (int s = 0; s < compared.size(); s++) {
            Scorer.Score l = scorer.score(compared.get(s), left);
            Scorer.Score r = scorer.score(compared.get(s), right);
            leftScores[s] = l.matches() ? l.total() : 0;
            rightScores[s] = r.matches() ? r.total() : 0;
            bestLeft = Math.max(bestLeft, leftScores[s]);
        }
        if (bestLeft <= 0) {
            return;
        }
        for (int l = 0; l < compared.size(); l++) {
            if (!Ties.equal(leftScores[l], bestLeft)) {
                continue;
            }
            Subject first = compared.get(l);
            double bestRight = 0;
            for (int r = 0; r < compared.size(); r++) {
                if (r != l && sameKind(first, compared.get(r))) {
                    bestRight = Math.max(bestRight, rightScores[r]);
                }
            }
            for (int r = 0; r < compared.size() && bestRight > 0; r++) {
                Subject second = compared.get(r);
                if (r != l && sameKind(first, second) && Ties.equal(rightScores[r], bestRight)) {
                    addPair(found, first, second, named, leftScores[l] + rightScores[r], candidates);
                }
            }
        }
    }

    private void addPair(Found found, Subject first, Subject second, Named named, double score,
                         List<Candidate> candidates) {
        int t = first.table();
        boolean ratio = found.quantity().form() == ClaimForm.RATIO;
        for (Aspect aspect : aspects(t, named, defaults(found.quantity()))) {
            if (first.kind() == Subject.Kind.GROUP && !(aspect instanceof Aspect.Of)) {
                continue;
            }
            boolean twoBases = maker.hasOtherBase(t, aspect) && named.hints().base() == null;
            Base base = maker.hasOtherBase(t, aspect) && named.hints().base() == Base.ANSWERED ? Base.ANSWERED : Base.ALL;
            candidates.add(new Candidate(() -> pair(first, second, aspect, base, ratio),
                    twoBases ? () -> pair(first, second, aspect, Base.ANSWERED, ratio) : null, score,
                    !named.hints().counted()));
        }
    }

    private Figure pair(Subject first, Subject second, Aspect aspect, Base base, boolean ratio) {
        Figure a = figureOf(first, aspect, base);
        Figure b = figureOf(second, aspect, base);
        return ratio ? maker.ratio(a, b) : maker.difference(a, b);
    }

    private Figure figureOf(Subject subject, Aspect aspect, Base base) {
        return subject.kind() == Subject.Kind.ITEM
                ? maker.item(subject.table(), subject.index(), aspect, base)
                : maker.group(subject.table(), subject.index(), ((Aspect.Of) aspect).measure(), base);
    }

    private static boolean sameKind(Subject a, Subject b) {
        return a.kind() == b.kind() && a.table() == b.table();
    }

    /** One side's words at 1, the other side's at {@code otherWeight}, the rest as in the sentence (less). */
    private static double[] sideWeights(double[] weights, List<Integer> side, List<Integer> other, double otherWeight) {
        double[] result = new double[weights.length];
        for (int k = 0; k < weights.length; k++) {
            result[k] = weights[k] == 0 ? 0 : Math.min(weights[k], REST_WEIGHT) * 0.5;
        }
        for (int k : other) {
            result[k] = weights[k] == 0 ? 0 : otherWeight;
        }
        for (int k : side) {
            result[k] = weights[k] == 0 ? 0 : 1;
        }
        return result;
    }

    private Subject subjectOf(GapResult gap) {
        int b = index.study().benchmarks().indexOf(gap.benchmark());
        return index.subjects().stream().filter(s -> s.kind() == Subject.Kind.BENCHMARK && s.index() == b)
                .findFirst().orElseThrow();
    }

    private Scorer.Score practiceScore(Practice practice, Context context) {
        int t = maker.tableIndex(practice.tableId());
        if (t < 0) {
            return Scorer.Score.NONE;
        }
        SurveyTable table = index.study().tables().get(t);
        int position;
        Subject.Kind kind;
        switch (practice) {
            case Practice.GroupMeasure m -> {
                kind = Subject.Kind.GROUP;
                position = table.groups().indexOf(table.group(m.groupId()).orElse(null));
            }
            case Practice.CategoryShare share -> {
                kind = Subject.Kind.ITEM;
                position = table.indexOf(share.itemId());
            }
            case Practice.ItemMeasure m -> {
                kind = Subject.Kind.ITEM;
                position = table.indexOf(m.itemId());
            }
        }
        int index2 = position;
        return index.subjects().stream()
                .filter(s -> s.kind() == kind && s.table() == t && s.index() == index2)
                .findFirst().map(s -> scorer.score(s, context)).orElse(Scorer.Score.NONE);
    }

    private Subject group(int t, int g) {
        return index.subjects().stream()
                .filter(s -> s.kind() == Subject.Kind.GROUP && s.table() == t && s.index() == g)
                .findFirst().orElseThrow();
    }

    private static List<Integer> range(int n) {
        var list = new ArrayList<Integer>();
        for (int k = 0; k < n; k++) {
            list.add(k);
        }
        return list;
    }
}
