package dk.taktstok.io.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * What a file on disk was when Taktstok opened or last saved it: its size, when it was last changed
 * and a SHA-256 hash of its bytes. Comparing stamps tells whether another program has changed the
 * file since; the hash decides, so a file that was only touched (saved again unchanged) is not
 * taken for a changed one.
 */
public record FileStamp(long size, Instant modified, String sha256) {

    public FileStamp {
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** The stamp of the file as it is now; {@link NoSuchFileException} when there is none. */
    public static FileStamp of(Path file) throws IOException {
        Instant modified = Files.getLastModifiedTime(file).toInstant();
        MessageDigest digest = newDigest();
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                size += n;
            }
        }
        return new FileStamp(size, modified, HexFormat.of().formatHex(digest.digest()));
    }

    /** The stamp of these bytes, written now. */
    public static FileStamp of(byte[] content, Instant modified) {
        return new FileStamp(content.length, modified, HexFormat.of().formatHex(newDigest().digest(content)));
    }

    /** Whether the two stamps are of the same content. */
    public boolean sameContentAs(FileStamp other) {
        return other != null && size == other.size && sha256.equals(other.sha256);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
