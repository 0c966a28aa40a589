package dk.taktstok.claims;

import dk.taktstok.model.Study;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a draft's quantitative claims against a study: finds each claim (Danish and English), the
 * figures of the study its sentence names best, and holds the claim against them. Made once per study,
 * it checks any number of drafts. Rules: docs/claim-check.md.
 */
public final class ClaimChecker {

    /** Figures that match a claim equally are all shown, up to this many. */
    static final int MOST_SHOWN = 6;

    private final StudyIndex index;
    private final Scorer scorer;

    public ClaimChecker(Study study) {
        this.index = new StudyIndex(study);
        this.scorer = new Scorer(index);
    }

    /**
     * @param language the language of the reasons and formulas ("da", "en"); null for the draft's own
     * @param places   where the study's shares were read, for naming the cells behind a figure
     */
    public CheckReport check(String text, String language, Places places) {
        List<Sentence> sentences = Sentences.of(text);
        var all = new ArrayList<Token>();
        sentences.forEach(s -> all.addAll(s.tokens()));
        Language draft = Language.detect(all);
        ClaimTexts texts = ClaimTexts.of(language != null ? language : draft.tag());
        var candidates = new Candidates(index, scorer, new FigureMaker(index, texts, places));
        var claims = new ArrayList<Claim>();
        for (Sentence sentence : sentences) {
            List<Found> found = QuantityFinder.find(text, sentence);
            for (Found claim : found) {
                List<Candidate> options = candidates.of(claim, sentence, found, draft, text);
                claims.add(judge(claims.size() + 1, claim.quantity(), sentence, text, best(options), texts));
            }
        }
        return new CheckReport(text, texts.language(), claims);
    }

    /**
     * The candidates with the highest score, several where they tie; a figure that cannot be computed (a
     * share missing behind it) gives way to the next best.
     */
    private static List<Candidate> best(List<Candidate> options) {
        var left = new ArrayList<>(options);
        while (!left.isEmpty()) {
            double top = left.stream().mapToDouble(Candidate::score).max().orElseThrow();
            List<Candidate> tied = left.stream().filter(c -> Ties.equal(c.score(), top)).toList();
            List<Candidate> computable = tied.stream().filter(Candidate::computable).toList();
            if (!computable.isEmpty()) {
                return computable;
            }
            left.removeAll(tied);
        }
        return List.of();
    }

    private static Claim judge(int number, Quantity quantity, Sentence sentence, String text, List<Candidate> best,
                               ClaimTexts texts) {
        List<Assessment> assessments = new ArrayList<>();
        for (Candidate candidate : best) {
            assessments.add(Judge.assess(quantity, candidate.figure(), candidate.otherBase(), candidate.baseOpen()));
        }
        if (Judge.isPrecise(quantity)) {
            assessments = Judge.readingsThatFit(assessments);
        }
        Verdict verdict = Judge.combined(assessments);
        // the weakest first, so that a reader sees at once what the verdict rests on
        assessments = new ArrayList<>(assessments);
        assessments.sort(Comparator.comparingInt((Assessment a) -> -a.verdict().ordinal()));
        List<Assessment> shown = assessments.subList(0, Math.min(MOST_SHOWN, assessments.size()));
        String reason = Reasons.of(quantity, assessments, verdict, texts);
        return new Claim(number, quantity, sentence.text(text), sentence.start(), sentence.end(), verdict, reason,
                List.copyOf(shown));
    }
}
