"""Tests for polevents.plot: charts rendered to files and read back.

Rendering tests need matplotlib (the ``plot`` extra) and are skipped, with
the reason, without it; the missing-extra errors are tested either way.
"""

from __future__ import annotations

import re
import struct
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from polevents import Claim, Figure, Metric, PolEventsError, Record, RecordCategory, Source, Span
from polevents import ValidationError as PolValidationError
from polevents._frames import MissingExtraError
from polevents.datasets import twitter_space_2022
from polevents.events import Event, Livestream
from polevents.io import Dataset
from polevents.records import RecordBook, RecordStatus

NO_MATPLOTLIB = "matplotlib is not installed: pip install 'polevents[plot]'"
TITLE = "largest Twitter Space audience"


@pytest.fixture
def plot() -> Any:
    pytest.importorskip("matplotlib", reason=NO_MATPLOTLIB)
    from polevents import plot

    return plot


# --- data --------------------------------------------------------------------------------

STREAMS = RecordCategory(
    metric=Metric.PEAK_CONCURRENT,
    platform="Twitch",
    event_type="livestream",
    title="most watched Twitch stream",
)


def _record(holder: str, text: str, day: str, **extra: Any) -> Record:
    return Record(
        category=STREAMS,
        holder=holder,
        value=Figure.parse(text),
        set_on=Span.parse(day, tz="UTC"),
        **extra,
    )


def _stream(title: str, text: str, day: str) -> Livestream:
    source = Source(publisher="Stream Charts")
    claim = Claim.parse(Metric.PEAK_CONCURRENT, text, source)
    return Livestream(
        title=title, when=Span.parse(day, tz="UTC"), platform="Twitch", claims=(claim,)
    )


def synthetic() -> Dataset:
    """Every kind of step: first, certain, uncertain, a tie, a rescinded record,
    and two challengers that did not break the record (one undetermined)."""
    records = (
        _record("Ninja", "exactly 300,000 viewers", "2018-03-15"),
        _record("Auronplay", "about 450,000 viewers", "2019-06-01"),
        _record("Ibai", "over 480,000 viewers", "2020-09-10"),  # may or may not beat 450K
        _record("TheGrefg", "exactly 550,000 viewers", "2021-01-11"),
        _record("Kings League", "exactly 550,000 viewers", "2021-08-20"),  # a tie
        _record("Copycat", "1.2 million viewers", "2022-02-02", status=RecordStatus.RESCINDED),
    )
    events = (
        _stream("Gaming marathon", "about 500,000 viewers", "2021-05-05"),  # NOT_BROKEN
        _stream("Charity stream", "over 540,000 viewers", "2022-06-06"),  # UNDETERMINED
    )
    return Dataset(records=records, events=events)


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _colours(path: Path) -> int:
    from matplotlib import image

    pixels = image.imread(path)
    return len({tuple(p) for p in pixels.reshape(-1, pixels.shape[-1]).tolist()})


def _svg_text(path: Path) -> str:
    root = ET.parse(path).getroot()  # raises if the SVG is not well-formed XML
    return " ".join("".join(node.itertext()) for node in root.iter() if node.tag.endswith("text"))


def _legend(ax: Any) -> list[str]:
    legend = ax.get_legend()
    return [t.get_text() for t in legend.get_texts()] if legend is not None else []


def _texts(ax: Any) -> str:
    return "\n".join(t.get_text() for t in ax.texts)


# --- rendering ---------------------------------------------------------------------------


def test_progression_png_has_the_promised_size_and_is_not_blank(plot: Any, tmp_path: Path) -> None:
    ax = plot.progression(twitter_space_2022(), TITLE)
    written = plot.save(ax, tmp_path / "progression.png")
    assert written == tmp_path / "progression.png"
    assert written.stat().st_size > 0
    assert _png_size(written) == (800, 450)
    assert _colours(written) > 1


def test_dpi_sets_the_pixels(plot: Any, tmp_path: Path) -> None:
    ax = plot.progression(twitter_space_2022(), TITLE)
    assert _png_size(plot.save(ax.figure, tmp_path / "small.PNG", dpi=50)) == (400, 225)


def test_progression_svg_is_xml_with_its_title_as_text(plot: Any, tmp_path: Path) -> None:
    ax = plot.progression(twitter_space_2022(), TITLE)
    text = _svg_text(plot.save(ax, tmp_path / "progression.svg"))
    assert TITLE in text
    assert "K-POP Lyrical" in text


def test_the_same_chart_gives_the_same_svg(plot: Any, tmp_path: Path) -> None:
    first = plot.save(plot.progression(twitter_space_2022(), TITLE), tmp_path / "a.svg")
    second = plot.save(plot.progression(twitter_space_2022(), TITLE), tmp_path / "b.svg")
    assert first.read_bytes() == second.read_bytes()


