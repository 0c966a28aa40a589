package dk.taktstok.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dk.taktstok.io.store.SampleStudy;
import java.nio.charset.StandardCharsets;

/**
 * Fuzz target of claim check: any text gives a report without an exception, every claim's span points at
 * its words in the text, and a claim has figures unless it was not found. Runs over the committed inputs
 * (ClaimCheckFuzzTestInputs) in every build; fuzzes with JAZZER_FUZZ=1 (.ci/fuzz).
 */
class ClaimCheckFuzzTest {

    private static final ClaimChecker SAMPLE = new ClaimChecker(SampleStudy.load());
    private static final ClaimChecker PANEL = new ClaimChecker(PanelStudy.study());

    @FuzzTest(maxDuration = "60s")
    void anyTextGivesAReport(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        for (ClaimChecker checker : new ClaimChecker[] {SAMPLE, PANEL}) {
            CheckReport report = checker.check(text, null, Places.NONE);

            assertThat(report.text()).isEqualTo(text);
            for (Claim claim : report.claims()) {
                Quantity q = claim.quantity();
                assertThat(q.start()).isBetween(claim.sentenceStart(), claim.sentenceEnd());
                assertThat(q.end()).isBetween(q.start(), claim.sentenceEnd());
                assertThat(text.substring(q.start(), q.end())).isEqualTo(q.text());
                assertThat(claim.reason()).isNotBlank();
                assertThat(claim.figures().isEmpty()).isEqualTo(claim.verdict() == Verdict.NOT_FOUND);
            }
        }
    }
}
