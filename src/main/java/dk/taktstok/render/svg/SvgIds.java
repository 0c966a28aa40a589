package dk.taktstok.render.svg;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;

/**
 * Turns scene ids into XML ids, unique within one document and still readable:
 * {@code bar/invites/som-regel} becomes {@code bar-invites-som-regel}. Only ASCII letters, digits,
 * '-', '_' and '.' are kept, so the id also works unescaped in CSS selectors and URL fragments.
 */
final class SvgIds {

    private final Set<String> used = new HashSet<>();
    private final String prefix;

    SvgIds() {
        this("");
    }

    /** @param prefix put before every id, already a valid start of an XML id (or empty) */
    SvgIds(String prefix) {
        this.prefix = prefix;
    }

    /** The id for this scene id, with "-2", "-3", … added where an earlier one took the same. */
    String unique(String sceneId) {
        String base = prefix + sanitise(sceneId);
        String id = base;
        for (int n = 2; !used.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Reserves an id the document itself uses, so no scene node takes it. */
    void reserve(String id) {
        used.add(prefix + id);
    }

    static String sanitise(String sceneId) {
        String folded = Normalizer.normalize(fold(sceneId), Normalizer.Form.NFD);
        var out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            boolean kept = c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '.' || c == '-');
            if (kept && !(c == '-' && out.isEmpty())) {
                out.append(c);
            } else if (!out.isEmpty() && out.charAt(out.length() - 1) != '-') {
                // a run of other characters becomes one '-', and none at the start
                out.append('-');
            }
        }
        while (!out.isEmpty() && out.charAt(out.length() - 1) == '-') {
            out.setLength(out.length() - 1);
        }
        if (out.isEmpty()) {
            return "node";
        }
        char first = out.charAt(0);
        // an XML id starts with a letter or '_'
        return Character.isLetter(first) || first == '_' ? out.toString() : "n-" + out;
    }

    /** Letters that Unicode does not decompose into a base letter and a mark. */
    private static String fold(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case 'æ' -> out.append("ae");
                case 'Æ' -> out.append("Ae");
                case 'ø' -> out.append("oe");
                case 'Ø' -> out.append("Oe");
                case 'å' -> out.append("aa");
                case 'Å' -> out.append("Aa");
                case 'ß' -> out.append("ss");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
