package dk.taktstok.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class ExportCommandTest {

    private static final List<String> SAMPLE_CHARTS =
            List.of("initiative-diverging", "initiative-stacked", "initiative-groups", "goal-vs-practice");

    @Test
    void writesEveryChartInEveryFormatWithItsAltTextAndPrintsThePaths(@TempDir Path out) {
        CliRun run = CliRun.of("export", "--out", out.toString(), "--format", "png,svg,pdf", "--scale", "2",
                "--width", "640");

        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String chart : SAMPLE_CHARTS) {
            for (String extension : List.of("png", "svg", "pdf", "txt")) {
                Path file = out.resolve(chart + "." + extension);
                assertThat(file).exists();
                assertThat(run.out()).contains(file.toString());
            }
        }
    }

    @Test
    void pngIsTheWidthTimesTheScale(@TempDir Path out) throws Exception {
        CliRun.of("export", "--out", out.toString(), "--scale", "2", "--width", "640", "--chart", "initiative-stacked");

        BufferedImage image = ImageIO.read(out.resolve("initiative-stacked.png").toFile());

        assertThat(image.getWidth()).isEqualTo(1280);
    }

    @Test
    void transparentPngHasNoBackground(@TempDir Path out) throws Exception {
        CliRun.of("export", "--out", out.toString(), "--transparent", "--chart", "initiative-stacked");

        BufferedImage image = ImageIO.read(out.resolve("initiative-stacked.png").toFile());

        assertThat(image.getColorModel().hasAlpha()).isTrue();
        assertThat(image.getRGB(1, 1) >>> 24).isZero();
    }

    @Test
    void svgIsWellFormedWithLabelsAndValuesAsText(@TempDir Path out) throws Exception {
        CliRun.of("export", "--out", out.toString(), "--format", "svg", "--chart", "initiative-diverging");
        byte[] svg = Files.readAllBytes(out.resolve("initiative-diverging.svg"));

        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg));
        NodeList texts = document.getElementsByTagName("text");
        var strings = new java.util.ArrayList<String>();
        for (int i = 0; i < texts.getLength(); i++) {
            strings.add(texts.item(i).getTextContent());
        }

        assertThat(strings).contains("Kommunen tager oftest initiativet til samarbejdet", "Som regel", "46,4",
                "73,1\u00A0%", "Ved ikke");
        assertThat(document.getElementsByTagName("title").getLength()).isPositive();
        assertThat(document.getElementsByTagName("desc").item(0).getTextContent()).contains("79,7\u00A0%");
    }

    @Test
    void pdfTextCanBeExtractedWithDanishLetters(@TempDir Path out) throws Exception {
        CliRun.of("export", "--out", out.toString(), "--format", "pdf", "--chart", "goal-vs-practice");

        String text;
        try (PDDocument pdf = Loader.loadPDF(out.resolve("goal-vs-practice.pdf").toFile())) {
            text = new PDFTextStripper().getText(pdf);
        }

        assertThat(text).contains("75 pct. vil styrke de civile aktører – men de tager sjældent")
                .contains("initiativet").contains("Hvor ofte sker følgende").contains("60,2 point")
                .contains("60,2 point fra mål til praksis");
    }

    @Test
    void altTextDescribesTheLargestAndSmallestGap(@TempDir Path out) throws Exception {
        CliRun.of("export", "--out", out.toString(), "--chart", "goal-vs-practice", "--lang", "en");

        String alt = Files.readString(out.resolve("goal-vs-practice.txt"), StandardCharsets.UTF_8);

        assertThat(alt).contains("75%").contains("The largest gap is 70.8 points").contains("the smallest 42.9 points");
    }

    @Test
    void englishExportUsesEnglishNumbers(@TempDir Path out) throws Exception {
        CliRun.of("export", "--out", out.toString(), "--format", "svg", "--lang", "en", "--chart", "initiative-diverging");

        String svg = Files.readString(out.resolve("initiative-diverging.svg"), StandardCharsets.UTF_8);

        assertThat(svg).contains(">73.1%<").contains(">Usually<").doesNotContain("73,1");
    }

    @Test
    void unknownChartIsAUsageErrorListingTheCharts(@TempDir Path out) {
        CliRun run = CliRun.of("export", "--out", out.toString(), "--chart", "pie");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no chart 'pie'; the charts are: initiative-diverging, initiative-stacked");
    }

    @Test
    void scaleOutsideOneToFourIsAUsageError(@TempDir Path out) {
        CliRun run = CliRun.of("export", "--out", out.toString(), "--scale", "5");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--scale must be from 1 to 4, was 5");
    }

    @Test
    void unknownFormatIsAUsageError(@TempDir Path out) {
        CliRun run = CliRun.of("export", "--out", out.toString(), "--format", "gif");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown format 'gif'; choose from png, svg, pdf");
    }

    @Test
    void workbookWithoutChartsGetsTheDefaultSet(@TempDir Path folder) throws Exception {
        Path workbook = BadInputs.seed(folder);
        Path out = folder.resolve("charts");

        CliRun run = CliRun.of("export", workbook.toString(), "--out", out.toString(), "--format", "svg");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("data-diverging.svg")).exists();
        assertThat(out.resolve("data-stacked.svg")).exists();
    }

    @Test
    void answersThatDifferOnlyInCaseOrPunctuationExportEachWithIdsOfItsOwn(@TempDir Path folder) throws Exception {
        Path csv = Files.writeString(folder.resolve("answers.csv"),
                "Hvem svarer?,Man,man.,Both,both\nSpørgsmål 1,10,20,30,40\nSpørgsmål 2,25,25,25,25\n");
        Path out = folder.resolve("charts");

        CliRun run = CliRun.of("export", csv.toString(), "--out", out.toString(), "--format", "png,svg,pdf");

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (var svgs = Files.list(out)) {
            List<Path> files = svgs.filter(f -> f.toString().endsWith(".svg")).toList();
            assertThat(files).isNotEmpty();
            for (Path svg : files) {
                Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
                var ids = new java.util.ArrayList<String>();
                NodeList all = document.getElementsByTagName("*");
                for (int i = 0; i < all.getLength(); i++) {
                    String id = ((org.w3c.dom.Element) all.item(i)).getAttribute("id");
                    if (!id.isEmpty()) {
                        ids.add(id);
                    }
                }
                assertThat(ids).as(svg.getFileName().toString()).doesNotHaveDuplicates()
                        .contains("legend-man-swatch", "legend-man-2-swatch", "legend-both-swatch", "legend-both-2-swatch");
            }
        }
    }

    @Test
    void brokenThemeFileIsRefusedNamingTheField(@TempDir Path folder) throws Exception {
        Path theme = Files.writeString(folder.resolve("theme.json"), "{\"colors\": {\"text\": \"blue\"}}");

        CliRun run = CliRun.of("export", "--out", folder.resolve("out").toString(), "--theme", theme.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("colors.text");
    }

    @Test
    void themeFileChangesTheColours(@TempDir Path folder) throws Exception {
        Path theme = Files.writeString(folder.resolve("theme.json"),
                "{\"name\": \"Avisen\", \"colors\": {\"high\": [\"#123456\", \"#345678\"]}}");

        CliRun.of("export", "--out", folder.toString(), "--format", "svg", "--chart", "initiative-stacked",
                "--theme", theme.toString());

        assertThat(Files.readString(folder.resolve("initiative-stacked.svg"))).contains("#123456");
    }

    @Test
    void rowSummingTo130IsMarkedOnTheChartAndPrintedAsAWarning(@TempDir Path out) throws Exception {
        Path study = workbookTable(out, "39,7");

        CliRun run = CliRun.of("export", study.toString(), "--out", out.resolve("charts").toString(), "--format",
                "svg");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).containsPattern("warning: [a-z-]+: \u00bbKommunen lader brugerne bidrage\u00ab summer til"
                + " 130, ikke 100 \u00b1 0,5");
        try (var svgs = Files.list(out.resolve("charts"))) {
            assertThat(svgs.filter(f -> f.toString().endsWith(".svg")).toList()).isNotEmpty().allSatisfy(svg ->
                    assertThat(Files.readString(svg)).contains(">\u03a3 130<"));
        }
    }

    @Test
    void strictRefusesToExportARowSummingTo130AndWritesNothing(@TempDir Path out) throws Exception {
        Path study = workbookTable(out, "39,7");

        CliRun run = CliRun.of("export", study.toString(), "--out", out.resolve("charts").toString(), "--strict");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).containsPattern("error: [a-z-]+: \u00bbKommunen lader brugerne bidrage\u00ab summer til 130")
                .contains("nothing exported (--strict)");
        assertThat(out.resolve("charts")).doesNotExist();
    }

    @Test
    void notANumberWhereAShareBelongsStopsTheExportNamingTheCell(@TempDir Path out) throws Exception {
        Path study = workbookTable(out, "n/a");

        CliRun run = CliRun.of("export", study.toString(), "--out", out.resolve("charts").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("'n/a' is not a number, at 6:2");
        assertThat(out.resolve("charts")).doesNotExist();
    }

    @Test
    void strictExportsTheSampleWhoseDataIsRight(@TempDir Path out) {
        CliRun run = CliRun.of("export", "--out", out.toString(), "--strict", "--chart", "initiative-stacked");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(out.resolve("initiative-stacked.png")).exists();
    }

    @Test
    void sheetNameAsHeadlineAndNoSourceAreWarnedAbout(@TempDir Path out) throws Exception {
        Path study = Files.writeString(out.resolve("table.csv"), """
                Sheet1
                ;Som regel;Somme tider;Sjældent;Aldrig;Ved ikke
                Kommunen inviterer foreninger;26,7;46,4;8,8;5,5;12,7
                Kommunen inviterer enkelte frivillige;15,5;46,7;17,9;6,7;13,3
                """, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("export", study.toString(), "--out", out.resolve("charts").toString(), "--lang", "en");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).containsPattern("warning: [a-z0-9-]+: the headline \u201c[^\u201d]+\u201d looks like a file"
                + " or sheet name").containsPattern("warning: [a-z0-9-]+: the chart has no source line");
    }

    @Test
    void htmlEmbedIsOneSelfContainedFileAChartWithAltTextAndDataTable(@TempDir Path out) throws Exception {
        CliRun run = CliRun.of("export", "--out", out.toString(), "--format", "html");

        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String chart : SAMPLE_CHARTS) {
            String html = Files.readString(out.resolve(chart + ".html"));
            assertThat(html).startsWith("<!DOCTYPE html>").contains("<table", "<caption>", "role=\"img\" aria-label=\"");
            assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<link")
                    .doesNotContain("@import").doesNotContain("src=").doesNotContain("href=");
            // the only URLs are the SVG namespace, which names and does not fetch, and data: fonts
            assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http:")
                    .doesNotContain("https:").doesNotContain("ftp:");
            assertThat(html).doesNotContainPattern("url\\((?!data:)");
        }
    }

    /** A report's table as a CSV, "Kommunen lader brugerne bidrage" with {@code usually} for "Som regel" (9,7). */
    private static Path workbookTable(Path folder, String usually) throws Exception {
        return Files.writeString(folder.resolve("table.csv"), """
                Hvem tager initiativet til samarbejdet?
                Kilde: SDU og KORA
                ;Som regel;Somme tider;Sjældent;Aldrig;Ved ikke
                Kommunen inviterer foreninger;26,7;46,4;8,8;5,5;12,7
                Kommunen inviterer enkelte frivillige;15,5;46,7;17,9;6,7;13,3
                Kommunen lader brugerne bidrage;%s;41,8;16,4;8,5;23,6
                Regionale aktører inviterer kommunen;4,2;46,1;24,2;8,2;17,3
                """.formatted(usually), StandardCharsets.UTF_8);
    }
}
