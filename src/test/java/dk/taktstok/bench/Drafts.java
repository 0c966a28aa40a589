package dk.taktstok.bench;

import java.util.List;

/**
 * Drafts of a chosen length for timing claim check: a feature article about the sample study, its
 * paragraphs mixing sentences with claims (about one in three) and sentences without, repeated until the
 * draft has the words asked for. The same every time.
 */
public final class Drafts {

    private static final List<String> SENTENCES = List.of(
            "Mere end 70 procent af cheferne svarer, at kommunen som regel eller somme tider inviterer foreninger til opgaver.",
            "Samarbejdet mellem kommuner og frivillige har ændret sig meget de seneste ti år, fortæller forskerne bag undersøgelsen.",
            "75 procent af de kommunale chefer vil styrke de civile aktørers rolle i samfundet.",
            "På mange skoler og plejehjem er det blevet hverdag, at foreninger og frivillige løser opgaver sammen med de ansatte.",
            "Men kun 14,8 procent svarer, at lokale civile aktører som regel inviterer kommunen til samarbejde.",
            "Det giver et spænd på 60 procentpoint fra mål til praksis, og det undrer forskerne.",
            "Kommunerne bruger i høj grad publikationer fra KL og ministerierne, når de skriver deres strategier.",
            "Knap halvdelen af cheferne svarer, at kommunen somme tider inviterer foreninger.",
            "Kommunen inviterer oftere foreninger end enkeltstående frivillige.",
            "Flere af cheferne fortæller, at det kræver tid og tillid at bygge et godt samarbejde op.",
            "Hver tredje chef svarer, at kommunen som regel går i dialog med civile aktører om, hvad der kan samarbejdes om.",
            "Når kommunen tager initiativet, er gennemsnitsscoren 7,8 point højere end når civile aktører tager initiativet.",
            "De civile aktører bliver sjældent inddraget i den fase, hvor problemerne bliver defineret.",
            "Et flertal af cheferne svarer, at regionale og landsdækkende aktører som regel eller somme tider inviterer kommunen.",
            "Forskerne peger på en kløft mellem de demokratiske værdier, kommunerne skriver, og det, de gør i praksis.",
            "Hele 23,6 procent svarer ved ikke til, om kommunen lader brugerne bidrage.",
            "Undersøgelsen bygger på et spørgeskema til cheferne i landets kommuner.",
            "Få chefer svarer, at regionale og landsdækkende aktører som regel inviterer kommunen.");

    private Drafts() {
    }

    /** A Danish draft of at least {@code words} words, in paragraphs of six sentences. */
    public static String danish(int words) {
        var text = new StringBuilder();
        int count = 0;
        int sentence = 0;
        while (count < words) {
            String next = SENTENCES.get(sentence % SENTENCES.size());
            text.append(next).append(++sentence % 6 == 0 ? "\n\n" : " ");
            count += next.split("\\s+").length;
        }
        return text.toString();
    }

    /** The number of words of a text, as a word processor counts them. */
    public static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
