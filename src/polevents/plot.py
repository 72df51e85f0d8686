"""Pictures: a record progression over time, and one verdict's figures.

Needs the ``plot`` extra (matplotlib): ``pip install 'polevents[plot]'``.
``import polevents`` never imports this module or matplotlib; calling a
function here without matplotlib raises
:class:`~polevents._frames.MissingExtraError` naming the extra.

Charts are drawn on a new :class:`matplotlib.figure.Figure` (no pyplot, no
window, nothing global changed: safe on servers and in tests), or on the
Axes you pass as ``ax``. Each function returns the Axes it drew on; its
``.figure`` is what :func:`save` writes.

- :func:`progression` draws a category's records as a step line over time,
  each record's interval as a band. A side with no bound is drawn to the
  edge of the chart, hatched, with an arrow; an uncertain step has a hollow
  marker and a dashed riser, and its reason is printed under the chart;
  joint holders have a diamond; a rescinded record is grey and struck
  through; challengers that did not break the record are points with their
  intervals.
- :func:`verdict` draws the record's and the challenger's intervals on one
  axis, and the margin as the distances between them: the smallest possible
  (near ends) and the largest possible (far ends).

Numbers, figures, reasons and sentences on the charts come from
:mod:`polevents._render`, the same words the library prints elsewhere.

Drawing the bundled 2022 case and saving it::

    from polevents import plot
    from polevents.datasets import twitter_space_2022

    ax = plot.progression(twitter_space_2022(), "largest Twitter Space audience")
    plot.save(ax, "progression.png")

(No doctest here: the suite runs without the extra. ``docs/howto/draw-a-progression.md``
and ``tests/test_plot.py`` run these when matplotlib is installed.)
"""

from __future__ import annotations

