package dk.taktstok.io.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that a reader, or a crash, only ever sees the old or the new content, whole:
 * the bytes go to a temporary file in the same folder ({@code .NAME.random.tmp}), are flushed to
 * disk, then moved over the target in one step, and the folder is flushed so the move survives a
 * power cut. A process killed half-way leaves at most a temporary file, never a half-written target.
 */
public final class AtomicFiles {

    /** A temporary file this old is left over from a process that died while writing. */
    static final Duration STALE_AFTER = Duration.ofMinutes(1);

    private AtomicFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temporary = createTemporary(folder, temporaryPrefix(absolute));
        try {
            keepPermissions(absolute, temporary);
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            syncFolder(folder);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Deletes the temporary files that writes of {@code target} left behind when their process was
     * killed; only those older than a minute, so a write in progress elsewhere is not disturbed.
     */
    public static void removeLeftovers(Path target) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        String prefix = temporaryPrefix(absolute);
        Instant before = Instant.now().minus(STALE_AFTER);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, p -> {
            String name = p.getFileName().toString();
            return name.startsWith(prefix) && name.endsWith(".tmp");
        })) {
            for (Path entry : entries) {
                if (Files.getLastModifiedTime(entry).toInstant().isBefore(before)) {
                    Files.deleteIfExists(entry);
                }
            }
        } catch (IOException e) {
            // tidying is a courtesy: a leftover that cannot be removed does no harm
        }
    }

    /**
     * A new empty file of a random name. Made with the system's default permissions, as any new file
     * (a temporary file of the JDK's would be readable by its owner only, and so would the saved study).
     */
    private static Path createTemporary(Path folder, String prefix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path candidate = folder.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".tmp");
            try {
                return Files.createFile(candidate);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /** A replaced file keeps who may read and write it. */
    private static void keepPermissions(Path target, Path temporary) {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(target);
            Files.setPosixFilePermissions(temporary, permissions);
        } catch (IOException | UnsupportedOperationException e) {
            // a new file, or a file system without POSIX permissions: the defaults stand
        }
    }

    static String temporaryPrefix(Path absoluteTarget) {
        return "." + absoluteTarget.getFileName() + ".";
    }

    /** Flushes the folder's entries (the move) to disk where the system allows it (not on Windows). */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // the move itself is done; only its durability across a power cut is left to the system
        }
    }
}
