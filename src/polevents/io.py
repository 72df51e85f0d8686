"""Datasets in files: load, validate, dump.

A dataset is a versioned document — JSON always, TOML (reading needs nothing
extra; writing needs the ``toml`` extra), YAML with the ``yaml`` extra::

    {"polevents": 1, "sources": [...], "people": [...], "parties": [...],
     "organizations": [...], "places": [...], "events": [...],
     "advisories": [...], "records": [...]}

Objects refer to each other by ``id``: write a referenced object inline or as
its id string. Figures may be written as text ("over 446,000 people") or as
explicit bounds; spans as text (read with the place's time zone, or the
document's ``"tz"``) or as ``{"start", "end", "exact", "precision"}``.

Everything goes through one cattrs converter configured for the domain
types. Loading validates everything and reports every problem at once in a
:class:`LoadError`; nothing is half-loaded.

>>> from polevents.io import loads
>>> dataset = loads('''
... {"polevents": 1,
...  "places": [{"id": "lahore", "name": "Lahore", "country": "PK", "tz": "Asia/Karachi"}],
...  "events": [{"type": "rally", "id": "jalsa", "title": "Lahore jalsa",
...              "when": "21-04-2022", "place": "lahore"}]}
... ''')
>>> print(dataset.events[0].when)
2022-04-21 00:00 to 2022-04-22 00:00 +05:00 (somewhere within)
"""

from __future__ import annotations

