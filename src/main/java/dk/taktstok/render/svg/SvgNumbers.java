package dk.taktstok.render.svg;

/** Scene coordinates rounded to hundredths of a unit, without trailing zeros: 12.5, 3, -0.25. */
final class SvgNumbers {

    private SvgNumbers() {
    }

    static StringBuilder append(StringBuilder out, double value) {
        if (!Double.isFinite(value)) {
            return out.append('0');
        }
        long hundredths = Math.round(Math.abs(value) * 100);
        if (hundredths != 0 && value < 0) {
            out.append('-');
        }
        out.append(hundredths / 100);
        int fraction = (int) (hundredths % 100);
        if (fraction != 0) {
            out.append('.').append(fraction / 10);
            if (fraction % 10 != 0) {
                out.append(fraction % 10);
            }
        }
        return out;
    }
}
