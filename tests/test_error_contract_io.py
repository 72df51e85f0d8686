"""The error contract of ``polevents.io`` and of time (``Span``, ``Precision``, ``get_zone``).

Every public function and class called with a bad value for each argument —
the wrong type, out of range, ``None`` — raises the right polevents error,
whose message names the argument. Never a Python exception (``TypeError``,
``AttributeError``, ``OverflowError``, ``FileNotFoundError``, …).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from polevents import Rally, Span
from polevents.errors import ParseError, PolEventsError, ValidationError
from polevents.io import Dataset, LoadError, Problem, dump, dumps, json_schema, load, loads
from polevents.timeline import Precision, get_zone

START = datetime(2022, 4, 21, 10, tzinfo=UTC)
END = START + timedelta(hours=1)
SPAN = Span(START, END)
EARLY = datetime(1, 1, 1, tzinfo=timezone(timedelta(hours=5)))


def _dataset() -> Dataset:
    return Dataset(events=(Rally(title="jalsa", when=SPAN, id="jalsa"),))


# (what is called, the argument named in the message, the error class expected)
Case = tuple[Callable[[], object], str, type[PolEventsError]]

CASES: dict[str, Case] = {
    # --- loads ----------------------------------------------------------------------
    "loads text wrong type": (lambda: loads(b"{}"), "text", LoadError),  # type: ignore[arg-type]
    "loads text None": (lambda: loads(None), "text", LoadError),  # type: ignore[arg-type]
    "loads text not a document": (lambda: loads("[1]"), "document", LoadError),
    "loads format wrong type": (lambda: loads("{}", format=1), "format", LoadError),  # type: ignore[arg-type]
    "loads format unknown": (lambda: loads("{}", format="xml"), "format", LoadError),
    "loads format None": (lambda: loads("{}", format=None), "format", LoadError),  # type: ignore[arg-type]
    "loads source wrong type": (
        lambda: loads("{}", source=5),  # type: ignore[arg-type]
        "source",
        LoadError,
    ),
    # --- load -----------------------------------------------------------------------
    "load path None": (lambda: load(None), "path", LoadError),  # type: ignore[arg-type]
    "load path wrong type": (lambda: load(5), "path", LoadError),  # type: ignore[arg-type]
    "load path empty": (lambda: load(""), "path", LoadError),
    "load path with NUL": (lambda: load("a\0b.json"), "path", LoadError),
    "load format unknown": (lambda: load("x.json", format="xml"), "format", LoadError),
    "load format wrong type": (lambda: load("x.json", format=1), "format", LoadError),  # type: ignore[arg-type]
    # --- dumps / dump ---------------------------------------------------------------
    "dumps dataset None": (lambda: dumps(None), "dataset", ValidationError),  # type: ignore[arg-type]
    "dumps dataset wrong type": (lambda: dumps({}), "dataset", ValidationError),  # type: ignore[arg-type]
    "dumps format unknown": (lambda: dumps(Dataset(), "xml"), "format", ValidationError),
    "dumps format wrong type": (lambda: dumps(Dataset(), []), "format", ValidationError),  # type: ignore[arg-type]
    "dumps format None": (lambda: dumps(Dataset(), None), "format", ValidationError),  # type: ignore[arg-type]
    "dump dataset None": (lambda: dump(None, "x.json"), "dataset", ValidationError),  # type: ignore[arg-type]
    "dump path None": (lambda: dump(Dataset(), None), "path", ValidationError),  # type: ignore[arg-type]
    "dump path wrong type": (lambda: dump(Dataset(), 5), "path", ValidationError),  # type: ignore[arg-type]
    "dump path with NUL": (lambda: dump(Dataset(), "a\0.json"), "path", ValidationError),
    "dump path suffix": (lambda: dump(Dataset(), "a.csv"), "path", ValidationError),
    "dump path missing folder": (
        lambda: dump(Dataset(), "/nonexistent-folder/x.json"),
        "path",
        ValidationError,
    ),
    "dump format unknown": (
        lambda: dump(Dataset(), "a.json", format="xml"),
        "format",
        ValidationError,
    ),
    # --- Dataset --------------------------------------------------------------------
    "Dataset events wrong item": (lambda: Dataset(events=(1,)), "events", ValidationError),  # type: ignore[arg-type]
    "Dataset events None": (lambda: Dataset(events=None), "events", ValidationError),  # type: ignore[arg-type]
    "Dataset events a list": (lambda: Dataset(events=[]), "events", ValidationError),  # type: ignore[arg-type]
    "Dataset people wrong item": (lambda: Dataset(people=(SPAN,)), "people", ValidationError),  # type: ignore[arg-type]
    "Dataset places wrong item": (lambda: Dataset(places=("x",)), "places", ValidationError),  # type: ignore[arg-type]
    "Dataset metrics None": (lambda: Dataset(metrics=None), "metrics", ValidationError),  # type: ignore[arg-type]
    "Dataset inequalities wrong item": (
        lambda: Dataset(inequalities=(1,)),  # type: ignore[arg-type]
        "inequalities",
        ValidationError,
    ),
    "Dataset sources wrong item": (lambda: Dataset(sources=(1,)), "sources", ValidationError),  # type: ignore[arg-type]
    "Dataset parties wrong item": (lambda: Dataset(parties=(1,)), "parties", ValidationError),  # type: ignore[arg-type]
    "Dataset organizations wrong item": (
        lambda: Dataset(organizations=(1,)),  # type: ignore[arg-type]
        "organizations",
        ValidationError,
    ),
    "Dataset advisories wrong item": (
        lambda: Dataset(advisories=(1,)),  # type: ignore[arg-type]
        "advisories",
        ValidationError,
    ),
    "Dataset records wrong item": (lambda: Dataset(records=(1,)), "records", ValidationError),  # type: ignore[arg-type]
    "Dataset source wrong type": (lambda: Dataset(source=5), "source", ValidationError),  # type: ignore[arg-type]
    "Dataset.by_id None": (lambda: _dataset().by_id(None), "ident", ValidationError),  # type: ignore[arg-type]
    "Dataset.by_id unknown": (lambda: _dataset().by_id("nobody"), "ident", ValidationError),
    "Dataset.check policy wrong type": (
        lambda: _dataset().check(policy="news"),  # type: ignore[arg-type]
        "policy",
        ValidationError,
    ),
    "Dataset.check registry wrong type": (
        lambda: _dataset().check(registry=5),  # type: ignore[arg-type]
        "registry",
        ValidationError,
    ),
    # --- Problem / LoadError ----------------------------------------------------------
    "Problem path wrong type": (lambda: Problem(5, "m"), "path", ValidationError),  # type: ignore[arg-type]
    "Problem message None": (lambda: Problem("p", None), "message", ValidationError),  # type: ignore[arg-type]
    "LoadError errors wrong type": (lambda: LoadError("x"), "errors", ValidationError),  # type: ignore[arg-type]
    "LoadError source wrong type": (lambda: LoadError([], 5), "source", ValidationError),  # type: ignore[arg-type]
    # --- Span ---------------------------------------------------------------------------
    "Span start None": (lambda: Span(None, END), "start", ValidationError),  # type: ignore[arg-type]
    "Span start naive": (lambda: Span(START.replace(tzinfo=None), END), "start", ValidationError),
    "Span start wrong type": (lambda: Span("2022-04-21", END), "start", ValidationError),  # type: ignore[arg-type]
    "Span start out of range": (lambda: Span(EARLY, END), "start", ValidationError),
    "Span end None": (lambda: Span(START, None), "end", ValidationError),  # type: ignore[arg-type]
    "Span end before start": (lambda: Span(END, START), "end", ValidationError),
    "Span exact wrong type": (lambda: Span(START, END, exact="no"), "exact", ValidationError),  # type: ignore[arg-type]
    "Span exact None": (lambda: Span(START, END, exact=None), "exact", ValidationError),  # type: ignore[arg-type]
    "Span precision wrong type": (
        lambda: Span(START, END, precision=3),  # type: ignore[arg-type]
        "precision",
        ValidationError,
    ),
    "Span text wrong type": (lambda: Span(START, END, text=5), "text", ValidationError),  # type: ignore[arg-type]
    "Span.overlaps None": (lambda: SPAN.overlaps(None), "other", ValidationError),  # type: ignore[arg-type]
    "Span.overlaps wrong type": (lambda: SPAN.overlaps(START), "other", ValidationError),  # type: ignore[arg-type]
    "Span.contains None": (lambda: SPAN.contains(None), "other", ValidationError),  # type: ignore[arg-type]
    "Span.contains naive": (
        lambda: SPAN.contains(START.replace(tzinfo=None)),
        "contains",
        ValidationError,
    ),
    "Span.before None": (lambda: SPAN.before(None), "other", ValidationError),  # type: ignore[arg-type]
    "Span.after wrong type": (lambda: SPAN.after("x"), "other", ValidationError),  # type: ignore[arg-type]
    "Span.parse text None": (lambda: Span.parse(None), "text", ParseError),  # type: ignore[arg-type]
    "Span.parse text wrong type": (lambda: Span.parse(5), "text", ParseError),  # type: ignore[arg-type]
    "Span.parse text too long": (lambda: Span.parse("1" * 10_000, tz="UTC"), "text", ParseError),
    "Span.parse tz wrong type": (lambda: Span.parse("April 2022", tz=5), "tz", ValidationError),  # type: ignore[arg-type]
    "Span.parse tz unknown": (
        lambda: Span.parse("April 2022", tz="Mars/Base"),
        "tz",
        ValidationError,
    ),
    "Span.parse dayfirst wrong type": (
        lambda: Span.parse("April 2022", tz="UTC", dayfirst="yes"),  # type: ignore[arg-type]
        "dayfirst",
        ValidationError,
    ),
    "Span.parse reference wrong type": (
        lambda: Span.parse("April 2022", tz="UTC", reference="today"),  # type: ignore[arg-type]
        "reference",
        ValidationError,
    ),
    "Span.parse direction unknown": (
        lambda: Span.parse("April 2022", tz="UTC", direction="up"),
        "direction",
        ValidationError,
    ),
    "Span.parse direction None": (
        lambda: Span.parse("April 2022", tz="UTC", direction=None),  # type: ignore[arg-type]
        "direction",
        ValidationError,
    ),
    "Span.parse lang unknown": (
        lambda: Span.parse("April 2022", tz="UTC", lang="xx"),
        "lang",
        ValidationError,
    ),
    "Span.parse lang None": (
        lambda: Span.parse("April 2022", tz="UTC", lang=None),  # type: ignore[arg-type]
        "lang",
        ValidationError,
    ),
    # --- Precision and get_zone -------------------------------------------------------
    "Precision out of range": (lambda: Precision(9), "Precision", ValidationError),
    "Precision wrong type": (lambda: Precision("day"), "Precision", ValidationError),
    "Precision None": (lambda: Precision(None), "Precision", ValidationError),  # type: ignore[arg-type]
    "get_zone None": (lambda: get_zone(None), "tz", ValidationError),  # type: ignore[arg-type]
    "get_zone wrong type": (lambda: get_zone(5), "tz", ValidationError),  # type: ignore[arg-type]
    "get_zone unknown": (lambda: get_zone("Mars/Base"), "tz", ValidationError),
    "get_zone empty": (lambda: get_zone(""), "tz", ValidationError),
    "get_zone a path": (lambda: get_zone("/etc/passwd"), "tz", ValidationError),
    "get_zone field named": (
        lambda: get_zone("Nowhere", field="place.tz"),
        "place.tz",
        ValidationError,
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_bad_argument_raises_the_right_error_naming_it(name: str) -> None:
    call, argument, error = CASES[name]
    with pytest.raises(PolEventsError) as info:
        call()
    assert isinstance(info.value, error), f"{type(info.value).__name__}: {info.value}"
    message = str(info.value)
    assert re.search(rf"(^|[\s.:'\[]){re.escape(argument)}\b", message), message
    # A ValidationError keeps the pieces apart for programs.
    if isinstance(info.value, ValidationError) and not isinstance(info.value, LoadError):
        assert argument in info.value.field or argument in str(info.value.expected)


def test_every_public_name_of_io_is_covered() -> None:
    from polevents import io

    mine = {"Dataset", "LoadError", "Problem", "dump", "dumps", "load", "loads", "json_schema"}
    assert mine <= set(io.__all__)
    covered = {name.split()[0].split(".")[0] for name in CASES}
    assert mine - {"json_schema"} <= covered
    json_schema()  # takes no argument: nothing to get wrong


def test_special_files_and_unreadable_paths_are_load_errors(tmp_path: Path) -> None:
    for path in (tmp_path, tmp_path / "missing.json", tmp_path / "data.csv"):
        with pytest.raises(LoadError) as info:
            load(path)
        assert str(path) in str(info.value)


def test_a_date_as_reference_is_accepted() -> None:
    assert (
        Span.parse("April 2022", tz="UTC", reference=date(2022, 5, 1)).precision is Precision.MONTH
    )
