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
:class:`LoadError` (each field of an object read on its own, the object's
own checks run even when another field failed; a problem that only follows
from another is not repeated); nothing is half-loaded. ``load("-")`` reads
standard input; only regular files are opened (a directory, a FIFO or a
device is refused without blocking). The limits on size, nesting, text
length and chains of references are in :mod:`polevents._formats`.

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

import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

from polevents import _convert, _formats, _render, _report
from polevents._frames import figures_from_frame
from polevents._problems import CheckError, LoadError, Problem
from polevents._report import (
    CheckReport,
    Clash,
    EventCheck,
    Timeline,
    TimelineEntry,
    output_schema,
)
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
    "figures_from_frame",
    "json_schema",
    "load",
    "loads",
    "output_schema",
]

FORMAT_VERSION = _convert.FORMAT_VERSION
LISTS = _convert.LISTS


def _items(kind: type, name: str) -> Any:
    def check(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            raise ValidationError(f"Dataset.{name}", value, f"a tuple of {kind.__name__}")
        for i, item in enumerate(value):
            if not isinstance(item, kind):
                raise ValidationError(f"Dataset.{name}[{i}]", item, f"{_a(kind.__name__)}")

    return check


def _a(noun: str) -> str:
    return f"an {noun}" if noun[:1] in "AEIOU" else f"a {noun}"


def _source_name(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise ValidationError("Dataset.source", value, "the name of the file, or None")


@attrs.frozen(kw_only=True)
class Dataset:
    """Everything a file holds. Ids must be unique across the whole dataset.

    ``metrics`` and ``inequalities`` are the ones the document declares
    (beyond the built-ins); every metric the dataset uses must be built in
    or listed there, so that its file is self-contained. ``source`` names the
    file it was loaded from, for error messages, and is not part of equality.

    Raises:
        ValidationError: a list that is not a tuple of its kind
            (``Dataset(events=(1,))``), an id used twice, or a metric neither
            built in nor listed in ``metrics``.

    >>> Dataset(events=(1,))
    Traceback (most recent call last):
    ...
    polevents.errors.ValidationError: Dataset.events[0]: got 1, expected an Event
    """

    metrics: tuple[Metric, ...] = attrs.field(default=(), validator=_items(Metric, "metrics"))
    inequalities: tuple[Inequality, ...] = attrs.field(
        default=(), validator=_items(Inequality, "inequalities")
    )
    sources: tuple[Source, ...] = attrs.field(default=(), validator=_items(Source, "sources"))
    people: tuple[Person, ...] = attrs.field(default=(), validator=_items(Person, "people"))
    parties: tuple[Party, ...] = attrs.field(default=(), validator=_items(Party, "parties"))
    organizations: tuple[Organization, ...] = attrs.field(
        default=(), validator=_items(Organization, "organizations")
    )
    places: tuple[Place, ...] = attrs.field(default=(), validator=_items(Place, "places"))
    events: tuple[Event, ...] = attrs.field(default=(), validator=_items(Event, "events"))
    advisories: tuple[Advisory, ...] = attrs.field(
        default=(), validator=_items(Advisory, "advisories")
    )
    records: tuple[Record, ...] = attrs.field(default=(), validator=_items(Record, "records"))
    source: str | None = attrs.field(default=None, eq=False, repr=False, validator=_source_name)

    def __attrs_post_init__(self) -> None:
        seen: dict[str, object] = {}
        for name in LISTS:
            items = getattr(self, name)
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
        # Each metric object is compared once: a dataset holds few metrics.
        known = self.registry().metrics
        checked: set[int] = set()

        def check(path: str, where: tuple[int, ...], metric: Metric) -> None:
            if id(metric) in checked:
                return
            found = known.get(metric.key)
            if found is not metric and found != metric:
                raise ValidationError(
                    f"Dataset.{path.format(*where)}",
                    metric.key,
                    "a built-in metric or one listed in Dataset.metrics",
                )
            checked.add(id(metric))

        for i, inequality in enumerate(self.inequalities):
            check("inequalities[{}].smaller", (i,), inequality.smaller)
            check("inequalities[{}].larger", (i,), inequality.larger)
        for i, event in enumerate(self.events):
            for j, claim in enumerate(event.claims):
                check("events[{}].claims[{}].metric", (i, j), claim.metric)
        for i, record in enumerate(self.records):
            check("records[{}].category.metric", (i,), record.category.metric)
            for j, claim in enumerate(record.claims):
                check("records[{}].claims[{}].metric", (i, j), claim.metric)

    def by_id(self, ident: str) -> object:
        """The object with this id, from any list.

        Raises:
            ValidationError: no object in the dataset has this id (field ``"ident"``).
        """
        if not isinstance(ident, str):
            raise ValidationError("ident", ident, "the id of an object in this dataset (a string)")
        for name in LISTS:
            for item in getattr(self, name):
                if getattr(item, "id", None) == ident:
                    return item
        raise ValidationError("ident", ident, "the id of an object in this dataset")

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
        progress: Callable[[int, int], None] | None = None,
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
            progress: Called with (events checked, events in all) before the
                first event and after each one, e.g. for a progress bar.

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
        if registry is not None and not isinstance(registry, MetricRegistry):
            raise ValidationError("registry", registry, "a MetricRegistry, or None")
        if progress is not None and not callable(progress):
            raise ValidationError("progress", progress, "a function (checked, total), or None")
        return _report.check_dataset(
            self,
            policy=policy,
            registry=registry if registry is not None else self.registry(),
            progress=progress,
        )

    def __repr__(self) -> str:
        return _render.dataset_repr(self)

    def _repr_html_(self) -> str:
        """A summary table (what the dataset holds), for notebooks."""
        return _render.dataset_html(self)

    def claims_frame(self) -> Any:
        """A pandas DataFrame with one row per claim (needs the ``frames`` extra).

        Columns: the claim's event, metric, bounds with their ends, stated
        value, qualifier, unit, policy, source, who made the estimate, when,
        and the quote (:data:`polevents._frames.CLAIM_COLUMNS`).
        """
        from polevents import _frames

        return _frames.claims_frame(self)

    def claims_csv(self, target: Any = None) -> str | None:
        """The claims as CSV (no extra needed): returned as text, or written to
        ``target`` (a path or an open text file)."""
        from polevents import _frames

        return _frames.claims_csv(self, target)

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


def _argument(name: str, value: object, expected: str, source: str) -> LoadError:
    """A LoadError for a bad argument (not a problem in the document): it names the argument."""
    err = LoadError([Problem("", f"{name}: got {value!r}, expected {expected}", value)], source)
    err.field = name
    return err


def loads(text: str, format: str = "json", *, source: str = "<text>") -> Dataset:
    """Load a dataset from text.

    Args:
        text: The document (a leading UTF-8 byte-order mark is ignored).
        format: ``"json"``, ``"toml"`` or ``"yaml"``.
        source: A name for the text in error messages (a file name).

    Raises:
        LoadError: the text is not valid, too large, or anything in it is
            wrong; its ``errors`` list every problem with its path. A bad
            argument (text that is not a string, an unknown format) is one
            too, naming the argument.

    >>> loads('{"polevents": 1}').events
    ()
    """
    if not isinstance(source, str):
        raise _argument("source", source, "a name for the text, such as a file name", "<text>")
    if not isinstance(format, str) or format.lower() not in _formats.FORMATS:
        raise _argument("format", format, "'json', 'toml' or 'yaml' (unknown format)", source)
    if not isinstance(text, str):
        raise _argument("text", text, "the document as a string", source)
    return _load_document(_formats.parse_text(text, format, source), source)


#: What a path that is not a regular file is, for the error message.
_SPECIAL = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _not_regular(mode: int) -> str | None:
    if stat.S_ISREG(mode):
        return None
    return next((what for test, what in _SPECIAL if test(mode)), "not a regular file")


def _read_bytes(path: str, source: str) -> bytes:
    def refuse(message: str) -> LoadError:
        return LoadError([Problem("", message, path)], source)

    # stat first, so that a FIFO or a device is never opened (opening a FIFO
    # blocks until a writer comes; reading a device may never end).
    try:
        info = os.stat(path)
    except (OSError, ValueError) as err:
        raise refuse(f"cannot read the file: {_reason(err)}") from None
    special = _not_regular(info.st_mode)
    if special:
        raise refuse(f"cannot read the file: it is {special}, not a regular file")
    limit = _formats.MAX_BYTES * 4  # a character takes at most 4 bytes in UTF-8
    if info.st_size > limit:
        raise refuse(f"a file of {info.st_size:,} bytes; the limit is {limit:,}")
    try:
        # O_NONBLOCK: should the path have become a FIFO since stat, opening does
        # not wait; fstat below then refuses it.
        handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as err:
        raise refuse(f"cannot read the file: {_reason(err)}") from None
    try:
        special = _not_regular(os.fstat(handle).st_mode)
        if special:
            raise refuse(f"cannot read the file: it is {special}, not a regular file")
        with os.fdopen(handle, "rb", closefd=False) as stream:
            data = stream.read(limit + 1)
    except OSError as err:
        raise refuse(f"cannot read the file: {_reason(err)}") from None
    finally:
        os.close(handle)
    if len(data) > limit:
        raise refuse(f"a file of more than {limit:,} bytes; the limit is {limit:,}")
    return data


def _reason(err: BaseException) -> str:
    # The operating system's words ("No such file or directory"), not Python's.
    words = (err.strerror or str(err)) if isinstance(err, OSError) else ""
    return words[:1].lower() + words[1:] if words else "the path cannot be used"


def _decode(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8-sig")  # a byte-order mark is accepted and dropped
    except UnicodeDecodeError as err:
        raise LoadError(
            [Problem("", f"not UTF-8 text: byte {data[err.start]:#04x} at offset {err.start}")],
            source,
        ) from None


def _path_text(path: object) -> str | None:
    """The path as text, or None when it is not a usable path."""
    if isinstance(path, os.PathLike):
        path = os.fspath(path)
    if not isinstance(path, str) or not path or "\0" in path:
        return None
    return path


def load(path: str | Path, *, format: str | None = None) -> Dataset:
    """Load a dataset from a file; the format comes from the suffix.

    Args:
        path: The file, or ``"-"`` for standard input.
        format: ``"json"``, ``"toml"`` or ``"yaml"``, whatever the suffix says
            (for standard input, JSON unless given).

    Only regular files are read: a directory, a named pipe or a device is
    refused without being opened. A file larger than the document limit
    (see :mod:`polevents._formats`) is refused before it is read.

    Raises:
        LoadError: a bad argument (not a path, an empty path, a NUL character
            in it, an unknown format), an unknown suffix, a missing or
            unreadable file, or anything in it wrong.
    """
    if format is not None and (
        not isinstance(format, str) or format.lower() not in _formats.FORMATS
    ):
        raise _argument("format", format, "'json', 'toml' or 'yaml' (unknown format)", "<load>")
    if path == "-":
        return loads(_decode(_read_stdin(), "<stdin>"), format or "json", source="<stdin>")
    text_path = _path_text(path)
    if text_path is None:
        shown = path if not isinstance(path, str) else path.replace("\0", "\\0")
        raise _argument("path", path, "a file path (str or Path, without NUL) or '-'", str(shown))
    if format is None:
        try:
            format = _formats.format_of(text_path)
        except ValidationError:
            raise LoadError(
                [Problem("", "expected a .json, .toml or .yaml file", text_path)], text_path
            ) from None
    text = _decode(_read_bytes(text_path, text_path), text_path)
    return loads(text, format, source=text_path)


def _read_stdin() -> bytes:
    limit = _formats.MAX_BYTES * 4
    stream = getattr(sys.stdin, "buffer", None)
    try:
        data = (
            stream.read(limit + 1)
            if stream is not None
            else sys.stdin.read(limit + 1).encode("utf-8")
        )
    except (OSError, ValueError) as err:
        raise LoadError(
            [Problem("", f"cannot read standard input: {_reason(err)}")], "<stdin>"
        ) from None
    if len(data) > limit:
        raise LoadError(
            [Problem("", f"more than {limit:,} bytes; the limit is {limit:,}")], "<stdin>"
        )
    return bytes(data)


def dumps(dataset: Dataset, format: str = "json") -> str:
    """The dataset as text: explicit figures and spans, each with its original text.

    Raises:
        ValidationError: not a Dataset, or an unknown format (or one whose
            extra is not installed).

    >>> print(dumps(Dataset()))
    {
      "polevents": 1
    }
    <BLANKLINE>
    """
    if not isinstance(dataset, Dataset):
        raise ValidationError("dataset", dataset, "a Dataset")
    return _formats.dump_text(_convert.write(dataset), format)


def dump(dataset: Dataset, path: str | Path, *, format: str | None = None) -> None:
    """Write the dataset to a file; the format comes from the suffix (or ``format``).

    The write is atomic: the text goes to a temporary file beside the target,
    is flushed to disk, then replaces the target in one step. If anything
    fails, the old file is left as it was.

    Raises:
        ValidationError: not a Dataset, a bad path or format, or the file
            could not be written (field ``"path"``, with the system's reason).
    """
    if not isinstance(dataset, Dataset):
        raise ValidationError("dataset", dataset, "a Dataset")
    text_path = _path_text(path)
    if text_path is None:
        raise ValidationError("path", path, "a file path (str or Path, without NUL)")
    text = dumps(dataset, format if format is not None else _formats.format_of(text_path))
    try:
        _formats.write_atomic(text_path, text)
    except OSError as err:
        raise ValidationError(
            "path", text_path, f"a file that can be written ({_reason(err)})"
        ) from None