import contextlib
import contextvars
import enum
import functools
import json
import operator
import tomllib
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Any

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.errors import (
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn
from dateutil import parser as _dateparser

from polevents.actors import Organization, Party, Person, Role
from polevents.errors import PolEventsError, ValidationError
from polevents.events import (
    EVENT_TYPES,
    Actor,
    Advisory,
    AdvisoryKind,
    AttendanceMode,
    Event,
)
from polevents.figures import Figure, Qualifier, ReadingPolicy
from polevents.metrics import Metric
from polevents.places import Place
from polevents.records import Direction, Record, RecordCategory
from polevents.sources import Claim, Rank, Source, reconcile
from polevents.timeline import Precision, Span, get_zone

__all__ = [
    "FORMAT_VERSION",
    "Dataset",
    "LoadError",
    "Problem",
    "dump",
    "dumps",
    "json_schema",
    "load",
    "loads",
]

#: The document versions this library reads and writes.
FORMAT_VERSION = 1
SUPPORTED_VERSIONS = (1,)

LISTS: tuple[str, ...] = (
    "sources",
    "places",
    "parties",
    "organizations",
    "people",
    "events",
    "advisories",
    "records",
)
_OPTIONS = ("tz", "dayfirst")


@attrs.frozen(kw_only=True)
class Dataset:
    """Everything a file holds. Ids must be unique across the whole dataset."""

    sources: tuple[Source, ...] = ()
    people: tuple[Person, ...] = ()
    parties: tuple[Party, ...] = ()
    organizations: tuple[Organization, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    advisories: tuple[Advisory, ...] = ()
    records: tuple[Record, ...] = ()

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

    def by_id(self, ident: str) -> object:
        """The object with this id, from any list."""
        for name in LISTS:
            for item in getattr(self, name):
                if getattr(item, "id", None) == ident:
                    return item
        raise ValidationError("id", ident, "the id of an object in this dataset")


@attrs.frozen
class Problem:
    """One thing wrong in a file: where, what, and the offending value."""

    path: str
    message: str
    value: Any = None

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class LoadError(ValidationError):
    """A file could not be loaded; ``errors`` lists every problem found."""

    errors: list[Problem]
    source: str

    def __init__(self, errors: list[Problem], source: str = "<text>") -> None:
        self.errors = errors
        self.source = source
        first = errors[0]
        more = len(errors) - 1
        rest = f" (and {more} more problem{'s' if more != 1 else ''})" if more else ""
        PolEventsError.__init__(self, f"{source}: {first}{rest}")
        self.field, self.value, self.expected, self.hint = (
            first.path,
            first.value,
            first.message,
            None,
        )

    def __str__(self) -> str:
        return str(self.args[0])

    def report(self) -> str:
        """Every problem, one per line."""
        return "\n".join(f"{self.source}: {p}" for p in self.errors)


# --- the reading context --------------------------------------------------------------


class _ConsequenceError(Exception):
    """A failure that only follows from a problem reported elsewhere (not reported again)."""


#: Stands for an object whose own entry failed to load, so that references to
#: it fail quietly instead of adding "unknown id" noise to the report.
_FAILED = object()


class _HookError(Exception):
    """A problem found by a hook, located by the notes cattrs adds on the way up."""

    def __init__(self, message: str, value: object) -> None:
        super().__init__(message)
        self.message = message
        self.value = value


@attrs.define
class _Context:
    refs: dict[str, object] = attrs.field(factory=dict)
    listed: dict[int, str] = attrs.field(factory=dict)  # id(obj) -> its id, for dumping
    tz: tzinfo | None = None
    dayfirst: bool = False
    zone: tzinfo | None = None
    reference: Span | None = None
    unit: str | None = None
    policy: ReadingPolicy = ReadingPolicy.NEWS
    zone_failed: bool = False
    reference_failed: bool = False

    def register(self, obj: object) -> None:
        ident = getattr(obj, "id", None)
        if ident is None:
            return
        known = self.refs.get(ident)
        if known is not None and known is not _FAILED and known != obj:
            raise _HookError(f"duplicate id {ident!r}: another object already has it", ident)
        self.refs[ident] = obj


_CONTEXT: contextvars.ContextVar[_Context] = contextvars.ContextVar("polevents_io_context")


@contextlib.contextmanager
def _with(**changes: Any) -> Iterator[None]:
    token = _CONTEXT.set(attrs.evolve(_CONTEXT.get(), **changes))
    # Keep the shared tables: evolve copied the references to the same dicts.
    try:
        yield
    finally:
        _CONTEXT.reset(token)


# --- hooks ------------------------------------------------------------------------------


def _strict(kind: type, expected: str) -> Callable[[object, type], Any]:
    def structure(value: object, _type: type) -> Any:
        if isinstance(value, bool) and kind is not bool:
            raise _HookError(f"expected {expected}", value)
        if kind is float and isinstance(value, int):
            return float(value)
        if not isinstance(value, kind):
            raise _HookError(f"expected {expected}, got {type(value).__name__}", value)
        return value

    return structure


def _enum_hook(enum_type: Any) -> Callable[[object, type], Any]:
    values = [m.value for m in enum_type]

    def structure(value: object, _type: type) -> Any:
        try:
            return enum_type(value)
        except ValueError:
            raise _HookError(f"expected one of {', '.join(map(repr, values))}", value) from None

    return structure


def _figure_from(value: object, _type: type) -> Figure:
    if isinstance(value, Figure):
        return value
    ctx = _CONTEXT.get()
    if isinstance(value, str):
        if ctx.unit is None:
            raise _HookError("a figure written as text needs a metric to give its unit", value)
        try:
            return Figure.parse(value, unit=ctx.unit, policy=ctx.policy)
        except ValidationError as err:
            raise _HookError(f"cannot read the figure: expected {err.expected}", value) from None
    if not isinstance(value, Mapping):
        raise _HookError("expected figure text such as 'over 446,000 people', or an object", value)
    data = dict(value)
    if "unit" not in data and ctx.unit is not None:
        data["unit"] = ctx.unit
    if "qualifier" in data:
        data["qualifier"] = _enum_hook(Qualifier)(data["qualifier"], Qualifier)
    # A bound left out is unbounded on that side (TOML has no null).
    for side in ("low", "high"):
        if side not in data:
            data[side] = None
            data.setdefault(f"{side}_inclusive", False)
    return _FIGURE_FN(data, Figure)


def _figure_to(figure: Figure) -> dict[str, Any]:
    low, high = figure.bounds
    out: dict[str, Any] = {}
    if low is not None:
        out["low"] = low
    if high is not None:
        out["high"] = high
    out["low_inclusive"] = figure.low_inclusive
    out["high_inclusive"] = figure.high_inclusive
    out["unit"] = figure.unit
    out["qualifier"] = figure.qualifier.value
    for key, val in (
        ("nominal", figure.nominal_value),
        ("text", figure.text),
        ("policy", figure.policy),
    ):
        if val is not None:
            out[key] = val
    return out


def _datetime(value: object) -> datetime:
    if not isinstance(value, str):
        raise _HookError("expected an ISO 8601 time with an offset", value)
    try:
        moment = _dateparser.isoparse(value)
    except (ValueError, OverflowError):
        raise _HookError("expected an ISO 8601 time with an offset", value) from None
    if moment.tzinfo is None:
        raise _HookError("expected a time with an offset, such as +05:00", value)
    return moment


def _span_from(value: object, _type: type) -> Span:
    ctx = _CONTEXT.get()
    if isinstance(value, str):
        try:
            return Span.parse(
                value, tz=ctx.zone or ctx.tz, dayfirst=ctx.dayfirst, reference=ctx.reference
            )
        except ValidationError as err:
            expected = err.expected
            if ("time zone" in expected and ctx.zone_failed) or (
                "reference" in expected and ctx.reference_failed
            ):
                raise _ConsequenceError(value) from None
            if "reference" in expected:
                expected = "a source with a 'published' date, to say which day the text means"
            if "time zone" in expected and ctx.zone is None and ctx.tz is None:
                expected = "a time zone: give the object a place, or the document a 'tz'"
            raise _HookError(f"cannot read the date: expected {expected}", value) from None
    if not isinstance(value, Mapping):
        raise _HookError("expected a date as text such as '21-04-2022', or an object", value)
    extra = set(value) - {"start", "end", "exact", "precision", "text"}
    if extra:
        raise _HookError(f"unknown key {sorted(extra)[0]!r} in a span", sorted(extra)[0])
    for key in ("start", "end"):
        if key not in value:
            raise _HookError(f"a span needs {key!r}", dict(value))
    precision = value.get("precision")
    try:
        return Span(
            start=_datetime(value["start"]),
            end=_datetime(value["end"]),
            exact=_strict(bool, "true or false")(value.get("exact", True), bool),
            precision=None if precision is None else Precision[str(precision).upper()],
            text=value.get("text"),
        )
    except KeyError:
        raise _HookError("expected a precision such as 'day'", precision) from None


def _span_to(span: Span) -> dict[str, Any]:
    out: dict[str, Any] = {
        "start": span.start.isoformat(),
        "end": span.end.isoformat(),
        "exact": span.exact,
    }
    if span.precision is not None:
        out["precision"] = span.precision.name.lower()
    if span.text is not None:
        out["text"] = span.text
    return out


def _metric_from(value: object, _type: type) -> Metric:
    if not isinstance(value, str):
        raise _HookError("expected a metric key such as 'unique_audience'", value)
    try:
        return Metric.get(value)
    except ValidationError as err:
        raise _HookError(f"unknown metric: expected {err.expected}", value) from None


_KINDS: dict[type, str] = {
    Source: "source",
    Place: "place",
    Person: "person",
    Party: "party",
    Organization: "organization",
    Advisory: "advisory",
}


def _reference(kinds: tuple[type, ...], label: str) -> Callable[[object], Any]:
    def resolve(ident: object) -> Any:
        assert isinstance(ident, str)
        found = _CONTEXT.get().refs.get(ident)
        if found is _FAILED:
            raise _ConsequenceError(ident)
        if found is None or not isinstance(found, kinds):
            raise _HookError(f"unknown {label} id {ident!r}", ident)
        return found

    return resolve


def _ref_or_inline(
    cls: type, structure_fn: Callable[[Any, type], Any]
) -> Callable[[object, type], Any]:
    resolve = _reference((cls,), _KINDS.get(cls, cls.__name__.lower()))

    def structure(value: object, _type: type) -> Any:
        if isinstance(value, str):
            return resolve(value)
        if not isinstance(value, Mapping):
            raise _HookError(f"expected a {cls.__name__} object or its id", value)
        obj = structure_fn(value, cls)
        _CONTEXT.get().register(obj)
        return obj

    return structure


def _ref_or_full(obj: Any, full: Callable[[Any], Any]) -> Any:
    ident = getattr(obj, "id", None)
    listed = _CONTEXT.get().listed
    if ident is not None and listed.get(id(obj)) == ident:
        return ident
    return full(obj)


_ACTOR_TYPES: dict[str, type] = {"person": Person, "party": Party, "organization": Organization}


def _actor_from(value: object, type_: Any) -> Any:
    if value is None and type(None) in typing.get_args(type_):
        return None
    if isinstance(value, str):
        return _reference((Person, Party, Organization), "person, party or organization")(value)
    if not isinstance(value, Mapping) or value.get("type") not in _ACTOR_TYPES:
        raise _HookError(
            "expected the id of a person, party or organization, or an object with "
            "'type': 'person', 'party' or 'organization'",
            value,
        )
    cls = _ACTOR_TYPES[value["type"]]
    body = {k: v for k, v in value.items() if k != "type"}
    obj: Any = _CONVERTER_OF.get().structure(body, cls)
    _CONTEXT.get().register(obj)
    return obj


def _actor_to(actor: Any) -> Any:
    if actor is None:
        return None
    kind = {Person: "person", Party: "party", Organization: "organization"}[type(actor)]
    return _ref_or_full(actor, lambda a: {"type": kind, **_full(a)})


def _holder_from(value: object, _type: type) -> Any:
    if isinstance(value, str):
        if not value.strip():
            raise _HookError("expected a non-empty name", value)
        return value
    if isinstance(value, Mapping) and set(value) == {"ref"}:
        return _actor_from(value["ref"], Actor)
    raise _HookError(
        "expected the holder's name, or {'ref': id} for a person, party or organization", value
    )


def _holder_to(holder: Any) -> Any:
    if isinstance(holder, str):
        return holder
    if getattr(holder, "id", None) is not None and _CONTEXT.get().listed.get(id(holder)):
        return {"ref": holder.id}
    raise ValidationError(
        "Record.holder", str(holder), "a name, or an actor listed in the dataset with an id"
    )


def _zone_hint(value: object, cls: type) -> dict[str, Any]:
    """Context changes for the zone of the place in ``value`` (if it can be had)."""
    try:
        place = _CONVERTER_OF.get().structure(value, cls) if value is not None else None
    except Exception:  # the field's own structuring reports it
        return {"zone": None, "zone_failed": True}
    return {"zone": place.zone if isinstance(place, Place) else None, "zone_failed": False}


def _reference_hint(value: object) -> dict[str, Any]:
    """Context changes for the first publication date among the sources in ``value``."""
    if not isinstance(value, list | tuple):
        return {"reference": None, "reference_failed": False}
    failed = False
    for item in value:
        try:
            source = _CONVERTER_OF.get().structure(item, Source)
        except Exception:  # reported where the sources are structured
            failed = True
            continue
        if source.published is not None:
            return {"reference": source.published, "reference_failed": False}
    return {"reference": None, "reference_failed": failed}


def _event_from(value: object, _type: type) -> Event:
    if isinstance(value, str):
        found = _CONTEXT.get().refs.get(value)
        if not isinstance(found, Event):
            raise _HookError(f"unknown event id {value!r}", value)
        return found
    if not isinstance(value, Mapping):
        raise _HookError("expected an event object or its id", value)
    kind = value.get("type")
    if kind not in EVENT_TYPES:
        raise _HookError(f"expected 'type' to be one of {', '.join(map(repr, EVENT_TYPES))}", kind)
    cls = EVENT_TYPES[kind]
    body = {k: v for k, v in value.items() if k != "type"}
    with _with(**_zone_hint(body.get("place"), Place), **_reference_hint(body.get("sources"))):
        event = _STRUCTURE_FNS.get()[cls](body, cls)
    _CONTEXT.get().register(event)
    return event  # type: ignore[no-any-return]


def _event_to(event: Event) -> Any:
    return _ref_or_full(event, lambda e: {"type": e.event_type, **_full(e)})


def _advisory_from(value: object, _type: type) -> Advisory:
    if isinstance(value, str):
        return _reference((Advisory,), "advisory")(value)  # type: ignore[no-any-return]
    if not isinstance(value, Mapping):
        raise _HookError("expected an advisory object or its id", value)
    with _with(
        **_zone_hint(value.get("region"), Place),
        **_reference_hint(value.get("sources")),
    ):
        advisory = _STRUCTURE_FNS.get()[Advisory](value, Advisory)
    _CONTEXT.get().register(advisory)
    return advisory  # type: ignore[no-any-return]


def _with_unit(
    cls: type, metric_of: Callable[[Mapping[str, Any]], Metric | None]
) -> Callable[[object, type], Any]:
    def structure(value: object, _type: type) -> Any:
        if not isinstance(value, Mapping):
            raise _HookError(f"expected a {cls.__name__} object", value)
        try:
            metric = metric_of(value)
        except Exception:  # the field's own structuring reports it
            metric = None
        with _with(unit=None if metric is None else metric.unit):
            if cls is Record and "value" not in value and value.get("claims"):
                # A record's value may be left to its claims: their reconciliation.
                claims = _CONVERTER_OF.get().structure(value["claims"], tuple[Claim, ...])
                value = {**value, "value": reconcile(claims).figure}
            return _STRUCTURE_FNS.get()[cls](value, cls)

    return structure


def _claim_metric(value: Mapping[str, Any]) -> Metric | None:
    return _metric_from(value.get("metric"), Metric)


def _record_metric(value: Mapping[str, Any]) -> Metric | None:
    category = value.get("category")
    return _metric_from(category.get("metric"), Metric) if isinstance(category, Mapping) else None


_STRUCTURE_FNS: contextvars.ContextVar[dict[type, Callable[[Any, type], Any]]] = (
    contextvars.ContextVar("polevents_io_fns")
)
_CONVERTER_OF: contextvars.ContextVar[cattrs.Converter] = contextvars.ContextVar(
    "polevents_io_converter"
)
_FULL_FNS: dict[type, Callable[[Any], dict[str, Any]]] = {}
_FIGURE_FN: Callable[[Any, type], Figure]

_REFERABLE: tuple[type, ...] = (Source, Place, Person, Party, Organization)
_GENERATED: tuple[type, ...] = (
    *_REFERABLE,
    Role,
    Claim,
    RecordCategory,
    Record,
    Advisory,
    *EVENT_TYPES.values(),
)


def _full(obj: Any) -> dict[str, Any]:
    return _FULL_FNS[type(obj)](obj)


def _is_union_of(*members: type) -> Callable[[Any], bool]:
    wanted = set(members)

    def predicate(t: Any) -> bool:
        args = set(typing.get_args(t))
        return typing.get_origin(t) in (typing.Union, types.UnionType) and (
            args == wanted or args == wanted | {type(None)}
        )

    return predicate


def _generated(fns: dict[type, Callable[[Any, type], Any]], value: Any, cls: type) -> Any:
    return fns[cls](value, cls)


def _is_tuple(t: Any) -> bool:
    args = typing.get_args(t)
    return typing.get_origin(t) is tuple and len(args) == 2 and args[1] is Ellipsis


def _strict_tuple(t: Any, conv: cattrs.Converter) -> Callable[[object, Any], Any]:
    # cattrs would iterate a string character by character; a list is expected.
    base = homogenous_tuple_structure_factory(t, conv)

    def structure(value: object, type_: Any) -> Any:
        if not isinstance(value, list | tuple):
            raise _HookError("expected a list", value)
        return base(value, type_)

    return structure


def _make_converter(
    detailed: bool,
) -> tuple[cattrs.Converter, dict[type, Callable[[Any, type], Any]]]:
    conv = cattrs.Converter(detailed_validation=detailed, forbid_extra_keys=True)
    conv.register_structure_hook(str, _strict(str, "a string"))
    conv.register_structure_hook(bool, _strict(bool, "true or false"))
    conv.register_structure_hook(float, _strict(float, "a number"))
    conv.register_structure_hook(int, _strict(int, "a whole number"))
    for enum_type in (Rank, Direction, AttendanceMode, AdvisoryKind, Qualifier):
        conv.register_structure_hook(enum_type, _enum_hook(enum_type))
    conv.register_structure_hook_factory(_is_tuple, lambda t: _strict_tuple(t, conv))
    conv.register_structure_hook(Figure, _figure_from)
    conv.register_structure_hook(Span, _span_from)
    conv.register_structure_hook(Metric, _metric_from)
    conv.register_structure_hook_func(_is_union_of(Person, Party, Organization), _actor_from)
    conv.register_structure_hook_func(_is_union_of(Party, Organization), _actor_from)
    conv.register_structure_hook_func(_is_union_of(str, Person, Party, Organization), _holder_from)
    conv.register_structure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, Event), _event_from
    )

    # Hooks first, generated functions after: cattrs binds a field's handler
    # when it generates the function, so the hooks look the functions up lazily.
    fns: dict[type, Callable[[Any, type], Any]] = {}
    for ref_cls in _REFERABLE:
        conv.register_structure_hook(
            ref_cls, _ref_or_inline(ref_cls, functools.partial(_generated, fns))
        )
    conv.register_structure_hook(Advisory, _advisory_from)
    conv.register_structure_hook(Claim, _with_unit(Claim, _claim_metric))
    conv.register_structure_hook(Record, _with_unit(Record, _record_metric))
    for inline_cls in (Role, RecordCategory):
        conv.register_structure_hook(inline_cls, functools.partial(_generated, fns))
    for cls in _GENERATED:
        fns[cls] = make_dict_structure_fn(cls, conv, _cattrs_forbid_extra_keys=True)
    return conv, fns


