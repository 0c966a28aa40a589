package dk.taktstok.chart.layout;

import java.util.ArrayList;
import java.util.List;

/** Maps values of a domain onto positions of a range, and proposes round tick values. */
record LinearScale(double domainMin, double domainMax, double rangeMin, double rangeMax) {

    LinearScale {
        if (!(domainMax > domainMin)) {
            throw new IllegalArgumentException("empty domain " + domainMin + ".." + domainMax);
        }
    }

    double map(double value) {
        return rangeMin + (value - domainMin) / (domainMax - domainMin) * (rangeMax - rangeMin);
    }

    /** Length in the range of a length in the domain. */
    double span(double length) {
        return length / (domainMax - domainMin) * (rangeMax - rangeMin);
    }

    /** Round values from the domain's start to its end, about {@code count} of them: 0, 25, 50, 75, 100. */
    List<Double> ticks(int count) {
        double step = niceStep((domainMax - domainMin) / Math.max(1, count));
        var ticks = new ArrayList<Double>();
        double first = Math.ceil(domainMin / step - 1e-9) * step;
        for (double t = first; t <= domainMax + step * 1e-9; t += step) {
            ticks.add(Math.abs(t) < 1e-9 ? 0.0 : t);
        }
        return ticks;
    }

    /** 1, 2, 2.5 or 5 times a power of ten. */
    static double niceStep(double rough) {
        double power = Math.pow(10, Math.floor(Math.log10(rough)));
        double fraction = rough / power;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }
}