import math
import os
import textwrap
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from polevents import _frames, _render
from polevents.errors import ValidationError
from polevents.figures import Figure
from polevents.metrics import Direction
from polevents.records import (
    Outcome,
    ProgressionStep,
    Record,
    RecordBook,
    RecordCategory,
    Verdict,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure as MplFigure

__all__ = ["SUFFIXES", "category_named", "progression", "save", "verdict"]

#: The file types :func:`save` writes.
SUFFIXES = (".png", ".svg")

#: Words on the charts that :mod:`polevents._render` has no function for yet.
_WORDS: dict[str, str] = {
    "higher": "higher is better",
    "lower": "lower is better",
    "record": "record (stated value)",
    "band": "range the reports allow",
    "unbounded": "no bound on this side: goes on past the edge",
    "window": "set at an unknown time in this period",
    "certain": "certain step",
    "uncertain": "uncertain step (see below)",
    "tie": "joint holders (a tie)",
    "rescinded": "rescinded: kept, never stood",
    "rescinded_label": "rescinded",
    "not_broken": "challenger that did not break it",
    "undetermined": "challenger that may or may not have broken it",
    "challenger": "challenger",
    "record_row": "record",
    "margin_row": "margin",
    "by": "by",
    "at_worst": "at worst equal",
    "at_best": "at best equal",
    "better": "better",
    "worse": "worse",
    "worse_by": "worse by",
    "no_largest": "no largest margin: a figure is unbounded",
    "no_smallest": "no smallest margin: a figure is unbounded",
    "no_margin": "no margin: nothing to compare",
}

_SIZE = (8.0, 4.5)  # inches; at 100 dpi an 800 × 450 picture
_DPI = 100
_BLUE, _ORANGE, _GREY, _RED = "#1f77b4", "#d95f02", "#8c8c8c", "#b2182b"
_MAX_LABELS = 12  # more records than this: no holder labels, they would collide
_LABEL_POINTS = 7.0  # the size of labels on the chart, in points
_CAPTION_POINTS = 7.0  # the size of the notes and sentences under a chart


def _mpl() -> Any:
    """matplotlib, or a MissingExtraError naming the ``plot`` extra."""
    return _frames.require("matplotlib", "plot", "polevents.plot")


def _dates() -> Any:
    # matplotlib.dates is not fully typed; its few functions are used through Any.
    from matplotlib import dates

    return dates


def _new_axes(ax: Axes | None, size: tuple[float, float] = _SIZE) -> Axes:
    _mpl()
    if ax is not None:
        return ax
    from matplotlib.figure import Figure as MplFigure

    # A bare Figure uses the Agg canvas and never touches pyplot's global state.
    fig = MplFigure(figsize=size, dpi=_DPI, layout="constrained")
    return fig.add_subplot()


# --- which book, which category ----------------------------------------------------------


@attrs.frozen
class _Challenger:
    when: datetime
    figure: Figure
    outcome: Outcome
    title: str


def _book_and_challengers(
    source: object,
) -> tuple[RecordBook, list[tuple[RecordCategory, _Challenger]]]:
    if isinstance(source, RecordBook):
        return source, []
    report: Any = source
    if not hasattr(source, "checks") and callable(getattr(source, "check", None)):
        report = source.check()  # type: ignore[attr-defined]
    book = getattr(report, "book", None)
    if not isinstance(book, RecordBook):
        raise ValidationError(
            "book_or_dataset",
            type(source).__name__,
            "a RecordBook, a Dataset or a check report (Dataset.check())",
        )
    found = []
    for check in report.checks:
        for v in check.verdicts:
            if v.challenger is None or v.outcome not in (Outcome.NOT_BROKEN, Outcome.UNDETERMINED):
                continue
            found.append(
                (
                    v.category,
                    _Challenger(check.event.when.start, v.challenger, v.outcome, check.event.title),
                )
            )
    return book, found


def category_named(book: RecordBook, name: RecordCategory | str) -> RecordCategory:
    """The book's category called ``name``: its label (or title), ignoring
    case, or the key of the metric of exactly one category.

    >>> from polevents.datasets import twitter_space_2022
    >>> book = twitter_space_2022().check().book
    >>> category_named(book, "unique_audience").label
    'largest Twitter Space audience'

    Raises:
        ValidationError: no category, or more than one, has that name; the
            message lists the names there are.
    """
    categories = book.categories
    if isinstance(name, RecordCategory):
        if name in categories:
            return name
        wanted = "a category of this book"
    elif isinstance(name, str):
        folded = " ".join(name.split()).casefold()
        by_label = [c for c in categories if c.label.casefold() == folded]
        by_metric = [c for c in categories if c.metric.key == name.strip()]
        for matches in (by_label, by_metric):
            if len(matches) == 1:
                return matches[0]
        wanted = "the label of a category, or a metric key that names exactly one"
    else:
        raise ValidationError("category", name, "a RecordCategory or a category's label")
    names = ", ".join(repr(c.label) for c in categories) or "none: the book has no category"
    raise ValidationError("category", str(name), wanted, f"the categories are {names}")


# --- geometry helpers ----------------------------------------------------------------------


def _line_value(figure: Figure) -> float:
    """Where the step line runs: the stated value, else the middle, else the one bound."""
    low, high = figure.bounds
    nominal = figure.nominal_value
    if (
        nominal is not None
        and (low is None or nominal >= low)
        and (high is None or nominal <= high)
    ):
        return nominal
    if low is not None and high is not None:
        return (low + high) / 2
    bound = low if low is not None else high
    return 0.0 if bound is None else bound


@attrs.frozen
class _Limits:
    bottom: float
    top: float

    def low(self, value: float | None) -> float:
        return self.bottom if value is None else value

    def high(self, value: float | None) -> float:
        return self.top if value is None else value


def _limits(figures: Sequence[Figure]) -> _Limits:
    finite = [b for f in figures for b in f.bounds if b is not None]
    if not finite:
        return _Limits(0.0, 1.0)
    least, most = min(finite), max(finite)
    spread = most - least or abs(most) or 1.0
    unbounded_above = any(f.bounds[1] is None for f in figures)
    unbounded_below = any(f.bounds[0] is None for f in figures)
    top = most + spread * (0.3 if unbounded_above else 0.12)
    # Counts start at zero unless that would squash them (a sprint's 9.58 s).
    bottom = 0.0 if least >= 0 and least < 0.5 * most else least - spread * 0.12
    if unbounded_below:
        bottom = least - spread * 0.3
    return _Limits(bottom, top)


def _unit_of(figures: Sequence[Figure]) -> str:
    return figures[0].unit


def _in(figure: Figure, unit: str) -> Figure:
    return figure if figure.unit == unit else figure.to(unit)


def _ticks(ax: Axes, axis: str) -> None:
    from matplotlib.ticker import FuncFormatter

    def label(value: float, _position: int) -> str:
        return _render.number(value)

    target = ax.yaxis if axis == "y" else ax.xaxis
    target.set_major_formatter(FuncFormatter(label))


def _value_label(category: RecordCategory, unit: str) -> str:
    better = _WORDS["higher" if category.direction is Direction.HIGHER else "lower"]
    words = _render.unit_words(unit)
    if unit == "percent":
        words = "%"
    return f"{category.metric.label} ({words})\n{better}"


def _inclusive(margin: Figure | None, key: str) -> bool:
    if margin is None:
        return True
    return margin.low_inclusive if key == "smallest" else margin.high_inclusive


def _margin_words(
    bound: float | None, *, near: bool, inclusive: bool, unit: str, digits: int
) -> str:
    """ "by more than 397,600 people", "by at most 451,000 people", "worse by at most 5 seconds"."""
    if bound is None:
        return _WORDS["no_smallest" if near else "no_largest"]
    if bound == 0:
        return _WORDS[
            ("at_worst" if inclusive else "better")
            if near
            else ("at_best" if inclusive else "worse")
        ]
    amount = abs(bound)
    # The smallest margin is a floor on the gain, the largest a ceiling; when
    # negative they turn into a ceiling and a floor on how much worse.
    floor = near == (bound >= 0)
    if floor:
        words = _render.span(amount, None, unit, digits, low_inclusive=inclusive)
    else:
        words = _render.span(None, amount, unit, digits, high_inclusive=inclusive)
    return f"{_WORDS['by'] if bound >= 0 else _WORDS['worse_by']} {words}"


def _caption(ax: Any, paragraphs: Sequence[str], *, own: bool) -> None:
    """Text under the x axis (below its tick labels and label), wrapped to fit:
    from the figure's left edge on a figure of our own, else from the Axes'."""
    fig = ax.figure
    if own:
        x, transform, width = 0.01, fig.transFigure, 0.98 * fig.get_figwidth()
    else:
        x, transform, width = 0.0, ax.transAxes, ax.get_position().width * fig.get_figwidth()
    # An average character is about 0.6 of the font size: inches → points → characters.
    chars = max(40, int(width * 72 / (0.6 * _CAPTION_POINTS)))
    text = "\n".join(textwrap.fill(p, chars) for p in paragraphs)

    def under_axis(renderer: Any) -> Any:
        return ax.xaxis.get_tightbbox(renderer)

    ax.annotate(
        text,
        xy=(x, 0),
        xycoords=(transform, under_axis),
        xytext=(0, -6),
        textcoords="offset points",
        fontsize=_CAPTION_POINTS,
        va="top",
        ha="left",
    )


def _struck(text: str) -> str:
    # U+0336 after each character draws a line through it in any font that has it.
    return "".join(f"{ch}\u0336" for ch in text)


# --- progression -------------------------------------------------------------------------


def progression(
    book_or_dataset: object,
    category: RecordCategory | str,
    *,
    ax: Axes | None = None,
) -> Axes:
    """Draw a category's record progression over time.

    Args:
        book_or_dataset: A :class:`~polevents.records.RecordBook`, a
            :class:`~polevents.io.Dataset` (checked first, so the records its
            events set are drawn too, and the challengers that did not break
            the record are shown as points), or a report from ``Dataset.check()``.
        category: The category, or its label, or the key of its metric when
            only one category has that metric.
        ax: Draw here; a new figure (800 × 450 pixels at 100 dpi) otherwise.

    Returns:
        The Axes drawn on (``ax.figure`` to :func:`save` it).

    Raises:
        MissingExtraError: matplotlib is not installed (the ``plot`` extra).
        ValidationError: an unknown category, or one without any record.
    """
    _mpl()  # before any work: a missing extra is said at once
    book, challengers = _book_and_challengers(book_or_dataset)
    chosen = category_named(book, category)
    history = book.history(chosen)
    if not history:
        raise ValidationError(
            "category", chosen.label, "a category with at least one record to draw"
        )
    own = ax is None
    ax = _new_axes(ax)
    steps = {id(s.record): s for s in book.steps(chosen)}
    points = [c for cat, c in challengers if cat == chosen]
    unit = _unit_of([r.value for r in history if r.stands] or [history[0].value])
    values = {id(r): _in(r.value, unit) for r in history}
    limits = _limits([*values.values(), *(_in(p.figure, unit) for p in points)])
    _Progression(ax, chosen, history, steps, points, unit, values, limits, own).draw()
    return ax


@attrs.define
class _Progression:
    ax: Any
    category: RecordCategory
    history: list[Record]
    steps: dict[int, ProgressionStep]
    points: list[_Challenger]
    unit: str
    values: dict[int, Figure]
    limits: _Limits
    own: bool
    used: dict[str, Any] = attrs.Factory(dict)
    notes: list[str] = attrs.Factory(list)
    labels: list[tuple[str, float, float, str]] = attrs.Factory(list)

    def draw(self) -> None:
        mdates = _dates()
        starts = [mdates.date2num(r.set_on.start) for r in self.history]
        ends = [mdates.date2num(r.set_on.end) for r in self.history]
        when = [mdates.date2num(p.when) for p in self.points]
        first, last = min(starts + when), max(starts + when)
        spread = last - first or 30.0  # days
        left, right = first - 0.05 * spread, last + 0.12 * spread
        self.ax.set_xlim(left, right)
        self.ax.set_ylim(self.limits.bottom, self.limits.top)
        previous_y: float | None = None
        labels = len(self.history) <= _MAX_LABELS
        for i, record in enumerate(self.history):
            later = [starts[j] for j in range(i + 1, len(self.history)) if self._next(record, j)]
            x0, x1 = starts[i], (later[0] if later else right)
            window_end = min(max(ends[i], x0), x1)
            if window_end - x0 < 0.005 * (right - left):
                window_end = x0  # too short to see: drawn as a moment
            figure = self.values[id(record)]
            y = _line_value(figure)
            if record.stands:
                step = self.steps.get(id(record))
                self._band(x0, window_end, x1, figure, _BLUE)
                self._line(x0, window_end, x1, y, _BLUE)
                self._step(x0, previous_y, y, step)
                previous_y = y
            else:
                self._rescinded(x0, x1, figure, y)
            if labels:
                self._label(record, x0, y)
        for point in self.points:
            self._challenger(point)
        self._place_labels()
        self._axes()

    def _next(self, record: Record, j: int) -> bool:
        # A standing record's band runs to the next standing record; a
        # rescinded one's to the next record of any kind.
        other = self.history[j]
        return other.stands or not record.stands

    def _band(self, x0: float, window_end: float, x1: float, figure: Figure, colour: str) -> None:
        low, high = figure.bounds
        bottom, top = self.limits.low(low), self.limits.high(high)
        hatch = "///" if low is None or high is None else None
        if window_end > x0:
            self.ax.fill_between(
                [x0, window_end],
                bottom,
                top,
                facecolor=colour,
                edgecolor=colour,
                alpha=0.15,
                linewidth=0.8,
                linestyle=":",
                hatch=hatch,
            )
            self.used["window"] = True
        if x1 > window_end:
            self.ax.fill_between(
                [window_end, x1], bottom, top, color=colour, alpha=0.25, linewidth=0, hatch=hatch
            )
        self.used["band"] = True
        if hatch is not None:
            self.used["unbounded"] = True
            middle = (x0 + x1) / 2
            for bound, edge in ((high, self.limits.top), (low, self.limits.bottom)):
                if bound is None:
                    self._arrow(middle, edge, colour, vertical=True)

    def _arrow(self, at: float, edge: float, colour: str, *, vertical: bool) -> None:
        # An arrow that ends on the edge of the chart: the interval goes on.
        size = 0.07 * (self.limits.top - self.limits.bottom)
        start = edge - size if edge >= self.limits.top else edge + size
        if vertical:
            xy, xytext = (at, edge), (at, start)
        else:
            xy, xytext = (edge, at), (start, at)
        self.ax.annotate(
            "",
            xy=xy,
            xytext=xytext,
            arrowprops={"arrowstyle": "-|>", "color": colour, "linewidth": 1.2},
            annotation_clip=False,
        )

    def _line(self, x0: float, window_end: float, x1: float, y: float, colour: str) -> None:
        if window_end > x0:
            self.ax.plot([x0, window_end], [y, y], color=colour, linestyle=":", linewidth=1.5)
        self.ax.plot([window_end, x1], [y, y], color=colour, linewidth=2)
        self.used["record"] = True

    def _step(
        self, x: float, previous: float | None, y: float, step: ProgressionStep | None
    ) -> None:
        uncertain = step is not None and step.uncertain
        tie = step is not None and step.tie
        if previous is not None:
            style = "--" if uncertain else (":" if tie else "-")
            self.ax.plot([x, x], [previous, y], color=_BLUE, linestyle=style, linewidth=1.5)
        if tie:
            marker, face, key = "D", _BLUE, "tie"
        elif uncertain:
            marker, face, key = "o", "white", "uncertain"
        else:
            marker, face, key = "o", _BLUE, "certain"
        self.ax.plot(
            [x],
            [y],
            marker=marker,
            markersize=7,
            markerfacecolor=face,
            markeredgecolor=_BLUE,
            markeredgewidth=1.5,
            linestyle="none",
            zorder=4,
        )
        self.used[key] = True
        if uncertain and step is not None:
            self.notes.append(str(step))  # the reason, in the library's own words

    def _rescinded(self, x0: float, x1: float, figure: Figure, y: float) -> None:
        low, high = figure.bounds
        bottom, top = self.limits.low(low), self.limits.high(high)
        self.ax.fill_between(
            [x0, x1], bottom, top, facecolor="none", edgecolor=_GREY, hatch="xx", linewidth=0.8
        )
        self.ax.plot([x0, x1], [y, y], color=_GREY, linestyle="--", linewidth=1.2)
        self.ax.plot([x0], [y], marker="X", markersize=8, color=_GREY, linestyle="none", zorder=4)
        self.used["rescinded"] = True

    def _label(self, record: Record, x: float, y: float) -> None:
        figure = _render.figure(record.value)
        step = self.steps.get(id(record))
        if step is not None and step.tie:
            text, colour = f"= {record.holder_name}", "black"  # the figure is the one before
        elif record.stands:
            text, colour = f"{record.holder_name}\n{figure}", "black"
        else:
            name = _struck(record.holder_name)
            text, colour = f"{name} ({_WORDS['rescinded_label']})\n{_struck(figure)}", _GREY
        self._text(text, x, y, colour)

    def _text(self, text: str, x: float, y: float, colour: str) -> None:
        self.labels.append((text, x, y, colour))

    def _place_labels(self) -> None:
        """Write the labels, the latest first, each above its point, else
        below, else not at all when both places would cover another label."""
        ax = self.ax
        points = ax.figure.dpi / 72
        char, line = 0.6 * _LABEL_POINTS * points, 1.3 * _LABEL_POINTS * points
        right_edge = ax.bbox.x1
        taken: list[tuple[float, float, float, float]] = []
        for text, x, y, colour in reversed(self.labels):
            px, py = ax.transData.transform((x, y))
            lines = text.splitlines()
            width, height = char * max(len(s) for s in lines), line * len(lines)
            # A label that would run off the right edge goes left of its point.
            leftward = px + width + 8 > right_edge
            x0 = px - 6 - width if leftward else px + 4
            for above in (True, False):
                y0 = py + 4 if above else py - 6 - height
                box = (x0, y0, x0 + width, y0 + height)
                if not any(_overlap(box, other) for other in taken):
                    break
            else:
                continue
            taken.append(box)
            ax.annotate(
                text,
                (x, y),
                xytext=(-6 if leftward else 4, 4 if above else -6),
                textcoords="offset points",
                fontsize=_LABEL_POINTS,
                color=colour,
                va="bottom" if above else "top",
                ha="right" if leftward else "left",
            )

    def _challenger(self, point: _Challenger) -> None:
        mdates = _dates()
        figure = _in(point.figure, self.unit)
        x = mdates.date2num(point.when)
        y = _line_value(figure)
        low, high = figure.bounds
        bottom, top = self.limits.low(low), self.limits.high(high)
        undetermined = point.outcome is Outcome.UNDETERMINED
        colour = _ORANGE if undetermined else _GREY
        self.ax.plot([x, x], [bottom, top], color=colour, linewidth=1.5, alpha=0.8)
        self.ax.plot(
            [x],
            [y],
            marker="^" if undetermined else "s",
            markersize=6,
            linestyle="none",
            markerfacecolor="white" if undetermined else colour,
            markeredgecolor=colour,
            zorder=4,
        )
        if high is None:
            self._arrow(x, self.limits.top, colour, vertical=True)
            self.used["unbounded"] = True

        self.used["undetermined" if undetermined else "not_broken"] = True

    def _axes(self) -> None:
        mdates = _dates()
        ax = self.ax
        zone = self.history[0].set_on.start.tzinfo
        locator = mdates.AutoDateLocator(tz=zone)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator, tz=zone))
        _ticks(ax, "y")
        ax.set_title(self.category.label)
        ax.set_ylabel(_value_label(self.category, self.unit))
        ax.grid(axis="y", color="#dddddd", linewidth=0.6)
        ax.set_axisbelow(True)
        ax.legend(handles=self._legend(), loc="best", fontsize="x-small", framealpha=0.9)
        if self.notes:
            _caption(ax, self.notes, own=self.own)

    def _legend(self) -> list[Any]:
        from matplotlib.lines import Line2D
        from matplotlib.patches import Patch

        made = {
            "record": Line2D([], [], color=_BLUE, linewidth=2),
            "band": Patch(facecolor=_BLUE, alpha=0.25),
            "window": Patch(facecolor=_BLUE, edgecolor=_BLUE, alpha=0.15, linestyle=":"),
            "unbounded": Patch(facecolor=_BLUE, alpha=0.25, hatch="///"),
            "certain": _marker("o", _BLUE, _BLUE, "-"),
            "uncertain": _marker("o", "white", _BLUE, "--"),
            "tie": _marker("D", _BLUE, _BLUE, ":"),
            "rescinded": _marker("X", _GREY, _GREY, "--"),
            "not_broken": _marker("s", _GREY, _GREY, "none"),
            "undetermined": _marker("^", "white", _ORANGE, "none"),
        }
        return [_labelled(handle, _WORDS[key]) for key, handle in made.items() if key in self.used]


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _marker(marker: str, face: str, edge: str, style: Any) -> Any:
    from matplotlib.lines import Line2D

    return Line2D(
        [],
        [],
        marker=marker,
        markerfacecolor=face,
        markeredgecolor=edge,
        color=edge,
        linestyle=style,
        markersize=6,
    )