def test_progression_of_the_2022_case(plot: Any) -> None:
    ax = plot.progression(twitter_space_2022(), TITLE)
    assert ax.get_title() == TITLE
    assert ax.get_ylabel() == f"unique audience (people)\n{plot._WORDS['higher']}"
    labels = _legend(ax)
    assert plot._WORDS["certain"] in labels
    # K-POP Lyrical's record was set at an unknown time between late 2020 and April 2022
    assert plot._WORDS["window"] in labels
    assert plot._WORDS["uncertain"] not in labels
    texts = _texts(ax)
    assert "39,600 to 48,400 people" in texts
    assert "446,000 to 490,600 people" in texts


def test_every_kind_of_step_is_shown(plot: Any) -> None:
    dataset = synthetic()
    ax = plot.progression(dataset, "most watched Twitch stream")
    labels = _legend(ax)
    for key in ("certain", "uncertain", "tie", "rescinded", "not_broken", "undetermined"):
        assert plot._WORDS[key] in labels, key
    book = dataset.check().book
    uncertain = [s for s in book.steps(STREAMS) if s.uncertain]
    assert len(uncertain) == 1
    # the reason for the uncertain step is printed, in the library's own words
    assert " ".join(str(uncertain[0]).split()) in " ".join(_texts(ax).split())
    # the rescinded record is labelled, struck through
    assert "\u0336" in _texts(ax)
    assert plot._WORDS["rescinded_label"] in _texts(ax)


def test_a_record_book_draws_without_challengers(plot: Any) -> None:
    book = synthetic().check().book
    labels = _legend(plot.progression(book, STREAMS))
    assert plot._WORDS["not_broken"] not in labels
    assert plot._WORDS["tie"] in labels


def test_a_check_report_is_accepted(plot: Any) -> None:
    report = synthetic().check()
    assert plot._WORDS["undetermined"] in _legend(plot.progression(report, STREAMS))


def test_an_unbounded_side_reaches_the_edge_and_is_said(plot: Any) -> None:
    book = RecordBook()
    book.add(
        Record(
            category=STREAMS,
            holder="Somebody",
            value=Figure.parse("over 44,000 viewers", policy="literal"),
            set_on=Span.parse("2020-01-01", tz="UTC"),
        )
    )
    ax = plot.progression(book, STREAMS)
    assert plot._WORDS["unbounded"] in _legend(ax)
    top = ax.get_ylim()[1]
    # the band's top edge is the chart's top edge
    assert any(max(p.get_paths()[0].vertices[:, 1]) == pytest.approx(top) for p in ax.collections)


def test_lower_is_better_says_so(plot: Any) -> None:
    sprint = RecordCategory(metric=Metric.TIME_TO, event_type="100 m", title="men's 100 m")
    book = RecordBook()
    for holder, text, day in [
        ("Maurice Greene", "9.79 seconds", "1999-06-16"),
        ("Usain Bolt", "9.58 seconds", "2009-08-16"),
    ]:
        book.add(
            Record(
                category=sprint,
                holder=holder,
                value=Figure.parse(text),
                set_on=Span.parse(day, tz="UTC"),
            )
        )
    ax = plot.progression(book, "men's 100 m")
    assert ax.get_ylabel().endswith(plot._WORDS["lower"])
    bottom, top = ax.get_ylim()
    assert bottom > 9  # not squashed against zero
    assert bottom < 9.575
    assert top > 9.795


def test_drawing_on_given_axes(plot: Any) -> None:
    from matplotlib.figure import Figure as MplFigure

    fig = MplFigure()
    left, right = fig.subplots(1, 2)
    assert plot.progression(twitter_space_2022(), TITLE, ax=right) is right
    assert right.get_title() == TITLE
    assert left.get_title() == ""


def test_categories_by_label_or_metric_key(plot: Any) -> None:
    book = twitter_space_2022().check().book
    assert plot.category_named(book, "  Largest   TWITTER space audience ").label == TITLE
    assert plot.category_named(book, "posts").metric is Metric.POSTS
    with pytest.raises(PolValidationError, match="largest Twitter Space audience") as info:
        plot.progression(twitter_space_2022(), "most retweets")
    assert info.value.field == "category"


def test_a_category_without_records_is_refused(plot: Any) -> None:
    book = RecordBook()
    book.add_category(STREAMS)
    with pytest.raises(PolValidationError, match="at least one record"):
        plot.progression(book, STREAMS)


def test_something_else_is_refused(plot: Any) -> None:
    with pytest.raises(PolValidationError, match="RecordBook"):
        plot.progression([1, 2], "x")
    with pytest.raises(PolValidationError, match="Verdict"):
        plot.verdict("broken")


# --- one verdict -------------------------------------------------------------------------


def _verdicts(dataset: Dataset) -> dict[str | None, Any]:
    return {v.subject: v for v in dataset.check().verdicts()}


def test_verdict_chart_shows_both_intervals_the_margin_and_the_sentence(
    plot: Any, tmp_path: Path
) -> None:
    verdict = _verdicts(twitter_space_2022())["Imran Khan's Twitter Space"]
    ax = plot.verdict(verdict)
    texts = _texts(ax)
    assert "39,600 to 48,400 people" in texts
    assert "446,000 to 490,600 people" in texts
    assert "by more than 397,600 people" in texts
    assert "by at most 451,000 people" in texts
    assert " ".join(str(verdict).split()) in " ".join(texts.split())
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert sorted(labels) == ["Imran Khan's Twitter Space", "margin", "record: K-POP Lyrical"]
    path = plot.save(ax, tmp_path / "verdict.png")
    assert _png_size(path) == (800, 360)
    assert _colours(path) > 1
    assert "K-POP Lyrical" in _svg_text(plot.save(ax, tmp_path / "verdict.svg"))