def _make_unstructurer() -> cattrs.Converter:
    conv = cattrs.Converter()
    conv.register_unstructure_hook(Figure, _figure_to)
    conv.register_unstructure_hook(Span, _span_to)
    conv.register_unstructure_hook(Metric, lambda m: m.key)
    conv.register_unstructure_hook_func(
        lambda t: isinstance(t, type) and issubclass(t, Event), _event_to
    )
    conv.register_unstructure_hook_func(_is_union_of(Person, Party, Organization), _actor_to)
    conv.register_unstructure_hook_func(_is_union_of(Party, Organization), _actor_to)
    conv.register_unstructure_hook_func(_is_union_of(str, Person, Party, Organization), _holder_to)
    for ref_cls in (*_REFERABLE, Advisory):
        conv.register_unstructure_hook(ref_cls, lambda obj: _ref_or_full(obj, _full))
    for inline_cls in (Role, Claim, RecordCategory, Record):
        conv.register_unstructure_hook(inline_cls, _full)
    for cls in _GENERATED:
        _FULL_FNS[cls] = make_dict_unstructure_fn(cls, conv, _cattrs_omit_if_default=True)
    return conv


_FAST, _FAST_FNS = _make_converter(detailed=False)
_DETAILED, _DETAILED_FNS = _make_converter(detailed=True)
_FIGURE_FN = make_dict_structure_fn(
    Figure,
    _FAST,
    _cattrs_forbid_extra_keys=True,
    _cattrs_use_alias=True,
)
_UNSTRUCTURE = _make_unstructurer()