def _labelled(handle: Any, label: str) -> Any:
    handle.set_label(label)
    return handle


# --- one verdict ---------------------------------------------------------------------------


def verdict(verdict: Verdict, *, ax: Axes | None = None) -> Axes:
    """Draw one verdict: the record's and the challenger's intervals, and the margin.

    The margin is drawn on the same axis, as distances between the two
    intervals: the smallest possible margin joins their near ends, the
    largest their far ends (leftward when the challenger may be worse).
    The verdict's sentence is printed under the chart.

    Returns:
        The Axes drawn on (``ax.figure`` to :func:`save` it).

    Raises:
        MissingExtraError: matplotlib is not installed (the ``plot`` extra).
        ValidationError: not a Verdict.
    """
    _mpl()
    if not isinstance(verdict, Verdict):
        raise ValidationError("verdict", type(verdict).__name__, "a polevents Verdict")
    own = ax is None
    ax = _new_axes(ax, (_SIZE[0], 3.6))
    record, challenger = verdict.record_value, verdict.challenger
    present = [f for f in (record, challenger) if f is not None]
    unit = _unit_of(present) if present else verdict.category.metric.unit
    record = None if record is None else _in(record, unit)
    challenger = None if challenger is None else _in(challenger, unit)
    shown = [f for f in (record, challenger) if f is not None]
    limits = _limits(shown)
    ax.set_xlim(limits.bottom, limits.top)
    ax.set_ylim(-0.6, 2.6)
    holders = " / ".join(r.holder_name for r in verdict.records) or (
        verdict.record.holder_name if verdict.record is not None else ""
    )
    rows = {
        2.0: _WORDS["record_row"],
        1.0: verdict.subject or _WORDS["challenger"],
        0.0: _WORDS["margin_row"],
    }
    if holders:
        rows[2.0] = f"{_WORDS['record_row']}: {holders}"
    for y, figure, colour in ((2.0, record, _BLUE), (1.0, challenger, _ORANGE)):
        if figure is not None:
            _interval(ax, figure, y, colour, limits)
    if record is not None and challenger is not None:
        _margins(ax, record, challenger, verdict, limits)
    else:
        ax.text(
            (limits.bottom + limits.top) / 2,
            0,
            _WORDS["no_margin"],
            ha="center",
            va="center",
            fontsize="small",
            color=_GREY,
        )
    ax.set_yticks(list(rows), [textwrap.shorten(t, 40, placeholder="…") for t in rows.values()])
    _ticks(ax, "x")
    ax.set_xlabel(_value_label(verdict.category, unit))
    ax.set_title(verdict.category.label)
    ax.grid(axis="x", color="#dddddd", linewidth=0.6)
    ax.set_axisbelow(True)
    _caption(ax, [str(verdict)], own=own)
    return ax


