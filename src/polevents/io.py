"""Datasets in files: load, validate, dump — and check.

A dataset is a versioned document — JSON always, TOML (reading needs nothing
extra; writing needs the ``toml`` extra), YAML with the ``yaml`` extra::

    {"polevents": 1, "metrics": [...], "inequalities": [...],
     "sources": [...], "people": [...], "parties": [...],
     "organizations": [...], "places": [...], "events": [...],
     "advisories": [...], "records": [...]}

Objects refer to each other by ``id``: write a referenced object inline or as
its id string. Figures may be written as text ("over 446,000 people") or as
explicit bounds; spans as text (read with the place's time zone, or the
document's ``"tz"``) or as ``{"start", "end", "exact", "precision"}``.
Loading validates everything and reports every problem at once in a
:class:`LoadError`; nothing is half-loaded.

:meth:`Dataset.check` is the main job — every event checked, in time order,
against the records standing when it began — and :meth:`Dataset.timeline`
lists events and advisories in time order with the clashes between them.

>>> from polevents.io import loads
>>> dataset = loads('''
... {"polevents": 1,
...  "places": [{"id": "lahore", "name": "Lahore", "country": "PK", "tz": "Asia/Karachi"}],
...  "events": [{"type": "rally", "id": "jalsa", "title": "Lahore jalsa",
...              "when": "21-04-2022", "place": "lahore"}]}
... ''')
>>> print(dataset.events[0].when)
2022-04-21 00:00 to 2022-04-22 00:00 +05:00 (somewhere within)

The converter, the file formats and the schema live in private modules
behind this one (``_convert``, ``_formats``, ``_schema``); the checks in
``_report``.
"""

from __future__ import annotations

from pathlib import Path

import attrs

from polevents import _convert, _formats, _report
from polevents._problems import CheckError, LoadError, Problem
from polevents._report import CheckReport, Clash, EventCheck, Timeline, TimelineEntry
from polevents._schema import json_schema
from polevents.actors import Organization, Party, Person
from polevents.errors import ValidationError
from polevents.events import Advisory, Event
from polevents.figures import ReadingPolicy
from polevents.metrics import Inequality, Metric, MetricRegistry
from polevents.places import Place
from polevents.records import Record
from polevents.sources import Source

__all__ = [
    "FORMAT_VERSION",
    "CheckError",
    "CheckReport",
    "Clash",
    "Dataset",
    "EventCheck",
    "LoadError",
    "Problem",
    "Timeline",
    "TimelineEntry",
    "dump",
    "dumps",
    "json_schema",
    "load",
    "loads",
]

FORMAT_VERSION = _convert.FORMAT_VERSION
LISTS = _convert.LISTS