def test_verdict_chart_of_a_challenger_that_may_be_worse(plot: Any) -> None:
    verdicts = _verdicts(synthetic())
    undetermined = plot.verdict(verdicts["Charity stream"])
    texts = _texts(undetermined)
    assert "worse by less than 10,000 people" in texts
    assert "by at most 44,000 people" in texts
    not_broken = _texts(plot.verdict(verdicts["Gaming marathon"]))
    assert "worse by at most 100,000 people" in not_broken
    assert plot._WORDS["at_best"] in not_broken


def test_verdict_chart_without_a_record(plot: Any) -> None:
    verdict = _verdicts(twitter_space_2022())["Imported Hakumat Na-Manzoor"]
    ax = plot.verdict(verdict)
    assert plot._WORDS["no_margin"] in _texts(ax)


def test_verdict_chart_lower_is_better(plot: Any) -> None:
    sprint = RecordCategory(metric=Metric.TIME_TO, event_type="100 m", title="men's 100 m")
    book = RecordBook()
    book.add(
        Record(
            category=sprint,
            holder="Usain Bolt",
            value=Figure.parse("9.58 seconds"),
            set_on=Span.parse("2009-08-16", tz="UTC"),
        )
    )
    race = Event(
        title="a final",
        kind="100 m",
        when=Span.parse("2024-08-04", tz="UTC"),
        claims=(Claim.parse(Metric.TIME_TO, "9.79 seconds"),),
    )
    ax = plot.verdict(book.check(race)[0])
    assert ax.get_xlabel().endswith(plot._WORDS["lower"])
    assert re.search(r"worse by at least 0\.20? seconds", _texts(ax))


# --- saving ------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["chart.pdf", "chart.jpg", "chart", "chart.png.txt"])
def test_save_refuses_other_suffixes(plot: Any, tmp_path: Path, name: str) -> None:
    ax = plot.progression(twitter_space_2022(), TITLE)
    with pytest.raises(PolValidationError, match=r"\.png or \.svg") as info:
        plot.save(ax, tmp_path / name)
    assert info.value.field == "path"
    assert str(tmp_path / name) in str(info.value)
    assert not (tmp_path / name).exists()


def test_save_refuses_an_unwritable_path(plot: Any, tmp_path: Path) -> None:
    ax = plot.progression(twitter_space_2022(), TITLE)
    missing = tmp_path / "no such folder" / "chart.png"
    with pytest.raises(PolValidationError, match="can be written") as info:
        plot.save(ax, missing)
    assert str(missing) in str(info.value)
    (tmp_path / "folder.svg").mkdir()
    with pytest.raises(PolValidationError, match="can be written"):
        plot.save(ax, tmp_path / "folder.svg")


def test_save_refuses_what_is_not_a_chart(plot: Any, tmp_path: Path) -> None:
    with pytest.raises(PolValidationError, match="Figure or Axes"):
        plot.save("chart", tmp_path / "chart.png")
    ax = plot.progression(twitter_space_2022(), TITLE)
    with pytest.raises(PolValidationError, match="pixels per inch"):
        plot.save(ax, tmp_path / "chart.png", dpi=0)


# --- without the extra -------------------------------------------------------------------


def test_without_matplotlib_every_function_names_the_extra(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from polevents import plot

    monkeypatch.setitem(sys.modules, "matplotlib", None)  # makes `import matplotlib` fail
    not_a_chart: Any = object()
    calls: list[Callable[[], object]] = [
        lambda: plot.progression(twitter_space_2022(), TITLE),
        lambda: plot.verdict(twitter_space_2022().check().verdicts()[0]),
        lambda: plot.save(not_a_chart, tmp_path / "chart.png"),
    ]
    for call in calls:
        with pytest.raises(MissingExtraError, match=r"pip install 'polevents\[plot\]'") as info:
            call()
        assert isinstance(info.value, PolEventsError)
        assert isinstance(info.value, ImportError)
        assert info.value.extra == "plot"


def test_importing_polevents_imports_no_extra() -> None:
    code = textwrap.dedent(
        """
        import sys
        import polevents, polevents.io, polevents.datasets, polevents.plot, polevents._frames
        polevents.datasets.twitter_space_2022().check()
        print(sorted(m for m in ("matplotlib", "pandas", "pyarrow") if m in sys.modules))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "[]"


def test_dates_on_the_axis_are_the_records_dates(plot: Any) -> None:
    dates: Any = pytest.importorskip("matplotlib.dates")
    ax = plot.progression(twitter_space_2022(), TITLE)
    left, right = (dates.num2date(x) for x in ax.get_xlim())
    assert left < datetime(2020, 12, 1, tzinfo=UTC) < datetime(2022, 4, 20, tzinfo=UTC) < right
