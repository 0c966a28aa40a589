package dk.taktstok.model;

import java.text.Normalizer;
import java.util.Locale;

/** Ids made from names: lower-case ASCII letters and digits joined by '-'. */
public final class Ids {

    private Ids() {
    }

    /** "Hvem tager initiativ?" → "hvem-tager-initiativ"; "Sjældent" → "sjaeldent". */
    public static String slug(String name) {
        String t = name == null ? "" : name.toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return t.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }
}
