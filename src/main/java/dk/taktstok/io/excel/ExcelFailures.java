package dk.taktstok.io.excel;

import dk.taktstok.io.Refusals;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;

/** Turns what POI throws at a bad workbook into one plain sentence for a journalist. */
final class ExcelFailures {

    static final String DAMAGED = "the workbook is damaged or incomplete (it may have been cut off while copying)";
    static final String ZIP_BOMB = "the workbook looks like a zip bomb (it would expand to far more than its size); refused";
    static final String PASSWORD = Refusals.PASSWORD_NEEDED;
    static final String WRONG_PASSWORD = Refusals.PASSWORD_WRONG;
    static final String OLD_EXCEL = "the workbook is in Excel 95 or older format, which Taktstok cannot read; "
            + "open it in a spreadsheet program and save it as .xlsx";
    static final String XLSB = "the format .xlsb (binary workbook) is not supported; save it as .xlsx";
    static final String TOO_MUCH_TEXT = "the workbook holds far more text than a survey table (over "
            + PoiLimits.MAX_TEXT_CHARS / 1_000_000 + " million characters); refused";
    static final String UNSAFE_XML = "the workbook's XML declares a document type, which Excel never writes; "
            + "refused as possibly harmful";
    static final String TOO_LARGE = "the workbook is too large to read in the memory Taktstok has";

    private ExcelFailures() {
    }

    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof WorkbookRefused refused) {
                return refused.getMessage();
            }
            if (t instanceof EncryptedDocumentException) {
                return PASSWORD;
            }
            if (t instanceof OldExcelFormatException) {
                return OLD_EXCEL;
            }
            if (t instanceof OutOfMemoryError) {
                return TOO_LARGE;
            }
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb")) {
                return ZIP_BOMB;
            }
            if (message.contains("doctype") || message.contains("entity expansion")
                    || message.contains("entity references") || message.contains("external entity")) {
                return UNSAFE_XML;
            }
        }
        return DAMAGED;
    }
}
