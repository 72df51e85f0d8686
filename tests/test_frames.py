"""Tests for polevents._frames: claims and verdicts as rows, DataFrames, Arrow,
Parquet and CSV, and figures rebuilt from a frame.

Rows and CSV need no extra; frame tests need pandas and Arrow tests pyarrow
(the ``frames`` extra) and are skipped, with the reason, without them.
"""

from __future__ import annotations

import csv
import io
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from polevents import Figure, PolEventsError, ValidationError, check
from polevents import _frames as frames
from polevents.datasets import twitter_space_2022
from polevents.io import Dataset
from polevents.strategies import datasets, figures, verdicts

NO_PANDAS = "pandas is not installed: pip install 'polevents[frames]'"
NO_PYARROW = "pyarrow is not installed: pip install 'polevents[frames]'"


@pytest.fixture
def pd() -> Any:
    return pytest.importorskip("pandas", reason=NO_PANDAS)


@pytest.fixture
def pa() -> Any:
    pytest.importorskip("pandas", reason=NO_PANDAS)
    return pytest.importorskip("pyarrow", reason=NO_PYARROW)


def _claims(dataset: Dataset) -> list[Any]:
    return [c for e in dataset.events for c in e.claims] + [
        c for r in dataset.records for c in r.claims
    ]


# --- rows (no extra) ---------------------------------------------------------------------


def test_claim_rows_of_the_2022_case() -> None:
    dataset = twitter_space_2022()
    rows = frames.claim_rows(dataset)
    assert len(rows) == len(_claims(dataset)) == 14
    assert all(list(row) == list(frames.CLAIM_COLUMNS) for row in rows)
    over = rows[4]
    assert over["path"] == "events[0].claims[4]"
    assert over["event_id"] == "imran-khan-space"
    assert over["event_type"] == "audio_session"
    assert over["metric"] == "unique_audience"
    assert (over["low"], over["high"]) == (446000.0, 490600.0)
    assert (over["low_inclusive"], over["high_inclusive"]) == (False, True)
    assert over["qualifier"] == "over"
    assert over["unit"] == "person"
    assert over["policy"] == "news"
    assert over["source_publisher"] == "The Express Tribune"
    assert over["source_url"].startswith("https://tribune.com.pk/")
    assert over["quote"] == dataset.events[0].claims[4].quote
    kpop = [row for row in rows if row["record_id"] == "kpop-lyrical-space-record"]
    assert [row["path"] for row in kpop] == ["records[0].claims[0]", "records[0].claims[1]"]


def test_verdict_rows_from_a_report_from_verdicts_and_from_one() -> None:
    report = twitter_space_2022().check()
    rows = frames.verdict_rows(report)
    assert [r["path"] for r in rows] == ["events[2]", "events[0]"]
    assert all(list(row) == list(frames.VERDICT_COLUMNS) for row in rows)
    broken = rows[1]
    assert broken["event_id"] == "imran-khan-space"
    assert broken["outcome"] == "broken"
    assert broken["broke"] == "yes"
    assert broken["record_holder"] == "K-POP Lyrical"
    assert (broken["margin_low"], broken["margin_high"]) == (397600.0, 451000.0)
    assert broken["ratio_low"] == pytest.approx(446000 / 48400)
    assert broken["conflicting"] is True
    assert broken["sentence"] == str(report.verdicts()[1])
    first = rows[0]
    assert first["outcome"] == "first"
    assert first["record_low"] is None
    assert first["record_holders"] is None
    bare = frames.verdict_rows(report.verdicts())
    assert [r["sentence"] for r in bare] == [r["sentence"] for r in rows]
    assert bare[0]["path"] is None
    assert bare[0]["event"] == "Imported Hakumat Na-Manzoor"
    assert frames.verdict_rows(report.verdicts()[1])[0]["margin_low"] == 397600.0


def test_verdict_rows_refuse_anything_else() -> None:
    with pytest.raises(ValidationError, match="Verdict"):
        frames.verdict_rows(42)
    with pytest.raises(ValidationError, match=r"verdicts\[1\]"):
        frames.verdict_rows([twitter_space_2022().check().verdicts()[0], "broken"])
    with pytest.raises(ValidationError, match="Dataset"):
        frames.claim_rows("dataset.json")


def test_figures_come_back_from_rows() -> None:
    claims = _claims(twitter_space_2022())
    rows = frames.claim_rows(twitter_space_2022())
    assert frames.figures_from_frame(rows) == [c.figure for c in claims]


def test_csv_needs_no_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    report = twitter_space_2022().check()
    text = frames.verdicts_csv(report)
    assert text is not None
    read = list(csv.DictReader(io.StringIO(text)))
    assert list(read[0]) == list(frames.VERDICT_COLUMNS)
    assert [r["outcome"] for r in read] == ["first", "broken"]
    assert read[1]["margin_low"] == "397600.0"
    assert read[0]["record_low"] == ""  # missing is an empty cell
    assert read[1]["sentence"] == str(report.verdicts()[1])
    margins = [v.margin for v in report.verdicts()]
    assert frames.figures_from_frame(read, "margin_") == margins
    stream = io.StringIO()
    assert frames.claims_csv(twitter_space_2022(), stream) is None
    claims = list(csv.DictReader(io.StringIO(stream.getvalue())))
    # CSV's text reads back as the very same figures
    assert frames.figures_from_frame(claims) == [c.figure for c in _claims(twitter_space_2022())]