# --- loading ----------------------------------------------------------------------------


def _problems(exc: BaseException, path: str) -> Iterator[Problem]:
    if isinstance(exc, ClassValidationError | IterableValidationError):
        with_notes, others = exc.group_exceptions()
        for sub, note in with_notes:
            # A class's note names the attribute; an iterable's, the index.
            step = (
                f"[{note.index}]" if isinstance(note, IterableValidationNote) else f".{note.name}"
            )
            yield from _problems(sub, path + step)
        for sub in others:
            yield from _problems(sub, path)
    elif isinstance(exc, ForbiddenExtraKeysError):
        known = ", ".join(f.alias for f in attrs.fields(exc.cl)) if attrs.has(exc.cl) else ""
        for key in sorted(exc.extra_fields):
            yield Problem(f"{path}.{key}", f"unknown key {key!r} (known keys: {known})", key)
    elif isinstance(exc, _ConsequenceError):
        return
    elif isinstance(exc, _HookError):
        yield Problem(path, exc.message, exc.value)
    elif isinstance(exc, ValidationError):
        where = exc.field.split(".", 1)[1] if "." in exc.field and exc.field[0].isupper() else ""
        yield Problem(f"{path}.{where}" if where else path, f"expected {exc.expected}", exc.value)
    elif isinstance(exc, KeyError):
        yield Problem(path, f"missing required key {exc.args[0]!r}", None)
    else:
        yield Problem(path, f"{type(exc).__name__}: {exc}", None)


