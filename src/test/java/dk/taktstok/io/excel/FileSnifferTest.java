package dk.taktstok.io.excel;

import static org.assertj.core.api.Assertions.assertThat;

import dk.taktstok.io.excel.FileSniffer.Kind;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileSnifferTest {

    private static FileSniffer.Sniffed sniff(String text) {
        return FileSniffer.sniff(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void officeFilesAreToldByTheirMagicNumbers() {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThat(FileSniffer.sniff(ole2).kind()).isEqualTo(Kind.OLE2);
        assertThat(FileSniffer.sniff(new byte[]{'P', 'K', 3, 4, 20, 0, 0, 0}).kind()).isEqualTo(Kind.ZIP);
    }

    @Test
    void excel4AndOlderIsRefusedWithAdvice() {
        byte[] biff4 = {0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00, 0, 0, 0, 0};

        FileSniffer.Sniffed sniffed = FileSniffer.sniff(biff4);

        assertThat(sniffed.kind()).isEqualTo(Kind.OTHER);
        assertThat(sniffed.message()).isEqualTo(ExcelFailures.OLD_EXCEL);
        assertThat(sniffed.message()).contains("Excel 95 or older format, which Taktstok cannot read; "
                + "open it in a spreadsheet program and save it as .xlsx");
    }

    @Test
    void webPagesXmlAndPdfAreNamed() {
        assertThat(sniff("<!DOCTYPE html><html><table><tr><td>1</td></tr></table></html>").message()).contains("web page (HTML)");
        assertThat(sniff("<?xml version=\"1.0\"?><?mso-application progid=\"Excel.Sheet\"?><Workbook "
                + "xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\"/>").message()).contains("Excel 2003 XML spreadsheet");
        assertThat(sniff("<?xml version=\"1.0\"?><data/>").message()).contains("XML file");
        assertThat(sniff("%PDF-1.7\n%âãÏÓ").message()).contains("PDF");
    }

    @Test
    void textIsTextAndBinaryIsUnknown() {
        assertThat(sniff("item;Som regel\nA;26,7\n").kind()).isEqualTo(Kind.TEXT);
        assertThat(FileSniffer.sniff(new byte[]{1, 2, 0, 4, 5, 6, 7, 8, 9}).message()).contains("not an Excel workbook");
    }
}