def test_csv_of_no_verdicts_still_has_its_header() -> None:
    text = frames.verdicts_csv([])
    assert text == ",".join(frames.VERDICT_COLUMNS) + "\n"


def test_csv_to_a_file_and_to_an_unwritable_path(tmp_path: Path) -> None:
    target = tmp_path / "claims.csv"
    assert frames.claims_csv(twitter_space_2022(), target) is None
    assert target.read_text(encoding="utf-8").startswith("path,event_id,")
    with pytest.raises(ValidationError, match="can be written"):
        frames.claims_csv(twitter_space_2022(), tmp_path / "missing" / "claims.csv")


# --- DataFrames ----------------------------------------------------------------------------


def test_claims_frame_columns_and_dtypes(pd: Any) -> None:
    frame = frames.claims_frame(twitter_space_2022())
    assert list(frame.columns) == list(frames.CLAIM_COLUMNS)
    assert len(frame) == 14
    types = pd.api.types
    for name, kind in frames.CLAIM_COLUMNS.items():
        column = frame[name]
        if kind == "float64":
            assert types.is_float_dtype(column), name
        elif kind == "boolean":
            assert types.is_bool_dtype(column), name
        elif kind == "datetime":
            assert isinstance(column.dtype, pd.DatetimeTZDtype), name
            assert str(column.dtype.tz) == "UTC"
        else:
            assert isinstance(column.dtype, pd.StringDtype), name
    assert frame.loc[4, "low"] == 446000.0
    assert pd.isna(frame.loc[0, "as_of"])
    # analysis works on the columns as they are
    audience = frame[frame["metric"] == "unique_audience"]
    assert audience["low"].max() == 446000.0


def test_claims_frame_keeps_as_of_in_utc(pd: Any) -> None:
    from polevents import Claim, Metric, Span
    from polevents.events import Trend

    claim = Claim.parse(
        Metric.POSTS,
        "over 3.6 million tweets",
        as_of=Span.parse("2022-04-21T18:00+05:00"),
        attributed_to="Twitter",
    )
    trend = Trend(
        title="a trend",
        when=Span.parse("2022-04-21", tz="Asia/Karachi"),
        hashtag="ImportedHakumatNaManzoor",
        platform="Twitter",
        claims=(claim,),
    )
    frame = frames.claims_frame(Dataset(events=(trend,)))
    assert frame.loc[0, "as_of"] == pd.Timestamp("2022-04-21T13:00Z")
    assert frame.loc[0, "as_of_end"] == pd.Timestamp("2022-04-21T13:01Z")
    assert frame.loc[0, "attributed_to"] == "Twitter"


def test_an_empty_dataset_gives_an_empty_frame_with_every_column(pd: Any) -> None:
    frame = frames.claims_frame(Dataset())
    assert frame.empty
    assert list(frame.columns) == list(frames.CLAIM_COLUMNS)
    assert frames.figures_from_frame(frame) == []


def test_verdicts_frame_and_its_figures(pd: Any) -> None:
    report = twitter_space_2022().check()
    frame = frames.verdicts_frame(report)
    assert list(frame.columns) == list(frames.VERDICT_COLUMNS)
    assert list(frame["outcome"]) == ["first", "broken"]
    assert pd.isna(frame.loc[0, "record_low_inclusive"])
    verdicts = report.verdicts()
    assert frames.figures_from_frame(frame, "challenger_") == [v.challenger for v in verdicts]
    assert frames.figures_from_frame(frame, "record_") == [v.record_value for v in verdicts]
    assert frames.figures_from_frame(frame, "margin_") == [v.margin for v in verdicts]


def test_figures_from_a_frame_name_what_is_wrong(pd: Any) -> None:
    frame = frames.claims_frame(twitter_space_2022())
    with pytest.raises(ValidationError, match="challenger_low"):
        frames.figures_from_frame(frame, "challenger_")
    bad = frame.copy()
    bad.loc[3, "qualifier"] = "roughly"
    with pytest.raises(ValidationError, match="row 3: qualifier") as info:
        frames.figures_from_frame(bad)
    assert info.value.value == "roughly"
    bad = frame.copy()
    bad.loc[2, "low"] = 10**7
    with pytest.raises(ValidationError, match="row 2"):
        frames.figures_from_frame(bad)
    with pytest.raises(ValidationError, match="DataFrame"):
        frames.figures_from_frame(42)
    bad = frame.copy()
    bad["low_inclusive"] = bad["low_inclusive"].astype(object)
    bad.loc[1, "low_inclusive"] = "maybe"
    with pytest.raises(ValidationError, match="row 1: low_inclusive"):
        frames.figures_from_frame(bad)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(figures(), max_size=8))