_TYPE_OF: dict[str, type] = {
    "sources": Source,
    "places": Place,
    "parties": Party,
    "organizations": Organization,
    "people": Person,
    "events": Event,
    "advisories": Advisory,
    "records": Record,
}


def _order(items: list[Any], key: str) -> list[int]:
    """Indices so that an item comes after the item its ``key`` names (parents first)."""
    ids = {item.get("id"): i for i, item in enumerate(items) if isinstance(item, Mapping)}
    done: list[int] = []
    placed: set[int] = set()

    def visit(i: int, trail: frozenset[int]) -> None:
        if i in placed or i in trail:
            return
        item = items[i]
        target = item.get(key) if isinstance(item, Mapping) else None
        if isinstance(target, str) and target in ids:
            visit(ids[target], trail | {i})
        placed.add(i)
        done.append(i)

    for i in range(len(items)):
        visit(i, frozenset())
    return done


def _read(document: object, detailed: bool) -> tuple[Dataset | None, list[Problem]]:
    problems: list[Problem] = []
    if not isinstance(document, Mapping):
        return None, [Problem("", "expected a document object with 'polevents': 1", document)]
    version = document.get("polevents")
    if version not in SUPPORTED_VERSIONS or isinstance(version, bool):
        problems.append(
            Problem(
                "polevents",
                f"unknown document version; this library understands {SUPPORTED_VERSIONS}",
                version,
            )
        )
        return None, problems
    for key in document:
        if key not in (*LISTS, *_OPTIONS, "polevents"):
            problems.append(
                Problem(
                    key,
                    f"unknown key {key!r} (known keys: polevents, {', '.join(LISTS)}, "
                    "tz, dayfirst)",
                    key,
                )
            )
    ctx = _Context()
    tz = document.get("tz")
    if tz is not None:
        try:
            if not isinstance(tz, str):  # get_zone also takes a tzinfo; a file holds names
                raise ValidationError("tz", tz, "an IANA time-zone name such as 'Asia/Karachi'")
            ctx.tz = get_zone(tz, field="tz")
        except ValidationError as err:
            problems.append(Problem("tz", f"expected {err.expected}", tz))
    dayfirst = document.get("dayfirst", False)
    if not isinstance(dayfirst, bool):
        problems.append(Problem("dayfirst", "expected true or false", dayfirst))
    else:
        ctx.dayfirst = dayfirst
    converter, fns = (_DETAILED, _DETAILED_FNS) if detailed else (_FAST, _FAST_FNS)
    tokens = (_CONTEXT.set(ctx), _STRUCTURE_FNS.set(fns), _CONVERTER_OF.set(converter))
    lists: dict[str, list[Any]] = {name: [] for name in LISTS}
    try:
        for name in LISTS:
            items = document.get(name, [])
            if not isinstance(items, list):
                problems.append(Problem(name, "expected a list", items))
                continue
            order = _order(items, "parent" if name == "places" else "supersedes")
            structured: dict[int, Any] = {}
            for i in order:
                try:
                    obj: Any = converter.structure(items[i], _TYPE_OF[name])
                    ctx.register(obj)
                    structured[i] = obj
                except Exception as exc:
                    if not detailed:
                        raise
                    problems.extend(_problems(exc, f"{name}[{i}]"))
                    ident = items[i].get("id") if isinstance(items[i], Mapping) else None
                    if isinstance(ident, str):
                        ctx.refs.setdefault(ident, _FAILED)
            lists[name] = [structured[i] for i in sorted(structured)]
    finally:
        _CONTEXT.reset(tokens[0])
        _STRUCTURE_FNS.reset(tokens[1])
        _CONVERTER_OF.reset(tokens[2])
    if problems:
        return None, problems
    try:
        return Dataset(**{name: tuple(items) for name, items in lists.items()}), []
    except ValidationError as err:
        return None, [
            Problem(err.field.replace("Dataset.", ""), f"expected {err.expected}", err.value)
        ]


