import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;

/**
 * Names the start-up cache in the launcher's options (ADR 4): run at packaging as
 * {@code java jpackage/UseAotCache.java APP_DIR/taktstok.cfg}, after the cache was created. AOT logging is
 * turned off, so that a cache that does not match (another JVM, changed options) is passed over quietly.
 */
void main(String[] args) throws IOException {
    Path cfg = Path.of(args[0]);
    String text = Files.readString(cfg);
    String options = "java-options=-XX:AOTCache=$APPDIR/taktstok.aot\njava-options=-Xlog:aot=off,cds=off\n";
    if (!text.contains("-XX:AOTCache=")) {
        Files.writeString(cfg, text.replaceFirst("\\[JavaOptions\\]\\R", Matcher.quoteReplacement("[JavaOptions]\n" + options)));
    }
}