def test_figures_round_trip_through_rows_and_csv(figs: list[Figure]) -> None:
    rows = [frames.figure_row(f) for f in figs]
    assert frames.figures_from_frame(rows) == figs
    text = frames.to_csv(rows, columns=list(frames.FIGURE_FIELDS))
    assert text is not None
    back = list(csv.DictReader(io.StringIO(text)))
    # CSV cannot tell an empty text from none: figures with text "" are rare
    # enough (no reader makes them) that they read back as text None.
    assert frames.figures_from_frame(back) == [
        f if f.text != "" else attrs.evolve(f, text=None) for f in figs
    ]


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(figures(), max_size=8))
def test_figures_round_trip_through_a_frame(figs: list[Figure]) -> None:
    pytest.importorskip("pandas", reason=NO_PANDAS)
    rows = [frames.figure_row(f) for f in figs]
    frame = frames._frame(rows, frames.FIGURE_FIELDS, "a test")
    assert frames.figures_from_frame(frame) == figs


# Generating datasets is slow: a few examples suffice, the rows are simple.
@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(datasets())
def test_claims_frame_of_any_dataset(dataset: Dataset) -> None:
    pytest.importorskip("pandas", reason=NO_PANDAS)
    frame = frames.claims_frame(dataset)
    claims = _claims(dataset)
    assert len(frame) == len(claims)
    assert frames.figures_from_frame(frame) == [c.figure for c in claims]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(verdicts(), max_size=4))
def test_verdicts_frame_of_any_verdicts(found: list[Any]) -> None:
    pytest.importorskip("pandas", reason=NO_PANDAS)
    frame = frames.verdicts_frame(found)
    assert len(frame) == len(found)
    assert list(frame["outcome"]) == [v.outcome.value for v in found]
    assert frames.figures_from_frame(frame, "margin_") == [v.margin for v in found]


# --- Arrow and Parquet ---------------------------------------------------------------------


def test_to_arrow(pa: Any) -> None:
    frame = frames.claims_frame(twitter_space_2022())
    table = frames.to_arrow(frame)
    assert isinstance(table, pa.Table)
    assert table.num_rows == 14
    assert table.column_names == list(frames.CLAIM_COLUMNS)
    assert pa.types.is_floating(table.schema.field("low").type)
    assert pa.types.is_boolean(table.schema.field("low_inclusive").type)
    assert pa.types.is_timestamp(table.schema.field("as_of").type)


def test_parquet_round_trip(pa: Any, pd: Any, tmp_path: Path) -> None:
    report = twitter_space_2022().check()
    path = tmp_path / "verdicts.parquet"
    frames.to_parquet(frames.verdicts_frame(report), path)
    back = pd.read_parquet(path)
    assert list(back.columns) == list(frames.VERDICT_COLUMNS)
    assert frames.figures_from_frame(back, "margin_") == [v.margin for v in report.verdicts()]
    with pytest.raises(ValidationError, match="can be written"):
        frames.to_parquet(back, tmp_path / "missing" / "verdicts.parquet")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(figures(), min_size=1, max_size=6))
def test_figures_round_trip_through_parquet(figs: list[Figure]) -> None:
    pd = pytest.importorskip("pandas", reason=NO_PANDAS)
    pytest.importorskip("pyarrow", reason=NO_PYARROW)
    frame = frames._frame([frames.figure_row(f) for f in figs], frames.FIGURE_FIELDS, "a test")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "figures.parquet"
        frames.to_parquet(frame, path)
        assert frames.figures_from_frame(pd.read_parquet(path)) == figs


# --- without the extra ---------------------------------------------------------------------


def test_without_pandas_frames_name_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    report = twitter_space_2022().check()
    calls: list[Callable[[], object]] = [
        lambda: frames.claims_frame(twitter_space_2022()),
        lambda: frames.verdicts_frame(report),
    ]
    for call in calls:
        with pytest.raises(
            frames.MissingExtraError, match=r"needs pandas.*pip install 'polevents\[frames\]'"
        ) as info:
            call()
        assert isinstance(info.value, PolEventsError)
        assert isinstance(info.value, ImportError)
        assert info.value.extra == "frames"


def test_without_pyarrow_arrow_and_parquet_name_the_extra(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "pyarrow", None)
    monkeypatch.setitem(sys.modules, "pyarrow.parquet", None)
    calls: list[Callable[[], object]] = [
        lambda: frames.to_arrow(object()),
        lambda: frames.to_parquet(object(), tmp_path / "x.parquet"),
    ]
    for call in calls:
        with pytest.raises(frames.MissingExtraError, match="needs pyarrow"):
            call()
    assert not (tmp_path / "x.parquet").exists()


def test_check_of_a_bare_figure_gives_a_row() -> None:
    from polevents import Metric, RecordCategory

    category = RecordCategory(metric=Metric.UNIQUE_AUDIENCE)
    verdict = check(Figure.parse("over 446,000 people"), category)
    (row,) = frames.verdict_rows(verdict)
    assert row["outcome"] == "first"
    assert row["event"] is None