def _interval(ax: Any, figure: Figure, y: float, colour: str, limits: _Limits) -> None:
    low, high = figure.bounds
    left, right = limits.low(low), limits.high(high)
    hatch = "///" if low is None or high is None else None
    ax.fill_between(
        [left, right], y - 0.18, y + 0.18, color=colour, alpha=0.3, linewidth=0, hatch=hatch
    )
    ax.plot([left, right], [y, y], color=colour, linewidth=2)
    for bound, inclusive, edge in (
        (low, figure.low_inclusive, left),
        (high, figure.high_inclusive, right),
    ):
        if bound is None:
            ax.annotate(
                "",
                xy=(edge, y),
                xytext=(
                    edge - (0.05 if edge == right else -0.05) * (limits.top - limits.bottom),
                    y,
                ),
                arrowprops={"arrowstyle": "-|>", "color": colour},
                annotation_clip=False,
            )
            continue
        ax.plot(
            [bound],
            [y],
            marker="o",
            markersize=7,
            markeredgecolor=colour,
            markerfacecolor=colour if inclusive else "white",
            markeredgewidth=1.5,
            zorder=4,
        )
    x, ha = _anchor(left, right, limits)
    ax.annotate(_render.figure(figure), (x, y + 0.22), fontsize="x-small", ha=ha, va="bottom")


