package dk.taktstok.io.article;

import dk.taktstok.io.FileKind;
import dk.taktstok.io.InternalFaults;
import dk.taktstok.io.Limits;
import dk.taktstok.io.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads a draft for claim check: plain text or Markdown (UTF-8, or Windows-1252 with a warning), or a Word
 * document (.docx, its paragraphs and the cells of its tables, in order, read with POI). Anything else is
 * refused in plain words, as a study file would be. Reading never changes the file.
 */
public final class ArticleReader {

    /** A Word document whose parts unpack to more than 100× their packed size is a zip bomb. */
    private static final double MIN_INFLATE_RATIO = 0.01;
    private static final long MAX_ENTRY_BYTES = 1L << 30;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private ArticleReader() {
    }

    public static ArticleText read(Path file) {
        try {
            long size = Files.size(file);
            if (size > Limits.MAX_FILE_BYTES) {
                return ArticleText.failed("the draft is larger than " + Limits.megabytes(Limits.MAX_FILE_BYTES)
                        + " MB; Taktstok reads drafts up to that size");
            }
            byte[] head = new byte[4096];
            int length;
            try (InputStream in = Files.newInputStream(file)) {
                length = in.readNBytes(head, 0, head.length);
            }
            FileKind kind = FileKind.of(head, length);
            return switch (kind) {
                case ZIP -> word(file);
                case OLE2 -> ArticleText.failed("this is an older Office file (a Word 97–2003 .doc, or a document"
                        + " protected with a password); save it as .docx or plain text and check that");
                case TEXT, JSON, EMPTY -> text(Files.readAllBytes(file));
                default -> ArticleText.failed("this is " + kind.description()
                        + ", not a draft; Taktstok checks plain text, Markdown and Word documents (.docx)");
            };
        } catch (NoSuchFileException e) {
            return ArticleText.failed("the file does not exist");
        } catch (IOException e) {
            return ArticleText.failed("the file could not be read: " + e.getMessage());
        }
    }

    /** Text as it is: UTF-8 (a byte-order mark dropped), else Windows-1252, with a warning. */
    static ArticleText text(byte[] bytes) {
        var problems = new ArrayList<Problem>();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            text = new String(bytes, WINDOWS_1252);
            problems.add(Problem.warning(null, "the text is not UTF-8; it was read as Windows-1252"));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            problems.add(Problem.warning(null, "the draft is empty"));
        }
        return new ArticleText(text, problems);
    }

    /** A Word document's paragraphs, and its tables' cells, in order, a blank line between each. */
    static ArticleText word(Path file) {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        try (OPCPackage pack = OPCPackage.open(file.toFile(), PackageAccess.READ);
             XWPFDocument document = new XWPFDocument(pack)) {
            var paragraphs = new ArrayList<String>();
            collect(document.getBodyElements(), paragraphs);
            return new ArticleText(String.join("\n\n", paragraphs), List.of());
        } catch (EncryptedDocumentException e) {
            return ArticleText.failed("the document is password-protected; save it without a password to check it");
        } catch (IOException | RuntimeException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            if (InternalFaults.isOurs(e)) {
                return new ArticleText(null, List.of(Problem.internal(null,
                        "Taktstok could not read this document (an internal error; please report it)", e)));
            }
            // what POI throws at a damaged package, another kind of ZIP or a bomb, said in one sentence
            String message = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
            return ArticleText.failed(message.contains("zip bomb")
                    ? "the document looks like a zip bomb (it would expand to far more than its size); refused"
                    : "this is not a Word document (.docx) that Taktstok can read: it is damaged, or another kind"
                            + " of ZIP archive (an .xlsx, an .odt); save the draft as .docx or plain text");
        }
    }

    private static void collect(List<IBodyElement> elements, List<String> paragraphs) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                String text = paragraph.getText();
                if (!text.isBlank()) {
                    paragraphs.add(text.strip());
                }
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        collect(cell.getBodyElements(), paragraphs);
                    }
                }
            }
        }
    }
}
