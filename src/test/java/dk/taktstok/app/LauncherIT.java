package dk.taktstok.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The app image's launcher, run as a process with no display: what the README and installers ship. */
class LauncherIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void indicesJsonPrintsTheSampleStudysNumbers() throws Exception {
        Launcher.Run run = Launcher.run("indices", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode table = JSON.readTree(run.out()).get("tables").get(0);
        JsonNode row1 = table.get("items").get(0);
        assertThat(row1.get("topBox").asDouble()).isCloseTo(73.1, within(0.005));
        assertThat(row1.get("topBoxValid").asDouble()).isCloseTo(83.64, within(0.005));
        assertThat(row1.get("meanScore").asDouble()).isCloseTo(69.30, within(0.005));
        assertThat(row1.get("net").asDouble()).isCloseTo(58.8, within(0.005));
        assertThat(table.get("groups").get(0).get("meanScore").asDouble()).isCloseTo(64.89, within(0.005));
        assertThat(table.get("groups").get(1).get("meanScore").asDouble()).isCloseTo(57.12, within(0.005));
        assertThat(JSON.readTree(run.out()).get("gaps").get(0).get("gap").asDouble()).isCloseTo(60.2, within(0.005));
    }

    @Test
    void checkReadsAWordDraftAndHoldsItsClaimsAgainstTheSample(@TempDir Path folder) throws Exception {
        Path docx = folder.resolve("udkast.docx");
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             var out = Files.newOutputStream(docx)) {
            document.createParagraph().createRun().setText("Mere end 80 procent af cheferne svarer, at kommunen"
                    + " som regel eller somme tider inviterer foreninger til opgaver.");
            document.createParagraph().createRun().setText("75 procent af de kommunale chefer vil styrke de civile"
                    + " aktørers rolle.");
            document.write(out);
        }

        Launcher.Run run = Launcher.run("check", docx.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode claims = JSON.readTree(run.out()).get("claims");
        assertThat(claims.get(0).get("verdict").asString()).isEqualTo("contradicted");
        assertThat(claims.get(0).get("figures").get(0).get("value").asDouble()).isCloseTo(73.1, within(1e-9));
        assertThat(claims.get(1).get("verdict").asString()).isEqualTo("supported");
    }

    @Test
    void indicesPrintsDanishNumbersForTheDanishSample() throws Exception {
        Launcher.Run run = Launcher.run("indices");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Kommunen inviterer foreninger").contains("73,1").contains("Sjældent");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void withoutADisplayTheDesktopSaysSoInOneLineAndPointsToExport() throws Exception {
        Launcher.Run run = Launcher.run();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(1).first().asString()
                .startsWith("error: there is no display").contains("taktstok export");
    }

    @Test
    void openingAFileWithoutADisplaySaysTheSame(@TempDir Path folder) throws Exception {
        Path csv = Files.writeString(folder.resolve("seed.csv"), "item,Som regel,Aldrig\nA,60,40\n");

        Launcher.Run run = Launcher.run(csv.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("error: there is no display");
    }

    @Test
    void emptyFileIsRefusedInOneLineWithoutAStackTrace(@TempDir Path folder) throws Exception {
        Path empty = Files.createFile(folder.resolve("empty.xlsx"));

        Launcher.Run run = Launcher.run("validate", empty.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("error: " + empty + ": the file is empty\n");
    }

    @Test
    void unknownOptionIsAUsageErrorWithExitCode2() throws Exception {
        Launcher.Run run = Launcher.run("indices", "--colour");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().lines()).hasSize(1).first().asString().startsWith("error: ");
    }

    @Test
    void convertedSampleGivesTheSameNumbers(@TempDir Path folder) throws Exception {
        Path study = folder.resolve("sample.json");
        Path csv = folder.resolve("seed.csv");
        Files.writeString(csv, """
                item,Som regel,Somme tider,Sjældent,Aldrig,Ved ikke
                "Kommunen inviterer foreninger",26.7,46.4,8.8,5.5,12.7
                """, StandardCharsets.UTF_8);

        Launcher.Run convert = Launcher.run("convert", csv.toString(), "--out", study.toString());
        Launcher.Run indices = Launcher.run("indices", study.toString(), "--json");

        assertThat(convert.exitCode()).as(convert.err()).isZero();
        assertThat(convert.out().strip()).isEqualTo(study.toString());
        JsonNode row1 = JSON.readTree(indices.out()).get("tables").get(0).get("items").get(0);
        assertThat(row1.get("meanScore").asDouble()).isCloseTo(69.30, within(0.005));
    }

    @Test
    void exportWritesEverySampleChartAsPngSvgPdfAndAltTextWithoutADisplay(@TempDir Path out) throws Exception {
        Launcher.Run run = Launcher.run("export", "--out", out.toString(), "--format", "png,svg,pdf", "--scale", "2",
                "--width", "640");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        try (var files = Files.list(out)) {
            var names = files.map(f -> f.getFileName().toString()).sorted().toList();
            assertThat(names).hasSize(16).contains("goal-vs-practice.png", "goal-vs-practice.svg",
                    "goal-vs-practice.pdf", "goal-vs-practice.txt");
        }
        var image = javax.imageio.ImageIO.read(out.resolve("initiative-diverging.png").toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
    }

    @Test
    void respondentWorkbookGivesSharesAndNPerItemInBoundedMemory(@TempDir Path folder) throws Exception {
        Path file = dk.taktstok.testing.RespondentWorkbooks.write(folder.resolve("survey.xlsx"), 20_000, 10, 1,
                dk.taktstok.testing.RespondentWorkbooks.Options.TEXT.withBlanks(0.02));

        Launcher.Run run = Launcher.run("indices", file.toString(), "--layout", "respondents", "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode item = JSON.readTree(run.out()).get("tables").get(0).get("items").get(0);
        assertThat(item.get("n").asInt()).isBetween(19_000, 20_000);
        double sum = 0;
        for (JsonNode share : item.get("shares")) {
            sum += share.asDouble();
        }
        assertThat(sum).isCloseTo(100, within(1e-9));
        assertThat(item.get("moe").get("topBox").asDouble()).isBetween(0.1, 1.0);
    }
}
