"""The main job as a library call: a dataset's record checks and its timeline.

:func:`check_dataset` is what ``Dataset.check()`` and ``polevents check``
do: the file's records seed a :class:`~polevents.records.RecordBook`, the
events are taken in time order, each is checked against the records standing
when it began, and the records it certainly broke are added — so a file of
ten streams gives the real progression without writing each record twice.
:func:`timeline_of` is ``Dataset.timeline()``: events and advisories in time
order, with the clashes between them.

Both return values (:class:`CheckReport`, :class:`Timeline`) that code can
read, that ``as_json()`` turns into plain data, and whose ``str()`` is the
text ``polevents`` prints (written, like every sentence, by
:mod:`polevents._render`).
"""

from __future__ import annotations

import html
import os
from collections.abc import Callable, Sequence
from typing import Any, TextIO

import attrs

from polevents import _render
from polevents._problems import CheckError, Problem
from polevents.certainty import Certainty
from polevents.errors import PolEventsError, ValidationError
from polevents.events import Advisory, Event
from polevents.figures import Figure, ReadingPolicy
from polevents.metrics import MetricRegistry
from polevents.records import Record, RecordBook, RecordCategory, Verdict
from polevents.timeline import Span

__all__ = [
    "OUTPUT_VERSION",
    "CheckReport",
    "Clash",
    "EventCheck",
    "Timeline",
    "TimelineEntry",
    "check_dataset",
    "output_schema",
    "timeline_of",
]

#: The version of the ``--json`` output (the ``"version"`` key); raised when a
#: key is removed or changes meaning, not when one is added.
OUTPUT_VERSION = 1


# --- record checks ----------------------------------------------------------------------


@attrs.frozen(repr=False)
class EventCheck:
    """One event's verdicts, and the records it set.

    Attributes:
        event: The event checked.
        path: Where it is in the dataset (``events[3]``).
        verdicts: One per record category it competes in, in the book's order.
        added: The records it certainly broke (or set first), now in the book.
    """

    event: Event
    path: str
    verdicts: tuple[Verdict, ...]
    added: tuple[Record, ...] = ()

    def __repr__(self) -> str:
        outcomes = [v.outcome.value for v in self.verdicts]
        return (
            f"EventCheck(path={self.path!r}, event={_name(self.event)!r}, "
            f"outcomes={outcomes!r}, added={len(self.added)})"
        )


