package dk.taktstok.claims;

/**
 * The Snowball stemmer for Danish (snowballstem.org/algorithms/danish): "kommunerne", "kommunen" and
 * "kommuner" all give "kommun"; "foreninger" gives "forening". Words are expected in lower case.
 */
final class DanishStemmer {

    private static final String VOWELS = "aeiouyæåø";
    private static final String S_ENDINGS = "abcdfghjklmnoprtvyzå";
    /** Step 1's suffixes, longest first, so the first that fits is the longest. */
    private static final String[] SUFFIXES = {
        "erendes", "erende", "hedens", "erede", "ethed", "heden", "heder", "endes", "ernes", "erens", "erets",
        "ered", "ende", "erne", "eren", "erer", "heds", "enes", "eres", "eret", "hed", "ene", "ere", "ens", "ers",
        "ets", "en", "er", "es", "et", "e"};

    private DanishStemmer() {
    }

    static String stem(String word) {
        if (word.length() < 3) {
            return word;
        }
        int r1 = r1(word);
        var w = new StringBuilder(word);
        step1(w, r1);
        step2(w, r1);
        step3(w, r1);
        step4(w, r1);
        return w.toString();
    }

    /** R1: after the first non-vowel that follows a vowel, and at least three letters in. */
    private static int r1(String word) {
        for (int i = 1; i < word.length(); i++) {
            if (!isVowel(word.charAt(i)) && isVowel(word.charAt(i - 1))) {
                return Math.max(3, i + 1);
            }
        }
        return word.length();
    }

    private static void step1(StringBuilder w, int r1) {
        for (String suffix : SUFFIXES) {
            if (endsInRegion(w, suffix, r1)) {
                w.setLength(w.length() - suffix.length());
                return;
            }
        }
        if (endsInRegion(w, "s", r1) && w.length() >= 2 && S_ENDINGS.indexOf(w.charAt(w.length() - 2)) >= 0) {
            w.setLength(w.length() - 1);
        }
    }

    private static void step2(StringBuilder w, int r1) {
        for (String pair : new String[] {"gd", "dt", "gt", "kt"}) {
            if (endsInRegion(w, pair, r1)) {
                w.setLength(w.length() - 1);
                return;
            }
        }
    }

    private static void step3(StringBuilder w, int r1) {
        if (endsWith(w, "igst")) {
            w.setLength(w.length() - 2);
        }
        for (String suffix : new String[] {"elig", "løst", "lig", "els", "ig"}) {
            if (endsInRegion(w, suffix, r1)) {
                if (suffix.equals("løst")) {
                    w.setLength(w.length() - 1);
                } else {
                    w.setLength(w.length() - suffix.length());
                    step2(w, r1);
                }
                return;
            }
        }
    }

    /** A double consonant at the end, in R1, is made single. */
    private static void step4(StringBuilder w, int r1) {
        int n = w.length();
        if (n >= 2 && n - 2 >= r1 && w.charAt(n - 1) == w.charAt(n - 2) && !isVowel(w.charAt(n - 1))) {
            w.setLength(n - 1);
        }
    }

    private static boolean endsInRegion(StringBuilder w, String suffix, int r1) {
        return endsWith(w, suffix) && w.length() - suffix.length() >= r1;
    }

    private static boolean endsWith(StringBuilder w, String suffix) {
        int n = w.length();
        return n >= suffix.length() && w.substring(n - suffix.length()).equals(suffix);
    }

    private static boolean isVowel(char c) {
        return VOWELS.indexOf(c) >= 0;
    }
}