def _load_document(document: object, source: str) -> Dataset:
    # The fast path: the plain converter stops at the first problem. Only when
    # something is wrong is the document read again to report every problem.
    try:
        dataset, problems = _read(document, detailed=False)
    except Exception:
        dataset, problems = None, []
    if dataset is not None and not problems:
        return dataset
    if not problems or dataset is None:
        dataset, problems = _read(document, detailed=True)
    if dataset is None:
        raise LoadError(problems or [Problem("", "the document could not be read")], source)
    return dataset


def _parse_text(text: str, format: str, source: str) -> object:
    try:
        if format == "json":
            return json.loads(text)
        if format == "toml":
            return tomllib.loads(text)
        if format in ("yaml", "yml"):
            try:
                import yaml
            except ImportError:
                raise LoadError(
                    [
                        Problem(
                            "", "reading YAML needs the 'yaml' extra: pip install polevents[yaml]"
                        )
                    ],
                    source,
                ) from None
            return yaml.safe_load(text)
    except LoadError:
        raise
    except (ValueError, tomllib.TOMLDecodeError) as err:
        raise LoadError([Problem("", f"not valid {format.upper()}: {err}", None)], source) from None
    except Exception as err:  # yaml's errors
        raise LoadError([Problem("", f"not valid {format.upper()}: {err}", None)], source) from None
    raise LoadError(
        [Problem("", f"unknown format {format!r}: expected json, toml or yaml")], source
    )


