package dk.taktstok.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.claims.ClaimChecker;
import dk.taktstok.claims.Places;
import dk.taktstok.io.store.SampleStudy;
import org.junit.jupiter.api.Test;

/**
 * A guard against claim check growing several times slower: a 5,000-word draft, held to three times its
 * budget of one second, so that a busy test machine does not fail it. {@link ClaimCheckTiming} and
 * bench/claims.sh measure properly (docs/benchmarks.md).
 */
class ClaimCheckBudgetTest {

    private static final double BUDGET_MS = 1000;
    private static final int MARGIN = 3;

    @Test
    void aDraftOfFiveThousandWordsIsCheckedWithinItsBudget() {
        String draft = Drafts.danish(5000);
        var checker = new ClaimChecker(SampleStudy.load());

        double median = RenderTiming.median(RenderTiming.time(5, () -> checker.check(draft, null, Places.NONE).claims().size()));

        assertThat(Drafts.words(draft)).isBetween(5000, 5050);
        assertThat(checker.check(draft, null, Places.NONE).claims()).hasSizeGreaterThan(200);
        assertThat(median).as("median ms").isLessThanOrEqualTo(MARGIN * BUDGET_MS);
    }
}