@attrs.frozen(kw_only=True)
class Dataset:
    """Everything a file holds. Ids must be unique across the whole dataset.

    ``metrics`` and ``inequalities`` are the ones the document declares
    (beyond the built-ins); every metric the dataset uses must be built in
    or listed there, so that its file is self-contained. ``source`` names the
    file it was loaded from, for error messages, and is not part of equality.
    """

    metrics: tuple[Metric, ...] = ()
    inequalities: tuple[Inequality, ...] = ()
    sources: tuple[Source, ...] = ()
    people: tuple[Person, ...] = ()
    parties: tuple[Party, ...] = ()
    organizations: tuple[Organization, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    advisories: tuple[Advisory, ...] = ()
    records: tuple[Record, ...] = ()
    source: str | None = attrs.field(default=None, eq=False, repr=False)

    def __attrs_post_init__(self) -> None:
        seen: dict[str, object] = {}
        for name in LISTS:
            items = getattr(self, name)
            if not isinstance(items, tuple):
                raise ValidationError(f"Dataset.{name}", items, "a tuple")
            for i, item in enumerate(items):
                ident = getattr(item, "id", None)
                if ident is None:
                    continue
                if ident in seen and seen[ident] != item:
                    raise ValidationError(f"Dataset.{name}[{i}].id", ident, "an id used only once")
                seen[ident] = item
        self._check_metrics()

    def _check_metrics(self) -> None:
        # Every metric used must be built in or declared here, so that the
        # dataset's file is self-contained (and a clashing key is refused).
        known = self.registry().metrics
        uses: list[tuple[str, Metric]] = []
        for i, inequality in enumerate(self.inequalities):
            uses += [(f"inequalities[{i}].smaller", inequality.smaller)]
            uses += [(f"inequalities[{i}].larger", inequality.larger)]
        for i, event in enumerate(self.events):
            uses += [
                (f"events[{i}].claims[{j}].metric", c.metric) for j, c in enumerate(event.claims)
            ]
        for i, record in enumerate(self.records):
            uses += [(f"records[{i}].category.metric", record.category.metric)]
            uses += [
                (f"records[{i}].claims[{j}].metric", c.metric) for j, c in enumerate(record.claims)
            ]
        for path, metric in uses:
            if known.get(metric.key) != metric:
                raise ValidationError(
                    f"Dataset.{path}",
                    metric.key,
                    "a built-in metric or one listed in Dataset.metrics",
                )

    def by_id(self, ident: str) -> object:
        """The object with this id, from any list."""
        for name in LISTS:
            for item in getattr(self, name):
                if getattr(item, "id", None) == ident:
                    return item
        raise ValidationError("id", ident, "the id of an object in this dataset")

    def registry(self) -> MetricRegistry:
        """The metrics this dataset knows: the built-ins, then its own.

        A new registry each time; the process-wide one is never read or changed.
        """
        return _convert.registry_with(self.metrics, self.inequalities)

    def check(
        self,
        *,
        policy: ReadingPolicy | None = None,
        registry: MetricRegistry | None = None,
    ) -> CheckReport:
        """Check every event against the records standing when it began.

        The dataset's records seed a :class:`~polevents.records.RecordBook`;
        the events are taken in time order (the start of ``when``, then its
        end, then the order in the file), each is checked with
        ``RecordBook.check`` and the records it certainly broke are added
        with ``RecordBook.submit`` — so the next event is checked against
        them. A category in which the file already has a record set by the
        event (its ``event_id``) keeps that record.

        Args:
            policy: Read every hedge under this policy (each figure's own otherwise).
            registry: The metric inequalities to derive with (the dataset's
                :meth:`registry` otherwise).

        Raises:
            CheckError: a contradiction that only shows when checking (two
                records that cannot follow each other, an event whose new
                record a later record in the file does not beat), naming the
                file and the path.

        >>> from polevents.datasets import twitter_space_2022
        >>> report = twitter_space_2022().check()
        >>> [(c.path, [v.outcome.name for v in c.verdicts]) for c in report.checks]
        [('events[2]', ['FIRST']), ('events[0]', ['BROKEN']), ('events[1]', [])]
        """
        return _report.check_dataset(
            self, policy=policy, registry=registry if registry is not None else self.registry()
        )

    def timeline(self) -> Timeline:
        """Events and advisories in time order, with every advisory–event clash
        whose answer is YES or MAYBE (see :class:`polevents._report.Timeline`)."""
        return _report.timeline_of(self)


def _load_document(document: object, source: str) -> Dataset:
    # The fast path: the plain converter stops at the first problem. Only when
    # something is wrong is the document read again to report every problem.
    try:
        lists, problems = _convert.read(document, detailed=False)
    except Exception:
        lists, problems = {}, []
    if not lists or problems:
        lists, problems = _convert.read(document, detailed=True)
    if problems or not lists:
        raise LoadError(problems, source)
    try:
        return Dataset(**lists, source=None if source == "<text>" else source)
    except ValidationError as err:
        path = err.field.replace("Dataset.", "")
        raise LoadError([Problem(path, f"expected {err.expected}", err.value)], source) from None


def loads(text: str, format: str = "json", *, source: str = "<text>") -> Dataset:
    """Load a dataset from text.

    Args:
        text: The document.
        format: ``"json"``, ``"toml"`` or ``"yaml"``.
        source: A name for the text in error messages (a file name).

    Raises:
        LoadError: the text is not valid, too large, or anything in it is
            wrong; its ``errors`` list every problem with its path.
    """
    return _load_document(_formats.parse_text(text, format, source), source)


def load(path: str | Path) -> Dataset:
    """Load a dataset from a file; the format comes from the suffix.

    Raises:
        LoadError: an unknown suffix, an unreadable file, or anything in it wrong.
    """
    path = Path(path)
    try:
        fmt = _formats.format_of(path)
    except ValidationError:
        raise LoadError(
            [Problem("", "expected a .json, .toml or .yaml file", str(path))], str(path)
        ) from None
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise LoadError(
            [Problem("", f"cannot read the file: {err}", str(path))], str(path)
        ) from None
    return loads(text, fmt, source=str(path))


def dumps(dataset: Dataset, format: str = "json") -> str:
    """The dataset as text: explicit figures and spans, each with its original text.

    Raises:
        ValidationError: not a Dataset, or an unknown format (or one whose
            extra is not installed).
    """
    if not isinstance(dataset, Dataset):
        raise ValidationError("dataset", dataset, "a Dataset")
    return _formats.dump_text(_convert.write(dataset), format)


def dump(dataset: Dataset, path: str | Path) -> None:
    """Write the dataset to a file; the format comes from the suffix.

    The write is atomic: if anything fails, the old file is left as it was.
    """
    text = dumps(dataset, _formats.format_of(path))
    _formats.write_atomic(path, text)
