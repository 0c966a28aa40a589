package dk.taktstok.testing;

import java.util.List;

/** The sample study's table (shared/seed/initiative-table.csv), as test data. */
public final class Seed {

    public static final List<String> CATEGORIES = List.of("Som regel", "Somme tider", "Sjældent", "Aldrig", "Ved ikke");

    public static final List<String> LABELS = List.of(
            "Kommunen (fx skole, institution m.fl.) inviterer/rekrutterer organiserede civile aktører (foreninger m.fl.) til opgaver i den kommunale opgaveløsning",
            "Kommunen inviterer/rekrutterer enkeltstående frivillige til opgaver i den kommunale opgaveløsning",
            "Kommunen går i dialog med civile aktører om, hvad der kan samarbejdes om",
            "Kommunen skaber rammer for, at brugere af kommunale tilbud bidrager til opgaver, som kommunen har ansvar for",
            "Lokale civile aktører (foreninger, frivilligcenter m.fl.) inviterer kommunen til samarbejde",
            "Regionale og/eller landsdækkende civile aktører (fx idrætsorganisationer, sociale organisationer m.fl.) inviterer kommunen til samarbejder");

    public static final double[][] SHARES = {
            {26.7, 46.4, 8.8, 5.5, 12.7},
            {15.5, 46.7, 17.9, 6.7, 13.3},
            {32.1, 47.6, 9.1, 2.4, 8.8},
            {9.7, 41.8, 16.4, 8.5, 23.6},
            {14.8, 49.4, 18.5, 3.9, 13.3},
            {4.2, 46.1, 24.2, 8.2, 17.3}};

    /** Row sums as in the source: 100.1, 100.1, 100.0, 100.0, 99.9, 100.0. */
    public static double sum(int row) {
        double sum = 0;
        for (double v : SHARES[row]) {
            sum += v;
        }
        return sum;
    }

    public static List<Double> shares(int row) {
        return java.util.Arrays.stream(SHARES[row]).boxed().toList();
    }

    public static final String MUNICIPALITY = "Kommunen tager initiativ";
    public static final String CIVIL = "Civile aktører tager initiativ";

    /** The seed table as CSV text, like initiative-table.csv. */
    public static String csv(char delimiter, boolean decimalComma) {
        StringBuilder out = new StringBuilder("item");
        for (String c : CATEGORIES) {
            out.append(delimiter).append(c);
        }
        out.append('\n');
        for (int r = 0; r < LABELS.size(); r++) {
            out.append('"').append(LABELS.get(r)).append('"');
            for (double v : SHARES[r]) {
                String number = Double.toString(v);
                if (decimalComma) {
                    number = number.replace('.', ',');
                }
                boolean quote = number.indexOf(delimiter) >= 0;
                out.append(delimiter).append(quote ? "\"" + number + "\"" : number);
            }
            out.append('\n');
        }
        return out.toString();
    }

    private Seed() {
    }
}
