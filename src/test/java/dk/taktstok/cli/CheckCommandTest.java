package dk.taktstok.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CheckCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DRAFT = "# Samskabelse\n\nMere end 70 procent af cheferne svarer, at kommunen som regel"
            + " eller somme tider inviterer foreninger til opgaver.\n\n75 procent af de kommunale chefer vil styrke de"
            + " civile aktørers rolle.\n";

    @TempDir
    Path folder;

    private Path write(String name, String text) throws Exception {
        Path file = folder.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void textNamesEachClaimsVerdictFigureAndFormula() throws Exception {
        CliRun run = CliRun.of("check", write("draft.md", DRAFT).toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 påstande: 2 holder")
                .contains("1. HOLDER: \u201CMere end 70 procent\u201D (linje 3)")
                .contains("Kommunen inviterer foreninger · Topboks (Som regel + Somme tider) = 73,1")
                .contains("Formel: Topboks = Som regel + Somme tider = 26,7 + 46,4 = 73,1")
                .contains("Celler: $.tables[0].items[0].shares[0], $.tables[0].items[0].shares[1]")
                .contains("Mål · Chefer, der vil styrke civile aktørers rolle = 75,0");
    }

    @Test
    void langEnWritesTheReportInEnglish() throws Exception {
        CliRun run = CliRun.of("check", write("draft.md", DRAFT).toString(), "--lang", "en");

        assertThat(run.out()).contains("2 claims: 2 supported").contains("1. SUPPORTED")
                .contains("Formula: Top box = Usually + Sometimes = 26.7 + 46.4 = 73.1");
    }

    @Test
    void aContradictedClaimIsReportedAndTheCheckStillEndsWithZero() throws Exception {
        CliRun run = CliRun.of("check", write("draft.txt", DRAFT.replace("70", "80")).toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("1 holder ikke").contains("1. HOLDER IKKE")
                .contains("Tallet er 73,1, men påstanden holder kun for tal over 80.");
    }

    @Test
    void jsonGivesSentenceSpanQuantityVerdictFiguresAndReason() throws Exception {
        CliRun run = CliRun.of("check", write("draft.md", DRAFT).toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("summary").get("supported").asInt()).isEqualTo(2);
        JsonNode first = root.get("claims").get(0);
        int start = first.get("span").get("start").asInt();
        int end = first.get("span").get("end").asInt();
        assertThat(DRAFT.substring(start, end)).isEqualTo("Mere end 70 procent");
        assertThat(root.get("text").asString()).isEqualTo(DRAFT);
        assertThat(first.get("sentence").asString()).startsWith("Mere end 70 procent af cheferne");
        assertThat(first.get("quantity").get("form").asString()).isEqualTo("percent");
        assertThat(first.get("quantity").get("bound").asString()).isEqualTo("moreThan");
        assertThat(first.get("quantity").get("holds").get("low").asDouble()).isEqualTo(70);
        assertThat(first.get("quantity").get("holds").get("high").isNull()).isTrue();
        assertThat(first.get("verdict").asString()).isEqualTo("supported");
        assertThat(first.get("reason").asString()).contains("73,1");
        JsonNode figure = first.get("figures").get(0);
        assertThat(figure.get("kind").asString()).isEqualTo("itemMeasure");
        assertThat(figure.get("item").asString()).isEqualTo("invites-associations");
        assertThat(figure.get("measure").asString()).isEqualTo("topBox");
        assertThat(figure.get("value").asDouble()).isCloseTo(73.1, within(1e-9));
        assertThat(figure.get("margin").isNull()).isTrue();
        assertThat(figure.get("cells").get(1).get("place").asString()).isEqualTo("$.tables[0].items[0].shares[1]");
        assertThat(root.get("claims").get(1).get("figures").get(0).get("kind").asString()).isEqualTo("benchmark");
    }

    @Test
    void aWordDocumentIsReadParagraphByParagraph() throws Exception {
        Path docx = folder.resolve("draft.docx");
        try (var document = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            document.createParagraph().createRun().setText("Samskabelse");
            document.createParagraph().createRun().setText("Mere end 70 procent af cheferne svarer, at kommunen"
                    + " som regel eller somme tider inviterer foreninger til opgaver.");
            document.createParagraph().createRun().setText("75 procent af de kommunale chefer vil styrke de civile"
                    + " aktørers rolle.");
            document.write(out);
        }

        CliRun run = CliRun.of("check", docx.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("summary").get("supported").asInt()).isEqualTo(2);
        String text = root.get("text").asString();
        JsonNode span = root.get("claims").get(1).get("span");
        assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt())).isEqualTo("75 procent");
    }

    @Test
    void aStudyFileGivesItsOwnCellsAsPlaces() throws Exception {
        Path csv = folder.resolve("initiative.csv");
        Files.copy(CheckCommandTest.class.getResourceAsStream("/dk/taktstok/io/seed/initiative-table.csv"), csv);

        CliRun run = CliRun.of("check", write("draft.md", DRAFT).toString(), csv.toString(), "--json");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode first = JSON.readTree(run.out()).get("claims").get(0);
        assertThat(first.get("verdict").asString()).isEqualTo("supported");
        assertThat(first.get("figures").get(0).get("cells").get(0).get("place").asString()).isEqualTo("2:2");
    }

    @Test
    void aDraftThatCannotBeReadEndsWithOneAndSaysWhy() throws Exception {
        Path picture = folder.resolve("draft.png");
        Files.write(picture, new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0});

        CliRun missing = CliRun.of("check", folder.resolve("nowhere.txt").toString());
        CliRun png = CliRun.of("check", picture.toString());

        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("nowhere.txt: the file does not exist");
        assertThat(png.exitCode()).isEqualTo(1);
        assertThat(png.err()).contains("this is a PNG image, not a draft");
        assertThat(missing.showsAStackTrace() || png.showsAStackTrace()).isFalse();
    }

    @Test
    void anUnknownLanguageIsWrongUsage() throws Exception {
        CliRun run = CliRun.of("check", write("draft.md", DRAFT).toString(), "--lang", "fr");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--lang takes da or en");
    }

    @Test
    void aDraftWithoutClaimsSaysSo() throws Exception {
        CliRun run = CliRun.of("check", write("draft.txt", "Kommunerne samarbejder med frivillige.").toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Udkastet har ingen påstande med tal.");
    }
}
