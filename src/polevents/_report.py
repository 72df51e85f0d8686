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

from collections.abc import Sequence
from typing import Any

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
    "CheckReport",
    "Clash",
    "EventCheck",
    "Timeline",
    "TimelineEntry",
    "check_dataset",
    "timeline_of",
]


# --- record checks ----------------------------------------------------------------------


@attrs.frozen
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


@attrs.frozen
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

    def as_json(self) -> dict[str, Any]:
        """Plain data for ``--json``: one entry per verdict, and the records set."""
        return {
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
    # The verdict's own plain form: figures as bounds, reasons as {step, text}.
    return verdict.to_dict()


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
) -> CheckReport:
    """The main job: see the module's docstring.

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
    for i in _order(events):
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
    if problems:
        raise CheckError(problems, source or "<dataset>")
    return CheckReport(tuple(checks), policy, source, book)


# --- timeline -----------------------------------------------------------------------------


def _when(item: Event | Advisory) -> Span:
    if isinstance(item, Event):
        return item.when
    return item.window or item.issued


@attrs.frozen
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

    @property
    def kind(self) -> str:
        """The event's type key (``"rally"``), or ``"advisory"``."""
        return self.item.event_type if isinstance(self.item, Event) else "advisory"


@attrs.frozen
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

    @property
    def about(self) -> bool:
        """Whether the advisory is about this very event (rather than its time and place)."""
        return self.advisory.about is not None


@attrs.frozen
class Timeline:
    """Events and advisories in time order, with the clashes between them."""

    entries: tuple[TimelineEntry, ...]
    clashes: tuple[Clash, ...]
    source: str | None = None

    def as_json(self) -> dict[str, Any]:
        """Plain data for ``--json``."""
        return {
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