def _anchor(left: float, right: float, limits: _Limits) -> tuple[float, str]:
    """Where a label over [left, right] starts so it stays inside the chart."""
    middle = (left + right) / 2
    share = (middle - limits.bottom) / ((limits.top - limits.bottom) or 1.0)
    if share > 0.65:
        return right, "right"
    if share < 0.35:
        return left, "left"
    return middle, "center"


def _margins(
    ax: Any, record: Figure, challenger: Figure, verdict: Verdict, limits: _Limits
) -> None:
    higher = verdict.category.direction is Direction.HIGHER
    r_low, r_high = record.bounds
    c_low, c_high = challenger.bounds
    if higher:
        near = (limits.high(r_high), limits.low(c_low))  # record's best end → challenger's worst
        far = (limits.low(r_low), limits.high(c_high))
    else:
        near = (limits.low(r_low), limits.high(c_high))
        far = (limits.high(r_high), limits.low(c_low))
    margin = verdict.margin
    bounds = margin.bounds if margin is not None else (None, None)
    digits = _render.precision([record, challenger])
    unit = margin.unit if margin is not None else record.unit
    for (start, end), y, style, key, bound in (
        (near, 0.2, "-", "smallest", bounds[0]),
        (far, -0.2, "--", "largest", bounds[1]),
    ):
        better = (end > start) == higher
        colour = "black" if better or start == end else _RED
        ax.annotate(
            "",
            xy=(end, y),
            xytext=(start, y),
            arrowprops={
                "arrowstyle": "-|>",
                "color": colour,
                "linestyle": style,
                "shrinkA": 0,
                "shrinkB": 0,
            },
        )
        x, ha = _anchor(min(start, end), max(start, end), limits)
        ax.annotate(
            _margin_words(
                bound,
                near=key == "smallest",
                inclusive=_inclusive(margin, key),
                unit=unit,
                digits=digits,
            ),
            (x, y),
            xytext=(0, 2 if y > 0 else -2),
            textcoords="offset points",
            ha=ha,
            va="bottom" if y > 0 else "top",
            fontsize="x-small",
            color=colour,
        )


