package dk.taktstok.chart.layout;

import dk.taktstok.chart.scene.Color;

/**
 * How colours look with the common colour-vision deficiencies, and how far apart two colours are.
 * Simulation: Machado, Oliveira and Fernandes (2009), severity 1, applied in linear sRGB.
 * Difference: CIEDE2000 in CIELAB (D65).
 */
final class ColorVision {

    enum Deficiency {
        NONE(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}),
        PROTANOPIA(new double[][] {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216},
            {-0.003882, -0.048116, 1.051998}}),
        DEUTERANOPIA(new double[][] {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413},
            {-0.011820, 0.042940, 0.968881}}),
        TRITANOPIA(new double[][] {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602},
            {0.004733, 0.691367, 0.303900}});

        private final double[][] matrix;

        Deficiency(double[][] matrix) {
            this.matrix = matrix;
        }
    }

    private ColorVision() {
    }

    /** The colour as seen with the deficiency, in linear sRGB. */
    static double[] seen(Color color, Deficiency deficiency) {
        double[] rgb = {linear(color.red()), linear(color.green()), linear(color.blue())};
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = 0;
            for (int j = 0; j < 3; j++) {
                v += deficiency.matrix[i][j] * rgb[j];
            }
            out[i] = Math.max(0, Math.min(1, v));
        }
        return out;
    }

    static double difference(Color a, Color b, Deficiency deficiency) {
        return ciede2000(lab(seen(a, deficiency)), lab(seen(b, deficiency)));
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double[] lab(double[] rgb) {
        double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
        double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
        return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }

    /** CIEDE2000 colour difference (Sharma, Wu and Dalal 2005). */
    static double ciede2000(double[] lab1, double[] lab2) {
        double c1 = Math.hypot(lab1[1], lab1[2]);
        double c2 = Math.hypot(lab2[1], lab2[2]);
        double cMean = (c1 + c2) / 2;
        double g = 0.5 * (1 - Math.sqrt(Math.pow(cMean, 7) / (Math.pow(cMean, 7) + Math.pow(25, 7))));
        double a1 = (1 + g) * lab1[1];
        double a2 = (1 + g) * lab2[1];
        double c1p = Math.hypot(a1, lab1[2]);
        double c2p = Math.hypot(a2, lab2[2]);
        double h1 = hue(a1, lab1[2]);
        double h2 = hue(a2, lab2[2]);
        double dL = lab2[0] - lab1[0];
        double dC = c2p - c1p;
        double dh = c1p * c2p == 0 ? 0 : h2 - h1 > 180 ? h2 - h1 - 360 : h2 - h1 < -180 ? h2 - h1 + 360 : h2 - h1;
        double dH = 2 * Math.sqrt(c1p * c2p) * Math.sin(Math.toRadians(dh / 2));
        double lMean = (lab1[0] + lab2[0]) / 2;
        double cpMean = (c1p + c2p) / 2;
        double hMean = c1p * c2p == 0 ? h1 + h2
                : Math.abs(h1 - h2) <= 180 ? (h1 + h2) / 2
                : h1 + h2 < 360 ? (h1 + h2 + 360) / 2 : (h1 + h2 - 360) / 2;
        double t = 1 - 0.17 * Math.cos(Math.toRadians(hMean - 30)) + 0.24 * Math.cos(Math.toRadians(2 * hMean))
                + 0.32 * Math.cos(Math.toRadians(3 * hMean + 6)) - 0.20 * Math.cos(Math.toRadians(4 * hMean - 63));
        double dTheta = 30 * Math.exp(-Math.pow((hMean - 275) / 25, 2));
        double rc = 2 * Math.sqrt(Math.pow(cpMean, 7) / (Math.pow(cpMean, 7) + Math.pow(25, 7)));
        double sl = 1 + 0.015 * Math.pow(lMean - 50, 2) / Math.sqrt(20 + Math.pow(lMean - 50, 2));
        double sc = 1 + 0.045 * cpMean;
        double sh = 1 + 0.015 * cpMean * t;
        double rt = -Math.sin(Math.toRadians(2 * dTheta)) * rc;
        return Math.sqrt(Math.pow(dL / sl, 2) + Math.pow(dC / sc, 2) + Math.pow(dH / sh, 2) + rt * (dC / sc) * (dH / sh));
    }

    private static double hue(double a, double b) {
        double h = Math.toDegrees(Math.atan2(b, a));
        return h < 0 ? h + 360 : h;
    }
}
