package dk.taktstok.io.excel;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.Entry;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.xml.sax.SAXException;

/**
 * Reads an OLE2 compound file: an .xls workbook, or an .xlsx that Excel encrypted. A workbook
 * encrypted only with Excel's built-in password ("protected for editing") opens as in Excel; one with a
 * password of its own opens with that password, and is refused without it ("password-protected") or
 * with another ("the password is wrong"). Word and PowerPoint files are named as what they are.
 */
final class OleWorkbooks {

    private OleWorkbooks() {
    }

    static SheetsRead read(POIFSFileSystem fs, String password) throws IOException, SAXException, InvalidFormatException {
        DirectoryNode root = fs.getRoot();
        Set<String> entries = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (Entry entry : root) {
            entries.add(entry.getName());
        }
        if (entries.contains("EncryptionInfo") || entries.contains("EncryptedPackage")) {
            return decrypted(fs, password);
        }
        if (entries.contains("Workbook")) {
            return xls(root, password);
        }
        if (entries.contains("Book")) {
            throw new WorkbookRefused(ExcelFailures.OLD_EXCEL);
        }
        if (entries.contains("WordDocument")) {
            throw new WorkbookRefused("this is a Word document, not a spreadsheet");
        }
        if (entries.contains("PowerPoint Document")) {
            throw new WorkbookRefused("this is a PowerPoint presentation, not a spreadsheet");
        }
        if (entries.contains("VisioDocument")) {
            throw new WorkbookRefused("this is a Visio drawing, not a spreadsheet");
        }
        if (entries.contains("Quill")) {
            throw new WorkbookRefused("this is a Publisher document, not a spreadsheet");
        }
        if (entries.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).startsWith("__substg1.0_"))) {
            throw new WorkbookRefused("this is an Outlook message, not a spreadsheet");
        }
        throw new WorkbookRefused("this is an Office file of another kind, not an Excel workbook");
    }

    /**
     * An .xls, decrypted where it is encrypted. POI takes the password of an .xls from a per-thread
     * setting; without one it tries Excel's built-in password.
     */
    private static SheetsRead xls(DirectoryNode root, String password) throws IOException {
        try {
            return XlsSheets.read(new HSSFWorkbook(root, false));
        } catch (EncryptedDocumentException notBuiltIn) {
            if (password == null) {
                throw new WorkbookRefused(ExcelFailures.PASSWORD);
            }
        }
        Biff8EncryptionKey.setCurrentUserPassword(password);
        try {
            return XlsSheets.read(new HSSFWorkbook(root, false));
        } catch (EncryptedDocumentException wrong) {
            throw new WorkbookRefused(ExcelFailures.WRONG_PASSWORD);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    private static SheetsRead decrypted(POIFSFileSystem fs, String password)
            throws IOException, SAXException, InvalidFormatException {
        Decryptor decryptor = Decryptor.getInstance(new EncryptionInfo(fs));
        try {
            if (!decryptor.verifyPassword(Decryptor.DEFAULT_PASSWORD)) {
                if (password == null) {
                    throw new WorkbookRefused(ExcelFailures.PASSWORD);
                }
                if (!decryptor.verifyPassword(password)) {
                    throw new WorkbookRefused(ExcelFailures.WRONG_PASSWORD);
                }
            }
        } catch (GeneralSecurityException e) {
            throw new EncryptedDocumentException(e);
        }
        try (InputStream in = decryptor.getDataStream(fs)) {
            if (decryptor.getLength() > PoiLimits.MAX_DECRYPTED_BYTES) { // known once the stream is open
                throw new WorkbookRefused(ExcelFailures.TOO_LARGE);
            }
            OPCPackage pkg = OPCPackage.open(in);
            try {
                return XlsxSheets.read(pkg);
            } finally {
                pkg.revert();
            }
        } catch (GeneralSecurityException e) {
            throw new EncryptedDocumentException(e);
        }
    }
}
