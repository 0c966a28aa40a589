package dk.taktstok.io;

/** Looking at a file's first bytes. */
public final class Bytes {

    private Bytes() {
    }

    /** Whether {@code bytes} begin with {@code prefix}. */
    public static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code bytes} begin with these unsigned byte values (0..255). */
    public static boolean startsWith(byte[] bytes, int... prefix) {
        byte[] wanted = new byte[prefix.length];
        for (int i = 0; i < prefix.length; i++) {
            wanted[i] = (byte) prefix[i];
        }
        return startsWith(bytes, wanted);
    }
}