@attrs.frozen(repr=False)
class CheckReport:
    """Every event of a dataset checked, in time order, against the records standing then.

    Attributes:
        checks: One :class:`EventCheck` per event, oldest first.
        policy: The reading policy imposed on every hedge (None: each figure's own).
        source: The file the dataset came from, if any.
        book: The record book at the end: the file's records and those the
            events set (not part of equality).
    """

    checks: tuple[EventCheck, ...]
    policy: ReadingPolicy | None = None
    source: str | None = None
    book: RecordBook = attrs.field(factory=RecordBook, eq=False, repr=False)

    def verdicts(self) -> list[Verdict]:
        """Every verdict, event by event in time order."""
        return [verdict for check in self.checks for verdict in check.verdicts]

    def progression(self, category: RecordCategory) -> list[Record]:
        """The category's records after the check, oldest first."""
        return self.book.history(category)

    def to_frame(self) -> Any:
        """A pandas DataFrame with one row per verdict (needs the ``frames`` extra).

        Columns: :data:`polevents._frames.VERDICT_COLUMNS`; each figure is
        spread over ``challenger_low``, ``challenger_high``, … columns.

        Raises:
            MissingExtraError: pandas is not installed.
        """
        from polevents import _frames  # pandas is optional: imported when asked for

        return _frames.verdicts_frame(self)

    def to_csv(self, target: str | os.PathLike[str] | TextIO | None = None) -> str | None:
        """The verdicts as CSV, one row per verdict, without any extra: what
        ``polevents check --format csv`` prints.

        Args:
            target: None returns the text; a path writes that file; an open
                text stream is written to.

        >>> from polevents.datasets import twitter_space_2022
        >>> print(twitter_space_2022().check().to_csv().splitlines()[0][:40])
        path,event_id,event,category,metric,dire

        Raises:
            ValidationError: the path cannot be written.
        """
        from polevents import _frames

        return _frames.verdicts_csv(self, target)

    def __repr__(self) -> str:
        # Short on purpose: a report holds whole events and reasons; their
        # repr would run to kilobytes in a notebook.
        counts: dict[str, int] = {}
        for verdict in self.verdicts():
            counts[verdict.outcome.value] = counts.get(verdict.outcome.value, 0) + 1
        outcomes = ", ".join(f"{name}={n}" for name, n in counts.items())
        policy = self.policy.name if self.policy is not None else None
        return (
            f"CheckReport(source={self.source!r}, policy={policy!r}, "
            f"events={len(self.checks)}, verdicts={{{outcomes}}})"
        )

    def _repr_html_(self) -> str:
        """A small table of verdicts for notebooks: event, category, outcome, sentence."""
        rows = [(c, v) for c in self.checks for v in c.verdicts]
        head = "".join(f"<th>{html.escape(word)}</th>" for word in _verdict_header())
        body = "".join(
            "<tr>"
            f"<td>{html.escape(c.event.title)}</td>"
            f"<td>{html.escape(v.category.label)}</td>"
            f"<td><b>{html.escape(v.outcome.name)}</b></td>"
            f"<td>{html.escape(v.broke.name)}</td>"
            f"<td>{html.escape(str(v))}</td>"
            "</tr>"
            for c, v in rows
        )
        caption = html.escape(self.source or "")
        return (
            f"<table><caption>{caption}</caption><thead><tr>{head}</tr></thead>"
            f"<tbody>{body}</tbody></table>"
        )

    def as_json(self) -> dict[str, Any]:
        """Plain data for ``--json``: one entry per verdict, and the records set.

        Described by :func:`output_schema` ``("check")``.
        """
        return {
            "version": OUTPUT_VERSION,
            "dataset": self.source,
            "policy": self.policy.name if self.policy is not None else None,
            "checks": [
                {"event": _name(c.event), "path": c.path, **_verdict_json(v)}
                for c in self.checks
                for v in c.verdicts
            ],
            "records_set": [
                {"event": _name(c.event), "path": c.path, **_record_json(r)}
                for c in self.checks
                for r in c.added
            ],
        }

    def __str__(self) -> str:
        return _render.check_report(self)


def _verdict_header() -> tuple[str, ...]:
    return _render.verdict_header()


def _name(event: Event) -> str:
    return event.id or event.title


def _figure_json(figure: Figure | None) -> dict[str, Any] | None:
    if figure is None:
        return None
    low, high = figure.bounds
    return {
        "text": figure.text,
        "qualifier": figure.qualifier.value,
        "low": low,
        "low_inclusive": figure.low_inclusive,
        "high": high,
        "high_inclusive": figure.high_inclusive,
        "nominal": figure.nominal_value,
        "unit": figure.unit,
        "policy": figure.policy,
        "reading": str(figure),
        "interval": figure.interval_notation(),
    }


def _verdict_json(verdict: Verdict) -> dict[str, Any]:
    # The verdict's own plain form: figures as bounds, reasons as {step, text, data};
    # each figure also says its qualifier, with the words data files use ("at least").
    data = verdict.to_dict()
    for key, figure in (
        ("challenger", verdict.challenger),
        ("record_value", verdict.record_value),
        ("margin", verdict.margin),
    ):
        if figure is not None and isinstance(data.get(key), dict):
            data[key].setdefault("qualifier", figure.qualifier.value)
    return data


def _record_json(record: Record) -> dict[str, Any]:
    return {
        "category": record.category.label,
        "holder": record.holder_name,
        "value": _figure_json(record.value),
        "set_on": {
            "start": record.set_on.start.isoformat(),
            "end": record.set_on.end.isoformat(),
            "exact": record.set_on.exact,
        },
    }


def _order(events: Sequence[Event]) -> list[int]:
    # Ties keep the file's order, so the result never depends on the sort.
    return sorted(range(len(events)), key=lambda i: (events[i].when.start, events[i].when.end, i))


def _message(err: PolEventsError) -> tuple[str, object]:
    if isinstance(err, ValidationError):
        return f"{err.field}: expected {err.expected}", err.value
    return " ".join(str(err).split()), None