def loads(text: str, format: str = "json", *, source: str = "<text>") -> Dataset:
    """Load a dataset from text.

    Raises:
        LoadError: the text is not valid, or anything in it is wrong; its
            ``errors`` list every problem with its path.
    """
    if not isinstance(text, str):
        raise LoadError([Problem("", "expected the document as a string", text)], source)
    return _load_document(_parse_text(text, format.lower(), source), source)


def _format_of(path: Path) -> str:
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in ("json", "toml", "yaml", "yml"):
        raise LoadError(
            [Problem("", "expected a .json, .toml or .yaml file", str(path))], str(path)
        )
    return suffix


def load(path: str | Path) -> Dataset:
    """Load a dataset from a file; the format comes from the suffix."""
    path = Path(path)
    fmt = _format_of(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise LoadError(
            [Problem("", f"cannot read the file: {err}", str(path))], str(path)
        ) from None
    return loads(text, fmt, source=str(path))


# --- dumping ----------------------------------------------------------------------------


def _document(dataset: Dataset) -> dict[str, Any]:
    if not isinstance(dataset, Dataset):
        raise ValidationError("dataset", dataset, "a Dataset")
    ctx = _Context()
    for name in LISTS:
        for item in getattr(dataset, name):
            if getattr(item, "id", None) is not None:
                ctx.listed[id(item)] = item.id
    token = _CONTEXT.set(ctx)
    try:
        out: dict[str, Any] = {"polevents": FORMAT_VERSION}
        for name in LISTS:
            items = getattr(dataset, name)
            if not items:
                continue
            if name == "events":
                out[name] = [{"type": e.event_type, **_full(e)} for e in items]
            else:
                out[name] = [_full(item) for item in items]
        return out
    finally:
        _CONTEXT.reset(token)


def dumps(dataset: Dataset, format: str = "json") -> str:
    """The dataset as text: explicit figures and spans, each with its original text."""
    document = _document(dataset)
    fmt = format.lower()
    if fmt == "json":
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    if fmt == "toml":
        try:
            import tomli_w
        except ImportError:
            raise ValidationError(
                "format", format, "json, or install the 'toml' extra to write TOML"
            ) from None
        return tomli_w.dumps(document)
    if fmt in ("yaml", "yml"):
        try:
            import yaml
        except ImportError:
            raise ValidationError(
                "format", format, "json, or install the 'yaml' extra to write YAML"
            ) from None
        return str(yaml.safe_dump(document, allow_unicode=True, sort_keys=False))
    raise ValidationError("format", format, "json, toml or yaml")


def dump(dataset: Dataset, path: str | Path) -> None:
    """Write the dataset to a file; the format comes from the suffix."""
    path = Path(path)
    suffix = path.suffix.lower().lstrip(".")
    if suffix not in ("json", "toml", "yaml", "yml"):
        raise ValidationError("path", str(path), "a .json, .toml or .yaml file")
    path.write_text(dumps(dataset, suffix), encoding="utf-8")


# --- schema -------------------------------------------------------------------------------


def json_schema() -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) for the document, generated from the classes."""
    defs: dict[str, Any] = {}

    def ref_or_id(name: str) -> dict[str, Any]:
        return {
            "anyOf": [
                {"type": "string", "description": f"the id of a {name}"},
                {"$ref": f"#/$defs/{name}"},
            ]
        }

    actor = {
        "anyOf": [
            {"type": "string", "description": "the id of a person, party or organization"},
            {"type": "object", "required": ["type"]},
        ]
    }
    special: dict[Any, dict[str, Any]] = {
        str: {"type": "string"},
        bool: {"type": "boolean"},
        float: {"type": "number"},
        int: {"type": "integer"},
        Figure: {"anyOf": [{"type": "string"}, {"$ref": "#/$defs/Figure"}]},
        Span: {"anyOf": [{"type": "string"}, {"$ref": "#/$defs/Span"}]},
        Metric: {"type": "string", "enum": sorted(Metric.registry().metrics)},
        Precision: {"enum": [p.name.lower() for p in Precision]},
        Event: ref_or_id("Event"),
    }

    def schema_of(t: Any) -> dict[str, Any]:
        if t in special:
            return special[t]
        origin, args = typing.get_origin(t), typing.get_args(t)
        if origin is tuple:
            return {"type": "array", "items": schema_of(args[0])}
        if args and type(None) in args:
            rest = [a for a in args if a is not type(None)]
            inner = (
                schema_of(rest[0])
                if len(rest) == 1
                else schema_of(functools.reduce(operator.or_, rest))
            )
            return {"anyOf": [inner, {"type": "null"}]}
        if args and set(args) <= {Person, Party, Organization}:
            return actor
        if args and str in args:
            return {
                "anyOf": [
                    {"type": "string"},
                    {"type": "object", "properties": {"ref": {"type": "string"}}},
                ]
            }
        if isinstance(t, type) and issubclass(t, enum.Enum):
            return {"enum": [m.value for m in list(t)]}
        if isinstance(t, type) and attrs.has(t):
            define(t)
            return ref_or_id(t.__name__) if t in _KINDS else {"$ref": f"#/$defs/{t.__name__}"}
        return {}

    def define(cls: type, extra: dict[str, Any] | None = None, name: str | None = None) -> None:
        key = name or cls.__name__
        if key in defs:
            return
        defs[key] = {}
        hints = typing.get_type_hints(cls)
        props = {f.alias: schema_of(hints[f.name]) for f in attrs.fields(cls)}
        required = [f.alias for f in attrs.fields(cls) if f.default is attrs.NOTHING]
        defs[key] = {
            "type": "object",
            "properties": {**(extra or {}), **props},
            "required": sorted([*required, *(extra or {})]),
            "additionalProperties": False,
        }

    for cls in (Source, Place, Person, Party, Organization, Advisory, Record):
        define(cls)
    for kind, event_cls in EVENT_TYPES.items():
        define(event_cls, {"type": {"const": kind}}, name=event_cls.__name__)
    defs["Event"] = {"oneOf": [{"$ref": f"#/$defs/{c.__name__}"} for c in EVENT_TYPES.values()]}
    defs["Figure"] = {
        "type": "object",
        "properties": {
            "low": {"type": "number"},
            "high": {"type": "number"},
            "low_inclusive": {"type": "boolean"},
            "high_inclusive": {"type": "boolean"},
            "unit": {"type": "string"},
            "qualifier": {"enum": [q.value for q in Qualifier]},
            "nominal": {"type": "number"},
            "text": {"type": "string"},
            "policy": {"type": "string"},
        },
        "additionalProperties": False,
    }
    defs["Span"] = {
        "type": "object",
        "properties": {
            "start": {"type": "string", "format": "date-time"},
            "end": {"type": "string", "format": "date-time"},
            "exact": {"type": "boolean"},
            "precision": {"enum": [p.name.lower() for p in Precision]},
            "text": {"type": "string"},
        },
        "required": ["start", "end"],
        "additionalProperties": False,
    }
    lists = {
        "sources": "Source",
        "people": "Person",
        "parties": "Party",
        "organizations": "Organization",
        "places": "Place",
        "events": "Event",
        "advisories": "Advisory",
        "records": "Record",
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "polevents dataset",
        "type": "object",
        "properties": {
            "polevents": {"const": FORMAT_VERSION},
            "tz": {"type": "string", "description": "IANA zone for dates written without one"},
            "dayfirst": {"type": "boolean"},
            **{k: {"type": "array", "items": {"$ref": f"#/$defs/{v}"}} for k, v in lists.items()},
        },
        "required": ["polevents"],
        "additionalProperties": False,
        "$defs": defs,
    }
