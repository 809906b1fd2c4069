"""The HTML report's chart: the distribution of segment scores as inline SVG, drawn by pygal.

Segment chrF in ten-point bins when the documents have a reference, otherwise the segments' MQM
penalties. pygal's own scripts (tooltips loaded from its web site) are switched off, and the
inline configuration script they would read and the comments are removed, so the SVG loads
and runs nothing; the chart id is fixed, so the output is stable.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import pygal
from pygal.style import Style

from ..core.pipeline import DocumentResult

CHRF_BINS = [(low, low + 10) for low in range(0, 100, 10)]
MQM_BINS = [(0, 0, "0"), (0, 1, "≤ 1"), (1, 5, "≤ 5"), (5, 10, "≤ 10"), (10, 25, "≤ 25"), (25, float("inf"), "> 25")]
STYLE = Style(background="transparent", plot_background="transparent", foreground="#333",
              foreground_strong="#111", foreground_subtle="#ccc", colors=("#2f6fb3",),
              font_family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
              guide_stroke_color="#e3e6ea", major_guide_stroke_color="#c9ced4", label_font_size=11,
              major_label_font_size=11, title_font_size=13, value_font_size=11)
_COMMENT_OR_SCRIPT = re.compile(r"<!--.*?-->|<script\b.*?</script>", re.S)


def chrf_bins(values: Sequence[float]) -> list[int]:
    counts = [0] * len(CHRF_BINS)
    for value in values:
        counts[min(int(value // 10), len(CHRF_BINS) - 1)] += 1
    return counts


def mqm_bins(values: Sequence[float]) -> list[int]:
    counts = [0] * len(MQM_BINS)
    for value in values:
        counts[0 if value == 0 else next(n for n, (low, high, _) in enumerate(MQM_BINS[1:], 1) if value <= high)] += 1
    return counts


def score_chart(results: Sequence[DocumentResult]) -> tuple[str, str]:
    """(caption, SVG markup) of the segment score distribution."""
    segments = [s for r in results for s in r.segments]
    chrf = [s.scores["chrf"] for s in segments if "chrf" in s.scores]
    chart = pygal.Bar(style=STYLE, js=[], disable_xml_declaration=True, show_legend=False, width=900, height=260,
                      margin=10, print_values=True, print_zeroes=False, y_title="segments", explicit_size=False)
    chart.uuid = "score-distribution"
    if chrf:
        caption = f"Segment chrF ({len(chrf)} segments with a re-translation)"
        chart.x_labels = [f"{low}–{high}" for low, high in CHRF_BINS]
        chart.x_title = "chrF"
        chart.add("segments", chrf_bins(chrf))
    else:
        penalties = [s.scores.get("mqm", 0.0) for s in segments]
        caption = f"Segment MQM penalty ({len(penalties)} segments)"
        chart.x_labels = [label for _, _, label in MQM_BINS]
        chart.x_title = "MQM penalty"
        chart.add("segments", mqm_bins(penalties))
    return caption, _COMMENT_OR_SCRIPT.sub("", chart.render(is_unicode=True))
