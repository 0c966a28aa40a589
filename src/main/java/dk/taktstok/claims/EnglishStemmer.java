package dk.taktstok.claims;

/**
 * A light stemmer for English: possessives, plurals, "-ing", "-ed", "-ly" and a final "e" go, so that
 * "invites", "invited" and "inviting" all give "invit", and "municipalities" and "municipality" give
 * "municipaliti". Lighter than Porter's, and so more predictable on the labels of a survey.
 */
final class EnglishStemmer {

    private EnglishStemmer() {
    }

    static String stem(String word) {
        String w = word.replace("'", "");
        if (w.length() < 4) {
            return w;
        }
        if (w.endsWith("sses")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("ies") && w.length() > 4) {
            w = w.substring(0, w.length() - 3) + "y";
        } else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("ing") && hasVowel(w, w.length() - 3) && w.length() - 3 >= 3) {
            w = undouble(w.substring(0, w.length() - 3));
        } else if (w.endsWith("ed") && hasVowel(w, w.length() - 2) && w.length() - 2 >= 3) {
            w = undouble(w.substring(0, w.length() - 2));
        }
        if (w.endsWith("ly") && w.length() > 5) {
            w = w.substring(0, w.length() - 2);
        }
        if (w.endsWith("e") && w.length() > 3) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.endsWith("y") && w.length() > 3) {
            w = w.substring(0, w.length() - 1) + "i";
        }
        return w;
    }

    private static boolean hasVowel(String w, int before) {
        for (int i = 0; i < before; i++) {
            if ("aeiouy".indexOf(w.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** "stopp" → "stop", but "call" and "pass" keep their pair. */
    private static String undouble(String w) {
        int n = w.length();
        if (n >= 2 && w.charAt(n - 1) == w.charAt(n - 2) && "bdfgmnprt".indexOf(w.charAt(n - 1)) >= 0) {
            return w.substring(0, n - 1);
        }
        return w;
    }
}
