#!/usr/bin/env python3
"""The peer in Taktstok's export benchmark: matplotlib drawing a chart comparable to Taktstok's
100 % stacked bar chart of the sample study — six items, five categories, value labels inside the
segments that fit, a legend, title, subtitle and source line — to a PNG 1280 pixels wide
(640 × 2, as `taktstok export --scale 2 --width 640`).

    python3 matplotlib_stacked.py OUT.png            # one chart, as a whole command
    python3 matplotlib_stacked.py OUT.png --warm 50  # then time 50 more in this process, print the median
"""
import statistics
import sys
import time

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

CATEGORIES = ["Som regel", "Somme tider", "Sjældent", "Aldrig", "Ved ikke"]
COLOURS = ["#08519c", "#4f90c9", "#f08a3c", "#a63603", "#b3b3b3"]
ITEMS = [
    ("Kommunen går i dialog om samarbejde", [32.1, 47.6, 9.1, 2.4, 8.8]),
    ("Kommunen inviterer foreninger", [26.7, 46.4, 8.8, 5.5, 12.7]),
    ("Lokale civile aktører inviterer kommunen", [14.8, 49.4, 18.5, 3.9, 13.3]),
    ("Kommunen inviterer enkelte frivillige", [15.5, 46.7, 17.9, 6.7, 13.3]),
    ("Kommunen lader brugerne bidrage", [9.7, 41.8, 16.4, 8.5, 23.6]),
    ("Regionale og landsdækkende aktører inviterer kommunen", [4.2, 46.1, 24.2, 8.2, 17.3]),
]


def draw(path):
    fig, ax = plt.subplots(figsize=(6.4, 4.2), dpi=200)
    labels = [label for label, _ in ITEMS][::-1]
    rows = [shares for _, shares in ITEMS][::-1]
    left = [0.0] * len(rows)
    for c, (category, colour) in enumerate(zip(CATEGORIES, COLOURS)):
        widths = [row[c] for row in rows]
        bars = ax.barh(labels, widths, left=left, color=colour, label=category, height=0.6)
        for bar, value in zip(bars, widths):
            if value >= 6:
                ax.text(bar.get_x() + bar.get_width() / 2, bar.get_y() + bar.get_height() / 2,
                        f"{value:.1f}".replace(".", ","), ha="center", va="center", fontsize=7,
                        color="white" if c in (0, 3) else "#1a1a1a")
        left = [l + w for l, w in zip(left, widths)]
    ax.set_xlim(0, 100)
    ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0f} %")
    ax.tick_params(labelsize=7)
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    ax.legend(ncol=5, fontsize=7, frameon=False, loc="lower left", bbox_to_anchor=(-0.6, 1.0))
    fig.suptitle("Dialog og invitationer til foreninger er det mest udbredte", x=0.02, ha="left",
                 fontsize=11, fontweight="bold")
    fig.text(0.02, 0.02, "Kilde: SDU og KORA, spørgeskemaundersøgelse blandt kommunale chefer", fontsize=6,
             color="#5e5e5e")
    fig.subplots_adjust(left=0.42, right=0.98, top=0.82, bottom=0.12)
    fig.savefig(path)
    plt.close(fig)


def main():
    path = sys.argv[1]
    draw(path)
    if "--warm" in sys.argv:
        runs = int(sys.argv[sys.argv.index("--warm") + 1])
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            draw(path)
            times.append((time.perf_counter() - start) * 1000)
        print(f"matplotlib png 1280 px: median {statistics.median(times):.1f} ms over {runs} warm runs")


if __name__ == "__main__":
    main()
