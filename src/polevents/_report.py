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
text ``polevents`` prints (written by :mod:`polevents._render` when it
knows how).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from typing import Any

import attrs

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


def _renderer(name: str) -> Callable[[Any], str] | None:
    """``polevents._render.<name>`` when the rendering module has it."""
    try:
        module = importlib.import_module("polevents._render")
    except ImportError:
        return None
    found = getattr(module, name, None)
    return found if callable(found) else None


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
        render = _renderer("check_report")
        return render(self) if render is not None else _plain_check(self)


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
    # The verdict's own plain form when it has one (reasons as {step, text}).
    to_dict = getattr(verdict, "to_dict", None)
    if callable(to_dict):
        data: dict[str, Any] = to_dict()
        return data
    return {  # pragma: no cover - verdicts before reasons became data
        "category": verdict.category.label,
        "metric": verdict.category.metric.key,
        "outcome": verdict.outcome.value,
        "broke": verdict.broke.value,
        "sentence": str(verdict),
        "record_holder": verdict.record.holder_name if verdict.record else None,
        "challenger": _figure_json(verdict.challenger),
        "record_value": _figure_json(verdict.record_value),
        "margin": _figure_json(verdict.margin),
        "ratio": list(verdict.ratio) if verdict.ratio else None,
        "reasons": [str(r) for r in verdict.reasons],
    }


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


def _table(rows: list[tuple[str, ...]]) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for n, row in enumerate(rows):
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=True)]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * width for width in widths))
    return lines


def _plain_check(report: CheckReport) -> str:
    # Until polevents._render writes reports: the verdicts' own sentences and
    # reasons, with as few words of our own as possible.
    pairs = [(c.event, v) for c in report.checks for v in c.verdicts]
    if not pairs:
        return "No event competes in any record category."
    rows: list[tuple[str, ...]] = [("event", "record category", "outcome", "broke")]
    rows += [(e.title, v.category.label, v.outcome.name, v.broke.name) for e, v in pairs]
    lines = _table(rows)
    for event, verdict in pairs:
        lines += ["", f"{event.title} / {verdict.category.label}: {verdict.outcome.name}"]
        lines.append(f"  {verdict}")
        lines += [f"    - {reason}" for reason in verdict.reasons]
    return "\n".join(lines)


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
        render = _renderer("timeline")
        return render(self) if render is not None else _plain_timeline(self)


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


def _plain_timeline(timeline: Timeline) -> str:
    # Until polevents._render writes timelines.
    rows: list[tuple[str, ...]] = [("when", "what", "")]
    for entry in timeline.entries:
        item = entry.item
        if isinstance(item, Event):
            rows.append((str(entry.when), item.event_type.replace("_", " "), item.title))
        else:
            note = " (superseded)" if entry.superseded_by is not None else ""
            label = "advisory window" if item.window is not None else "advisory issued"
            rows.append((str(entry.when), label, f"{item}{note}: {item.recommendation[:60]}"))
    lines = [*_table(rows), "", "Clashes (advisories that affect, or may affect, an event):"]
    if not timeline.clashes:
        lines.append("  none")
    for clash in timeline.clashes:
        note = " (superseded)" if clash.superseded else ""
        window = f" [{clash.advisory.window}]" if clash.advisory.window else ""
        why = "it is about this event" if clash.about else "time and place allow it"
        what = f"{clash.advisory}{window}{note}"
        lines.append(f"  {clash.affects.name:<5} {what} -> {clash.event.title} ({why})")
    return "\n".join(lines)