def check_dataset(
    dataset: Any,
    *,
    policy: ReadingPolicy | None = None,
    registry: MetricRegistry | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> CheckReport:
    """The main job: see the module's docstring.

    ``progress``, if given, is called with (events checked, events in all)
    before the first event and after each one (``polevents check`` shows a
    progress bar with it).

    Raises:
        CheckError: records in the file that cannot follow each other, or an
            event that cannot be checked or whose new record contradicts a
            later record in the file; each problem names its path
            (``records[1]``, ``events[3]``) and the file.
    """
    source = getattr(dataset, "source", None)
    if policy is not None and not isinstance(policy, ReadingPolicy):
        raise ValidationError("policy", policy, "a ReadingPolicy, such as ReadingPolicy.NEWS")
    problems: list[Problem] = []
    book = RecordBook()
    records: Sequence[Record] = dataset.records
    for i in sorted(range(len(records)), key=lambda i: (records[i].set_on.start, i)):
        try:
            book.add(records[i])
        except PolEventsError as err:
            message, value = _message(err)
            problems.append(
                Problem(f"records[{i}]", f"cannot join the record book: {message}", value)
            )
    events: Sequence[Event] = dataset.events
    checks = []
    order = _order(events)
    for done, i in enumerate(order):
        if progress is not None:
            progress(done, len(order))
        event = events[i]
        path = f"events[{i}]"
        try:
            verdicts = book.check(event, policy=policy, registry=registry)
        except PolEventsError as err:
            message, value = _message(err)
            problems.append(Problem(path, f"cannot be checked: {message}", value))
            continue
        try:
            added = book.submit(event, policy=policy, registry=registry)
        except PolEventsError as err:
            message, value = _message(err)
            problems.append(
                Problem(
                    path,
                    "it certainly broke a record, but its new record contradicts the records "
                    f"that follow it in the file: {message}",
                    value,
                )
            )
            added = []
        checks.append(EventCheck(event, path, tuple(verdicts), tuple(added)))
    if progress is not None:
        progress(len(order), len(order))
    if problems:
        raise CheckError(problems, source or "<dataset>")
    return CheckReport(tuple(checks), policy, source, book)


# --- timeline -----------------------------------------------------------------------------


def _when(item: Event | Advisory) -> Span:
    if isinstance(item, Event):
        return item.when
    return item.window or item.issued


@attrs.frozen(repr=False)
class TimelineEntry:
    """An event, or an advisory (at its window, else its issue date), in time order.

    Attributes:
        item: The event or advisory.
        path: Where it is in the dataset (``events[0]``, ``advisories[2]``).
        when: The span it is placed at.
        superseded_by: For an advisory, the one that replaced it, if any.
    """

    item: Event | Advisory
    path: str
    when: Span
    superseded_by: Advisory | None = None

    def __repr__(self) -> str:
        return f"TimelineEntry(path={self.path!r}, kind={self.kind!r}, when={str(self.when)!r})"

    @property
    def kind(self) -> str:
        """The event's type key (``"rally"``), or ``"advisory"``."""
        return self.item.event_type if isinstance(self.item, Event) else "advisory"


@attrs.frozen(repr=False)
class Clash:
    """An advisory that affects, or may affect, an event.

    Attributes:
        advisory: The advisory.
        event: The event.
        affects: YES or MAYBE (``advisory.affects(event)``).
        advisory_path: Where the advisory is in the dataset.
        event_path: Where the event is.
        superseded: Whether another advisory replaced this one.
    """

    advisory: Advisory
    event: Event
    affects: Certainty
    advisory_path: str
    event_path: str
    superseded: bool = False

    def __repr__(self) -> str:
        return (
            f"Clash(advisory_path={self.advisory_path!r}, event_path={self.event_path!r}, "
            f"affects={self.affects.name})"
        )

    @property
    def about(self) -> bool:
        """Whether the advisory is about this very event (rather than its time and place)."""
        return self.advisory.about is not None


@attrs.frozen(repr=False)
class Timeline:
    """Events and advisories in time order, with the clashes between them."""

    entries: tuple[TimelineEntry, ...]
    clashes: tuple[Clash, ...]
    source: str | None = None

    def __repr__(self) -> str:
        return (
            f"Timeline(source={self.source!r}, entries={len(self.entries)}, "
            f"clashes={len(self.clashes)})"
        )

    def as_json(self) -> dict[str, Any]:
        """Plain data for ``--json``, described by :func:`output_schema` ``("timeline")``."""
        return {
            "version": OUTPUT_VERSION,
            "dataset": self.source,
            "items": [
                {
                    "kind": entry.kind,
                    "id": entry.item.id,
                    "path": entry.path,
                    "title": entry.item.title if isinstance(entry.item, Event) else str(entry.item),
                    "start": entry.when.start.isoformat(),
                    "end": entry.when.end.isoformat(),
                    "exact": entry.when.exact,
                    "superseded_by": (
                        entry.superseded_by.id or str(entry.superseded_by)
                        if entry.superseded_by is not None
                        else None
                    ),
                }
                for entry in self.entries
            ],
            "clashes": [
                {
                    "advisory": c.advisory.id or str(c.advisory),
                    "advisory_path": c.advisory_path,
                    "event": _name(c.event),
                    "event_path": c.event_path,
                    "affects": c.affects.value,
                    "about": c.about,
                    "superseded": c.superseded,
                }
                for c in self.clashes
            ],
        }

    def __str__(self) -> str:
        return _render.timeline(self)


def timeline_of(dataset: Any) -> Timeline:
    """Events and advisories in time order (ties keep the file's order), and every
    advisory–event pair whose answer is YES or MAYBE."""
    events: Sequence[Event] = dataset.events
    advisories: Sequence[Advisory] = dataset.advisories
    replaced: dict[int, Advisory] = {}
    for advisory in advisories:
        if advisory.supersedes is not None:
            replaced[id(advisory.supersedes)] = advisory
    items: list[tuple[Event | Advisory, str]] = [
        *((e, f"events[{i}]") for i, e in enumerate(events)),
        *((a, f"advisories[{i}]") for i, a in enumerate(advisories)),
    ]
    ordered = sorted(
        range(len(items)),
        key=lambda n: (_when(items[n][0]).start, _when(items[n][0]).end, n),
    )
    entries = []
    for n in ordered:
        item, path = items[n]
        later = replaced.get(id(item)) if isinstance(item, Advisory) else None
        entries.append(TimelineEntry(item, path, _when(item), later))
    clashes = []
    for a, advisory in enumerate(advisories):
        for e, event in enumerate(events):
            answer = advisory.affects(event)
            if answer is not Certainty.NO:
                clashes.append(
                    Clash(
                        advisory,
                        event,
                        answer,
                        f"advisories[{a}]",
                        f"events[{e}]",
                        id(advisory) in replaced,
                    )
                )
    return Timeline(tuple(entries), tuple(clashes), getattr(dataset, "source", None))


# --- the JSON Schema of the ``--json`` outputs ------------------------------------------------

_NUMBER_OR_NULL: dict[str, Any] = {"type": ["number", "null"]}
_STRING_OR_NULL: dict[str, Any] = {"type": ["string", "null"]}


def _enum(values: Sequence[str], nullable: bool = False) -> dict[str, Any]:
    return {"enum": [*values, None] if nullable else list(values)}


def _object(properties: dict[str, Any]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


def _opened(schema: Any) -> Any:
    # The schema without "additionalProperties": False anywhere.
    if isinstance(schema, dict):
        return {k: _opened(v) for k, v in schema.items() if k != "additionalProperties"}
    if isinstance(schema, list):
        return [_opened(v) for v in schema]
    return schema


def _schemas() -> dict[str, dict[str, Any]]:
    # Built from the enums themselves, so a new qualifier or outcome is in the
    # schema the day it exists.
    from polevents.figures import Qualifier
    from polevents.metrics import Direction
    from polevents.records import Outcome

    qualifiers = [q.value for q in Qualifier]
    certainties = [c.value for c in Certainty]
    bounds = {
        "low": {**_NUMBER_OR_NULL, "description": "lower bound in unit; null: unbounded"},
        "high": {**_NUMBER_OR_NULL, "description": "upper bound in unit; null: unbounded"},
        "low_inclusive": {"type": "boolean"},
        "high_inclusive": {"type": "boolean"},
        "unit": {"type": "string", "description": "canonical unit: person, post, USD, ..."},
    }
    verdict_figure = {
        "oneOf": [
            {"type": "null"},
            {
                **_object(
                    {
                        **bounds,
                        "qualifier": _enum(qualifiers),
                        "text": {"type": "string", "description": "the figure in words"},
                    }
                ),
                "required": [*bounds, "text"],
            },
        ]
    }
    parsed_figure = _object(
        {
            "text": _STRING_OR_NULL,
            "qualifier": _enum(qualifiers),
            "low": bounds["low"],
            "low_inclusive": {"type": "boolean"},
            "high": bounds["high"],
            "high_inclusive": {"type": "boolean"},
            "nominal": _NUMBER_OR_NULL,
            "unit": bounds["unit"],
            "policy": _STRING_OR_NULL,
            "reading": {"type": "string"},
            "interval": {"type": "string"},
        }
    )
    pair = {"oneOf": [{"type": "null"}, {"type": "array", "items": _NUMBER_OR_NULL}]}
    verdict = _object(
        {
            "event": {"type": "string", "description": "the event's id, else its title"},
            "path": {"type": "string", "description": "where the event is: events[3]"},
            "outcome": _enum([o.value for o in Outcome]),
            "broke": _enum(certainties),
            "category": {"type": "string"},
            "metric": {"type": "string"},
            "direction": _enum([d.value for d in Direction]),
            "subject": _STRING_OR_NULL,
            "record_holder": _STRING_OR_NULL,
            "record_holders": {"type": "array", "items": {"type": "string"}},
            "challenger": verdict_figure,
            "record_value": verdict_figure,
            "conflicting": {"type": "boolean"},
            "margin": verdict_figure,
            "ratio": pair,
            "percent": pair,
            "policy": _STRING_OR_NULL,
            "sentence": {"type": "string"},
            "reasons": {
                "type": "array",
                "items": {
                    **_object(
                        {
                            "step": {"type": "string", "description": "the kind of step"},
                            "text": {"type": "string", "description": "the step in words"},
                            "data": {"type": "object", "description": "the step's fields"},
                        }
                    ),
                    "required": ["step", "text"],
                },
            },
        }
    )
    record_set = _object(
        {
            "event": {"type": "string"},
            "path": {"type": "string"},
            "category": {"type": "string"},
            "holder": {"type": "string"},
            "value": {"oneOf": [{"type": "null"}, parsed_figure]},
            "set_on": _object(
                {
                    "start": {"type": "string", "format": "date-time"},
                    "end": {"type": "string", "format": "date-time"},
                    "exact": {"type": "boolean"},
                }
            ),
        }
    )
    version = {"const": OUTPUT_VERSION, "description": "the version of this output format"}
    dataset = {**_STRING_OR_NULL, "description": "the file checked, or the bundled dataset"}
    check = _object(
        {
            "version": version,
            "dataset": dataset,
            "policy": _enum(["news", "literal"], nullable=True),
            "checks": {"type": "array", "items": verdict},
            "records_set": {"type": "array", "items": record_set},
        }
    )
    timeline = _object(
        {
            "version": version,
            "dataset": dataset,
            "items": {
                "type": "array",
                "items": _object(
                    {
                        "kind": {"type": "string", "description": "an event type, or advisory"},
                        "id": _STRING_OR_NULL,
                        "path": {"type": "string"},
                        "title": {"type": "string"},
                        "start": {"type": "string", "format": "date-time"},
                        "end": {"type": "string", "format": "date-time"},
                        "exact": {"type": "boolean"},
                        "superseded_by": _STRING_OR_NULL,
                    }
                ),
            },
            "clashes": {
                "type": "array",
                "items": _object(
                    {
                        "advisory": {"type": "string"},
                        "advisory_path": {"type": "string"},
                        "event": {"type": "string"},
                        "event_path": {"type": "string"},
                        "affects": _enum(certainties),
                        "about": {"type": "boolean"},
                        "superseded": {"type": "boolean"},
                    }
                ),
            },
        }
    )
    parse = _object({"version": version, **parsed_figure["properties"]})
    return {"check": check, "timeline": timeline, "parse": parse}


def output_schema(command: str, *, closed: bool = False) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``polevents COMMAND --json``.

    Every key it lists is required. A later polevents may add keys without
    changing ``"version"`` (programs ignore keys they do not know), so the
    schema allows other keys, unless ``closed``: then it allows only the keys
    it lists (the suite checks the command's output against that).

    Args:
        command: ``"check"``, ``"timeline"`` or ``"parse"``.
        closed: Refuse keys the schema does not list.

    >>> output_schema("check")["properties"]["version"]["const"]
    1

    Raises:
        ValidationError: another command.
    """
    schemas = _schemas()
    if command not in schemas:
        raise ValidationError("command", command, "one of " + ", ".join(sorted(schemas)))
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"polevents {command} --json, version {OUTPUT_VERSION}",
        **schemas[command],
    }
    return schema if closed else dict(_opened(schema))