# --- saving --------------------------------------------------------------------------------


def save(figure: MplFigure | Axes, path: str | os.PathLike[str], *, dpi: float = _DPI) -> Path:
    """Write a chart to a PNG or SVG file (chosen by the suffix).

    SVG keeps its words as text (searchable, selectable). Nothing is
    written, and a polevents error is raised, for any other suffix.

    Args:
        figure: A matplotlib Figure, or the Axes a function here returned.
        path: Where to write; the suffix ``.png`` or ``.svg`` chooses the format.
        dpi: Pixels per inch for PNG (the default chart is then 800 × 450).

    Returns:
        The path written.

    Raises:
        MissingExtraError: matplotlib is not installed (the ``plot`` extra).
        ValidationError: another suffix, or a path that cannot be written
            (a missing folder, no permission); the message names the path.
    """
    mpl = _mpl()
    try:
        target = Path(os.fspath(path))
    except TypeError:
        raise ValidationError("path", path, "a file path ending in .png or .svg") from None
    suffix = target.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValidationError("path", str(target), "a file path ending in .png or .svg")
    fig = getattr(figure, "figure", None) if not hasattr(figure, "savefig") else figure
    if fig is None or not hasattr(fig, "savefig"):
        raise ValidationError("figure", type(figure).__name__, "a matplotlib Figure or Axes")
    if (
        not isinstance(dpi, int | float)
        or isinstance(dpi, bool)
        or not math.isfinite(dpi)
        or dpi <= 0
    ):
        raise ValidationError("dpi", dpi, "a positive number of pixels per inch")
    # No date in the metadata, so the same chart gives the same file.
    metadata: dict[str, Any] = {"Date": None} if suffix == ".svg" else {}
    try:
        with mpl.rc_context({"svg.fonttype": "none", "svg.hashsalt": "polevents"}):
            fig.savefig(target, format=suffix[1:], dpi=dpi, metadata=metadata)
    except OSError as err:
        raise ValidationError(
            "path", str(target), "a file that can be written", err.strerror or str(err)
        ) from None
    return target
