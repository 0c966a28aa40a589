package dk.taktstok.render.png;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A small, fast PNG writer for the images {@link PngRenderer} draws: 8-bit RGB or RGBA, deflate at
 * level 1, and the pixel density so that the file's DPI says which scale it was drawn at. ImageIO's
 * writer takes about 28 ms for a 1280 × 900 chart; this one about 10 ms.
 *
 * <p>Rows are not filtered (filter type None). Charts are flat colours, which deflate already matches
 * as repeated three-byte runs: measured on 2× and 4× test charts at level 1, None made files 5–15 %
 * smaller than Sub or Up and saved the filtering time.
 */
final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int DEFLATE_LEVEL = 1;
    private static final byte FILTER_NONE = 0;
    private static final int IDAT_SIZE = 1 << 16;
    private static final double METRES_PER_INCH = 0.0254;

    private PngEncoder() {
    }

    /**
     * @param image         TYPE_INT_RGB (written as RGB) or TYPE_INT_ARGB (written as RGBA)
     * @param dotsPerInch   the pixel density to record
     * @param title         the image's title, or null
     * @param description   the image in words (alt text), or null
     */
    static byte[] encode(BufferedImage image, double dotsPerInch, String title, String description) {
        boolean alpha = switch (image.getType()) {
            case BufferedImage.TYPE_INT_RGB -> false;
            case BufferedImage.TYPE_INT_ARGB -> true;
            default -> throw new IllegalArgumentException("only INT_RGB and INT_ARGB images are written");
        };
        int width = image.getWidth();
        int height = image.getHeight();
        var out = new ByteArrayOutputStream(width * height / 4 + 1024);
        out.writeBytes(SIGNATURE);

        var header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8;
        header[9] = (byte) (alpha ? 6 : 2);
        chunk(out, "IHDR", header, header.length);

        var density = new byte[9];
        int perMetre = (int) Math.round(dotsPerInch / METRES_PER_INCH);
        putInt(density, 0, perMetre);
        putInt(density, 4, perMetre);
        density[8] = 1;
        chunk(out, "pHYs", density, density.length);
        text(out, "Title", title);
        text(out, "Description", description);

        pixels(out, image, alpha);
        chunk(out, "IEND", new byte[0], 0);
        return out.toByteArray();
    }

    private static void pixels(ByteArrayOutputStream out, BufferedImage image, boolean alpha) {
        int width = image.getWidth();
        int height = image.getHeight();
        var model = (SinglePixelPackedSampleModel) image.getSampleModel();
        int stride = model.getScanlineStride();
        int[] argb = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        int channels = alpha ? 4 : 3;
        int rowBytes = 1 + width * channels;
        int rowsPerBatch = Math.max(1, (1 << 18) / rowBytes);
        var batch = new byte[rowBytes * rowsPerBatch];
        var idat = new byte[IDAT_SIZE];
        var deflater = new Deflater(DEFLATE_LEVEL);
        try {
            int row = 0;
            while (row < height) {
                int rows = Math.min(rowsPerBatch, height - row);
                for (int r = 0; r < rows; r++) {
                    row(argb, (row + r) * stride, width, alpha, batch, r * rowBytes);
                }
                deflater.setInput(batch, 0, rows * rowBytes);
                row += rows;
                boolean last = row == height;
                if (last) {
                    deflater.finish();
                }
                while (true) {
                    int n = deflater.deflate(idat);
                    if (n > 0) {
                        chunk(out, "IDAT", idat, n);
                    }
                    if (last ? deflater.finished() : deflater.needsInput()) {
                        break;
                    }
                }
            }
        } finally {
            deflater.end();
        }
    }

    /** One row: its filter type, then R, G, B (and A) of each pixel. */
    private static void row(int[] argb, int at, int width, boolean alpha, byte[] into, int to) {
        into[to++] = FILTER_NONE;
        for (int x = 0; x < width; x++) {
            int p = argb[at + x];
            into[to++] = (byte) (p >>> 16);
            into[to++] = (byte) (p >>> 8);
            into[to++] = (byte) p;
            if (alpha) {
                into[to++] = (byte) (p >>> 24);
            }
        }
    }

    /** An iTXt chunk: UTF-8, uncompressed, no language tag. */
    private static void text(ByteArrayOutputStream out, String keyword, String value) {
        if (value == null || value.isEmpty()) {
            return;
        }
        var data = new ByteArrayOutputStream();
        data.writeBytes(keyword.getBytes(StandardCharsets.ISO_8859_1));
        data.writeBytes(new byte[] {0, 0, 0, 0, 0});
        data.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        byte[] bytes = data.toByteArray();
        chunk(out, "iTXt", bytes, bytes.length);
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data, int length) {
        var lengthAndType = new byte[8];
        putInt(lengthAndType, 0, length);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(typeBytes, 0, lengthAndType, 4, 4);
        var crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data, 0, length);
        out.writeBytes(lengthAndType);
        out.write(data, 0, length);
        var crcBytes = new byte[4];
        putInt(crcBytes, 0, (int) crc.getValue());
        out.writeBytes(crcBytes);
    }

    private static void putInt(byte[] into, int at, int value) {
        into[at] = (byte) (value >>> 24);
        into[at + 1] = (byte) (value >>> 16);
        into[at + 2] = (byte) (value >>> 8);
        into[at + 3] = (byte) value;
    }
}
