package dk.taktstok.model;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of chart Taktstok draws from a survey table. */
public enum ChartType {
    /** Bars centred between the lower and upper halves of the scale; "don't know" drawn apart. */
    DIVERGING_BARS("divergingBars"),
    /** 100 % stacked bars, one per item. */
    STACKED_BARS("stackedBars"),
    /** Each item's measure and the groups' means (municipality- vs civil-initiated). */
    GROUP_INDEX("groupIndex"),
    /** A stated goal as a reference line against practice measures; the gaps labelled in points. */
    GOAL_VS_PRACTICE("goalVsPractice");

    private final String key;

    ChartType(String key) {
        this.key = key;
    }

    /** The name used in study files. */
    public String key() {
        return key;
    }

    /**
     * Whether this chart means something for a kind of question: diverging bars need a top and a bottom,
     * the group index and goal against practice need a measure; 100 % stacked bars fit every kind.
     */
    public boolean fits(ScaleKind kind) {
        return switch (this) {
            case STACKED_BARS -> true;
            case DIVERGING_BARS, GROUP_INDEX, GOAL_VS_PRACTICE -> kind.hasTopBox();
        };
    }

    public static Optional<ChartType> byKey(String key) {
        return Arrays.stream(values()).filter(t -> t.key.equals(key)).findFirst();
    }
}
