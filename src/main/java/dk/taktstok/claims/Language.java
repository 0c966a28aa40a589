package dk.taktstok.claims;

import java.util.List;
import java.util.Set;

/** The languages a draft is read in: their stemmer and the words that carry no subject. */
enum Language {
    DA("da", Set.of(
            "og", "i", "jeg", "det", "at", "en", "den", "til", "er", "som", "på", "de", "med", "han", "af", "for",
            "ikke", "der", "var", "mig", "sig", "men", "et", "har", "om", "vi", "min", "havde", "ham", "hun", "nu",
            "over", "da", "fra", "du", "ud", "sin", "dem", "os", "op", "man", "hans", "hvor", "eller", "hvad", "skal",
            "selv", "her", "alle", "vil", "blev", "kunne", "ind", "når", "være", "dog", "noget", "ville", "jo", "deres",
            "efter", "ned", "skulle", "denne", "end", "dette", "mit", "også", "under", "have", "dig", "anden", "hende",
            "mine", "alt", "meget", "sit", "sine", "vor", "mod", "disse", "hvis", "din", "nogle", "hos", "blive", "mange",
            "ad", "bliver", "hendes", "været", "thi", "jer", "sådan", "dens", "dets", "kun", "hvilke", "hvilken",
            "sagt", "siger", "sagde", "svarer", "svarede", "svaret", "svar", "mens", "fordi", "så", "ifølge", "viser",
            "undersøgelsen", "undersøgelse", "andel", "andelen", "ca", "cirka", "omkring", "knap", "godt", "næsten",
            "mere", "flere", "færre", "mindre", "oftere", "sjældnere", "hyppigere", "højere", "lavere", "større",
            "mest", "fleste", "flertal", "flertallet", "mindretal", "mindretallet", "få", "hver", "procent",
            "pct", "procentpoint", "procentpoints", "point", "gange", "dobbelt", "halvt", "hele", "blot", "lige",
            "mellem", "mindst", "højst", "hovedparten", "størstedelen", "del", "dele", "halvdelen", "halvparten",
            "kan", "må", "bør", "får", "fik", "fået", "gør", "gjorde", "sker", "ske", "hvordan", "hvorfor", "hvem",
            "endnu", "allerede", "stadig", "altså", "således", "fx", "f", "eks", "bl", "a", "m", "fl")),
    EN("en", Set.of(
            "the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "for", "with", "by", "from", "as", "is",
            "are", "was", "were", "be", "been", "being", "it", "its", "this", "that", "these", "those", "they",
            "them", "their", "there", "here", "he", "she", "his", "her", "we", "our", "you", "your", "i", "not",
            "no", "but", "than", "then", "so", "such", "which", "who", "whom", "what", "when", "where", "while",
            "whereas", "how", "why", "all", "any", "some", "more", "most", "less", "least", "fewer", "few", "many",
            "much", "over", "under", "about", "around", "nearly", "almost", "roughly", "approximately", "only",
            "just", "also", "say", "says", "said", "answer", "answers", "answered", "percent", "per",
            "cent", "percentage", "point", "points", "times", "twice", "half", "majority", "minority", "one",
            "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "every", "out", "has", "have",
            "had", "do", "does", "did", "can", "could", "will", "would", "should", "may", "might", "must", "very",
            "often", "higher", "lower", "larger", "smaller", "greater", "survey", "share", "according", "shows",
            "e", "g", "ie", "up", "into", "if", "because", "still", "already", "yet", "within", "between", "among"));

    private final String tag;
    private final Set<String> stopWords;

    Language(String tag, Set<String> stopWords) {
        this.tag = tag;
        this.stopWords = stopWords;
    }

    String tag() {
        return tag;
    }

    boolean isStopWord(String lower) {
        return stopWords.contains(lower);
    }

    String stem(String lower) {
        return this == DA ? DanishStemmer.stem(lower) : EnglishStemmer.stem(lower);
    }

    /** The language of a text's tag ("da", "en"); Danish for the Scandinavian tags, else English. */
    static Language of(String tag) {
        return tag != null && (tag.startsWith("da") || tag.startsWith("nb") || tag.startsWith("no")) ? DA : EN;
    }

    /** The language most of the words are in: the one whose common words they use more. */
    static Language detect(List<Token> tokens) {
        int da = 0;
        int en = 0;
        int seen = 0;
        for (Token token : tokens) {
            if (!token.isWord()) {
                continue;
            }
            da += DA.stopWords.contains(token.lower()) && !EN.stopWords.contains(token.lower()) ? 1 : 0;
            en += EN.stopWords.contains(token.lower()) && !DA.stopWords.contains(token.lower()) ? 1 : 0;
            if (++seen > 3000) {
                break;
            }
        }
        return en > da ? EN : DA;
    }
}
