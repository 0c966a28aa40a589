package dk.taktstok.io.excel;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.opc.PackagePart;

/**
 * Opens a large sheet of a workbook with the JDK's own zip reader, which unpacks about three times as
 * fast as the package's (ADR 5), under the same limits as {@link PoiLimits}: a sheet that says it unpacks
 * to more than 100 times its packed size, or to more than 1 GiB, is refused before it is read, and one
 * that unpacks to more than it said is damaged.
 */
final class SheetEntries implements AutoCloseable {

    private final ZipFile zip;

    SheetEntries(Path file) throws IOException {
        this.zip = new ZipFile(file.toFile());
    }

    /** The unpacked bytes of a part, and how many there are. */
    record Opened(InputStream in, long size) {
    }

    Opened open(PackagePart part) throws IOException {
        String name = part.getPartName().getName();
        ZipEntry entry = zip.getEntry(name.startsWith("/") ? name.substring(1) : name);
        if (entry == null) {
            throw new WorkbookRefused(ExcelFailures.DAMAGED);
        }
        long size = entry.getSize();
        long packed = entry.getCompressedSize();
        if (size < 0 || packed < 0) {
            return new Opened(part.getInputStream(), -1); // sizes not in the directory: the package's checks apply
        }
        if (size > PoiLimits.MAX_ENTRY_BYTES || packed > 0 && size > 1024 * 1024
                && (double) packed / size < PoiLimits.MIN_INFLATE_RATIO) {
            throw new WorkbookRefused(ExcelFailures.ZIP_BOMB);
        }
        return new Opened(new Bounded(zip.getInputStream(entry), size), size);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    /** Fails when a stream gives more bytes than its entry said it holds. */
    private static final class Bounded extends FilterInputStream {
        private long left;

        Bounded(InputStream in, long size) {
            super(in);
            this.left = size;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && --left < 0) {
                throw new WorkbookRefused(ExcelFailures.DAMAGED);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                left -= n;
                if (left < 0) {
                    throw new WorkbookRefused(ExcelFailures.DAMAGED);
                }
            }
            return n;
        }
    }
}
