package dk.taktstok.io.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads a stream on a thread of its own, a few chunks ahead of the reader: unpacking a workbook's
 * sheet (inflating) and scanning its XML then run on two cores at once. At most {@link #DEPTH} chunks
 * wait, so memory stays bounded whatever the size of the sheet.
 */
final class ReadAhead extends InputStream {

    static final int CHUNK = 1 << 20;
    static final int DEPTH = 4;

    private static final byte[] END = new byte[0];

    private final InputStream source;
    private final BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(DEPTH);
    /** Chunks the reader is done with, for the filling thread to use again. */
    private final BlockingQueue<byte[]> spare = new ArrayBlockingQueue<>(DEPTH + 2);
    private final Thread reader;
    private volatile boolean closed;
    private byte[] chunk = new byte[0];
    private int chunkLength;
    private int at;
    private boolean ended;

    ReadAhead(InputStream source) {
        this.source = source;
        this.reader = Thread.ofPlatform().daemon().name("taktstok-read-ahead").start(this::fill);
    }

    private void fill() {
        try {
            while (!closed) {
                byte[] next = spare.poll();
                if (next == null) {
                    next = new byte[CHUNK];
                }
                int length = source.readNBytes(next, 0, CHUNK);
                if (length > 0) {
                    chunks.put(new Chunk(next, length));
                }
                if (length < CHUNK) {
                    break;
                }
            }
            chunks.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            try {
                chunks.put(e);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private record Chunk(byte[] bytes, int length) {
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        while (at == chunkLength) {
            if (ended || !next()) {
                return -1;
            }
        }
        int n = Math.min(len, chunkLength - at);
        System.arraycopy(chunk, at, b, off, n);
        at += n;
        return n;
    }

    private boolean next() throws IOException {
        Object item;
        try {
            item = chunks.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading ahead");
        }
        if (item == END) {
            ended = true;
            return false;
        }
        if (item instanceof IOException e) {
            ended = true;
            throw e;
        }
        if (item instanceof RuntimeException e) {
            ended = true;
            throw e;
        }
        Chunk c = (Chunk) item;
        if (chunk.length == CHUNK) {
            spare.offer(chunk);
        }
        chunk = c.bytes();
        chunkLength = c.length();
        at = 0;
        return true;
    }

    @Override
    public void close() throws IOException {
        closed = true;
        reader.interrupt();
        chunks.clear();
        try {
            reader.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        source.close();
    }
}
