"""A legend placed inside its axes where it covers the least of the plot (the ``plot`` extra).

Imported on first use only (through ``_forksafe.imported``), as it imports matplotlib.
"""

from __future__ import annotations

import math
from typing import Any

from matplotlib.collections import LineCollection
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.transforms import Bbox

# A line covered counts as a strip of this many pixels: an interval or the 0 line is ink as
# thin as it is drawn, so a place crossing one is better than one over a bar.
LINE_PIXELS = 2.0
# Pixels a legend kept inside its figure stands clear of the figure's edge: its frame's line shows.
FIGURE_MARGIN = 2.0


class LeastCoveringLegend(Legend):
    """A legend whose ``loc="best"`` is the place, of matplotlib's standard ones, that
    covers the least area of the axes' bars and lines (the data), then of its texts (the
    counts beside the bars); the first in matplotlib's order among equals.

    matplotlib's own "best" counts the things a place overlaps, a long bar as one and the
    end of a count's text as one, and among equals takes the first in its order (upper
    right, upper left…): a legend sat over the longest bar while the lower right held only
    the end of a count. The place is chosen as the legend is drawn, in pixels, so a layout
    the caller applies after the plot (``tight_layout``) is taken into account.

    Wherever it is placed (beside a figure's own axes too), it is kept inside the figure as
    it is drawn: moved up, as far as the figure's top, when its bottom would fall below the
    figure's. A grouped profile's legend of 20 long names, laid out at 100 dpi, was cut off at
    its last entries saved at 72, where text takes more of the figure.

    A legend becomes one by ``legend.__class__ = LeastCoveringLegend`` (it adds no state):
    ``Axes.legend`` makes the legend, and keeps the axes' own bookkeeping of it; its box's
    offset, which matplotlib bound to Legend's own placing as it made it, is set again to
    this one's (``legend._legend_box.set_offset(legend._findoffset)``), as
    ``stance.plotting._legend`` does.

    >>> import matplotlib.pyplot as plt
    >>> _, ax = plt.subplots()
    >>> bars = ax.barh([0, 1, 2], [1.0, 0.2, 1.0], label="share")
    >>> legend = ax.legend(loc="best")
    >>> legend.__class__ = LeastCoveringLegend
    >>> ax.figure.canvas.draw()
    >>> any(legend.get_window_extent().overlaps(bar.get_window_extent()) for bar in bars)
    False
    >>> plt.close(ax.figure)
    """

    def _findoffset(self, width: float, height: float, xdescent: float, ydescent: float, renderer: Any):
        x, y = super()._findoffset(width, height, xdescent, ydescent, renderer)
        figure = getattr(self.figure, "bbox", None)
        if figure is None:
            return x, y
        return x, _inside(y - ydescent, height, figure.y0, figure.y1) + ydescent

    def _find_best_position(self, width: float, height: float, renderer: Any, *args: Any, **kwargs: Any):
        try:
            places = [self._get_anchored_bbox(code, Bbox.from_bounds(0, 0, width, height),
                                              self.get_bbox_to_anchor(), renderer)
                      for code in range(1, len(self.codes))]
        except (AttributeError, TypeError):  # a matplotlib whose internals differ: its own choice
            return super()._find_best_position(width, height, renderer, *args, **kwargs)
        bars, texts, segments = _drawn(self.parent, renderer)
        boxes = [Bbox.from_bounds(x, y, width, height) for x, y in places]
        # The end of a bar under the legend hides what the bar says: a count's text, which
        # repeats it, is covered rather than a sliver of a bar.
        costs = [(_covered(box, bars, segments), _covered(box, texts, []), i) for i, box in enumerate(boxes)]
        return places[min(costs)[2]]


def _inside(bottom: float, height: float, low: float, high: float) -> float:
    """The bottom of a box ``height`` tall at ``bottom`` moved up, when it lies below ``low``,
    until it is FIGURE_MARGIN pixels above it, but never so far that its top passes ``high``
    (which would cut its first entries instead of its last).

    >>> _inside(-8.5, 700, 0, 770), _inside(-8.5, 775, 0, 770), _inside(-8.5, 800, 0, 770), _inside(40, 700, 0, 770)
    (2.0, -5.0, -8.5, 40.0)
    """
    if bottom >= low + FIGURE_MARGIN:
        return float(bottom)
    return float(max(bottom, min(low + FIGURE_MARGIN, high - height)))


def _drawn(ax: Any, renderer: Any) -> tuple[list[Bbox], list[Bbox], list[tuple[float, float, float, float]]]:
    """What ``ax`` draws, in pixels: the boxes of its bars and of its texts (within the
    axes), and the straight pieces of its lines (error bars, the 0 line)."""
    frame = ax.get_window_extent(renderer)
    bars, texts, segments = [], [], []
    for artist in ax.get_children():
        if not artist.get_visible():
            continue
        if (isinstance(artist, Rectangle) and artist is not ax.patch) or artist in ax.texts:
            box = Bbox.intersection(artist.get_window_extent(renderer), frame)
            if box is not None:
                (texts if artist in ax.texts else bars).append(box)
        elif isinstance(artist, Line2D) and artist.get_linestyle() not in ("None", "none", " ", ""):
            points = artist.get_transform().transform(artist.get_xydata())
            segments += [(*a, *b) for a, b in zip(points, points[1:])]
        elif isinstance(artist, LineCollection):
            for piece in artist.get_segments():
                points = artist.get_transform().transform(piece) if len(piece) else piece
                segments += [(*a, *b) for a, b in zip(points, points[1:])]
    return bars, texts, segments


def _covered(place: Bbox, boxes: list[Bbox], segments: list[tuple[float, float, float, float]]) -> float:
    """The pixels of ``boxes`` and ``segments`` (as strips LINE_PIXELS wide) that ``place`` covers."""
    area = 0.0
    for box in boxes:
        overlap = Bbox.intersection(place, box)
        area += overlap.width * overlap.height if overlap is not None else 0.0
    return area + LINE_PIXELS * sum(_length_inside(place, *segment) for segment in segments)


def _length_inside(place: Bbox, x0: float, y0: float, x1: float, y1: float) -> float:
    """The length of the segment from (x0, y0) to (x1, y1) inside ``place`` (Liang–Barsky).

    >>> _length_inside(Bbox.from_extents(0, 0, 10, 10), -5, 5, 5, 5)
    5.0
    >>> _length_inside(Bbox.from_extents(0, 0, 10, 10), 20, 0, 20, 10)
    0.0
    """
    if not all(map(math.isfinite, (x0, y0, x1, y1))):  # a missing interval: nothing drawn
        return 0.0
    dx, dy = x1 - x0, y1 - y0
    low, high = 0.0, 1.0
    for step, distance in ((-dx, x0 - place.x0), (dx, place.x1 - x0), (-dy, y0 - place.y0), (dy, place.y1 - y0)):
        if step == 0:
            if distance < 0:
                return 0.0
            continue
        t = distance / step
        if step < 0:
            low = max(low, t)
        else:
            high = min(high, t)
    return float(max(0.0, high - low) * math.hypot(dx, dy))
