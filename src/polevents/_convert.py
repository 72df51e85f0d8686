"""The cattrs converter behind :mod:`polevents.io`: plain documents ↔ domain objects.

:func:`read` turns a plain document (what JSON, TOML or YAML gave) into the
dataset's lists, validating everything and collecting every problem with its
path; :func:`write` turns the lists back into a plain document. The file
formats live in :mod:`polevents._formats`, the schema in
:mod:`polevents._schema`.

Reading happens in a context (a :class:`contextvars.ContextVar`, so that
threads reading at once never see each other's): the ids seen so far, the
document's time zone and ``dayfirst``, the document's metrics, and — for
the object being read — its place's zone, the date its text dates are read
from, the direction they look in and the language its texts are in.

>>> lists, problems = read({"polevents": 1, "people": [{"id": "ik", "name": "Imran Khan"}]})
>>> problems, [p.name for p in lists["people"]]
([], ['Imran Khan'])
"""

from __future__ import annotations

import contextlib
import contextvars
import enum
import functools
import gc
import inspect
import threading
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime, tzinfo
from typing import Any

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn
from dateutil import parser as _dateparser

from polevents import metrics as metrics_module
from polevents import places as places_module
from polevents import records as records_module
from polevents._problems import Problem
from polevents.actors import Organization, Party, Person, Role
from polevents.errors import ValidationError
from polevents.events import EVENT_TYPES, Advisory, Event
from polevents.figures import Figure, Qualifier, ReadingPolicy
from polevents.metrics import Inequality, Metric, MetricRegistry
from polevents.places import Place
from polevents.records import Record, RecordCategory
from polevents.sources import Claim, Source, reconcile
from polevents.timeline import Precision, Span, get_zone

__all__ = [
    "DIRECTIONS",
    "EVENT_CLASSES",
    "FORMAT_VERSION",
    "LISTS",
    "OPTIONS",
    "SUPPORTED_VERSIONS",
    "read",
    "registry_with",
    "write",
]

#: The document versions this library reads and writes.
FORMAT_VERSION = 1
SUPPORTED_VERSIONS = (1,)

#: The document's lists, in the order they are read: what a list refers to
#: is read before it (metrics before claims, places before events, …).
LISTS: tuple[str, ...] = (
    "metrics",
    "inequalities",
    "sources",
    "places",
    "parties",
    "organizations",
    "people",
    "events",
    "advisories",
    "records",
)
#: Document-wide options: the zone and day order of text dates, and the
#: direction text dates without a year or with a weekday look in.
OPTIONS: tuple[str, ...] = ("tz", "dayfirst", "direction", "lang")
#: The directions a text date may be read in (see ``Span.parse``).
DIRECTIONS: tuple[str, ...] = ("back", "forward", "nearest")

#: Event classes by their ``"type"`` in a file; ``"event"`` is the generic one.
EVENT_CLASSES: dict[str, type[Event]] = {"event": Event, **EVENT_TYPES}

_TYPE_OF: dict[str, type] = {
    "metrics": Metric,
    "inequalities": Inequality,
    "sources": Source,
    "places": Place,
    "parties": Party,
    "organizations": Organization,
    "people": Person,
    "events": Event,
    "advisories": Advisory,
    "records": Record,
}


def registry_with(
    metrics: tuple[Metric, ...] = (), inequalities: tuple[Inequality, ...] = ()
) -> MetricRegistry:
    """A registry holding the built-in metrics, then ``metrics`` and ``inequalities``.

    A file is self-contained: it may use the built-in metrics and those it
    declares, never ones declared elsewhere in the process (which another
    process would not know), and its metrics never leak into the process-wide
    registry.

    Raises:
        ValidationError: a metric whose key another metric already has.
    """
    registry = MetricRegistry.with_builtins()
    for metric in metrics:
        registry.declare(metric)
    for inequality in inequalities:
        registry.declare_inequality(inequality.smaller, inequality.larger)
    return registry


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
    registry: MetricRegistry = attrs.field(factory=registry_with)
    tz: tzinfo | None = None
    dayfirst: bool = False
    #: The document's direction, when it sets one (each kind of object has its default).
    direction: str | None = None
    zone: tzinfo | None = None
    reference: Span | None = None
    looking: str = "back"
    lang: str = "en"
    unit: str | None = None
    policy: ReadingPolicy = ReadingPolicy.NEWS
    zone_failed: bool = False
    reference_failed: bool = False
    #: An event's place and sources as written, turned into ``zone`` and
    #: ``reference`` only when one of its dates is text (explicit spans need neither).
    pending: tuple[object, object] | None = None
    #: The document's own ``tz`` was bad (reported once, at ``tz``).
    tz_failed: bool = False
    #: The hand-written fast path's metrics by key, each with its unit hint
    #: (the registry no longer changes once the events are read).
    metric_hints: dict[str, tuple[Metric, str | None]] = attrs.field(factory=dict)

    def register(self, obj: object) -> None:
        ident = getattr(obj, "id", None)
        if ident is None:
            return
        known = self.refs.get(ident)
        if known is obj:  # read again where it is listed: no need to compare it whole
            return
        if known is not None and known is not _FAILED and known != obj:
            raise _HookError(f"duplicate id {ident!r}: another object already has it", ident)
        self.refs[ident] = obj


_CONTEXT: contextvars.ContextVar[_Context] = contextvars.ContextVar("polevents_io_context")


class _with:  # noqa: N801 - used as ``with _with(zone=...)``, like a function
    """Change the reading context for the object being read, and put it back after.

    The context belongs to one read in one thread: it is changed in place and
    restored on the way out (a copy per object cost a tenth of a load).
    """

    __slots__ = ("changes", "ctx", "old")

    def __init__(self, **changes: Any) -> None:
        self.changes = changes
        self.ctx = _CONTEXT.get()
        self.old: dict[str, Any] = {}

    def __enter__(self) -> None:
        ctx = self.ctx
        for name, value in self.changes.items():
            self.old[name] = getattr(ctx, name)
            setattr(ctx, name, value)

    def __exit__(self, *_exc: object) -> None:
        for name, value in self.old.items():
            setattr(self.ctx, name, value)


# --- hooks ------------------------------------------------------------------------------


def kind_of(value: object) -> str:
    """What a plain document's value is, in the words of the file formats."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int):
        return "a whole number"
    if isinstance(value, float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, Mapping):
        return "an object"
    if isinstance(value, list | tuple):
        return "a list"
    return "a value of another kind"


def _strict(kind: type, expected: str) -> Callable[[object, type], Any]:
    def structure(value: object, _type: type) -> Any:
        if isinstance(value, bool) and kind is not bool:
            raise _HookError(f"expected {expected}, got {kind_of(value)}", value)
        if kind is float and isinstance(value, int):
            return float(value)
        if not isinstance(value, kind):
            raise _HookError(f"expected {expected}, got {kind_of(value)}", value)
        return value

    return structure


def _enum_hook(enum_type: Any) -> Callable[[object, type], Any]:
    values = [m.value for m in enum_type]
    kinds = {type(v) for v in values}

    def structure(value: object, _type: type) -> Any:
        if type(value) not in kinds:  # 1.0 is not 1, a list is not a name
            raise _HookError(f"expected one of {', '.join(map(repr, values))}", value)
        try:
            return enum_type(value)
        except (ValueError, TypeError):
            raise _HookError(f"expected one of {', '.join(map(repr, values))}", value) from None

    return structure


def _is_enum(t: Any) -> bool:
    return isinstance(t, type) and issubclass(t, enum.Enum)


#: The unit hint while reading an object whose metric could not be read.
_NO_METRIC = "<no metric>"


def _figure_from(value: object, _type: type) -> Figure:
    if type(value) is Figure:
        return value
    ctx = _CONTEXT.get()
    if ctx.unit == _NO_METRIC:
        raise _ConsequenceError(value)  # the metric's own problem is reported
    if isinstance(value, Figure):
        return value
    if isinstance(value, str):
        options: dict[str, Any] = {"lang": ctx.lang} if ctx.lang != "en" else {}
        try:
            return Figure.parse(value, unit=ctx.unit, policy=ctx.policy, **options)
        except ValidationError as err:
            raise _HookError(f"cannot read the figure: expected {err.expected}", value) from None
    if type(value) is not dict and not isinstance(value, Mapping):
        raise _HookError("expected figure text such as 'over 446,000 people', or an object", value)
    detailed = _STRUCTURE_FNS.get().get(Figure)
    if detailed is not None:  # every problem of the figure, field by field
        figure: Figure = detailed(_figure_defaults(dict(value), ctx.unit), Figure)
        low, high = figure.bounds
        _figure_sense(low, high, figure.nominal_value, figure.qualifier)
        return figure
    kwargs = _figure_defaults(_figure_fields(value), ctx.unit)
    for key in _FIGURE_REQUIRED:
        if key not in kwargs:
            raise _HookError(f"missing required key {key!r} in a figure", None)
    _figure_sense(
        kwargs.get("low"), kwargs.get("high"), kwargs.get("nominal"), kwargs.get("qualifier")
    )
    return Figure(**kwargs)


def _figure_defaults(data: dict[str, Any], unit: str | None) -> dict[str, Any]:
    if "unit" not in data and unit is not None:
        data["unit"] = unit
    # A bound left out is unbounded on that side (TOML has no null).
    for side, inclusive in (("low", "low_inclusive"), ("high", "high_inclusive")):
        if side not in data:
            data[side] = None
            data.setdefault(inclusive, False)
    return data


def _figure_fields(data: Mapping[str, Any]) -> dict[str, Any]:
    """The explicit figure's fields, checked key by key (a hand-made loop with
    the common types checked inline: the generated one cost a quarter of a load)."""
    kwargs: dict[str, Any] = {}
    extra = None
    for key, item in data.items():
        kind = _FIGURE_KINDS.get(key)
        if kind is None:
            extra = {*(extra or ()), str(key)}
            continue
        found = type(item)
        if kind is _NUMBER:
            if found is int:
                item = float(item)
            elif found is not float and item is not None:
                raise _field_error(key, _HookError(f"expected a number, got {kind_of(item)}", item))
        elif kind is _TEXT:
            if found is not str and item is not None:
                raise _field_error(key, _HookError(f"expected a string, got {kind_of(item)}", item))
        elif found is not kind:  # bool, str: exactly that type (True is not 1)
            hook, type_ = _FIGURE_HOOKS[key]
            try:
                item = hook(item, type_)
            except Exception as exc:
                raise _field_error(key, exc) from None
        kwargs[key] = item
    if extra:
        raise ForbiddenExtraKeysError("", Figure, extra)
    return kwargs


def _field_error(key: str, exc: Exception) -> Exception:
    exc.add_note(AttributeValidationNote(f"Structuring {key}", key, object))
    return exc


#: How each explicit figure key is checked: a number or null, a string or
#: null, or exactly one type (else its hook says why, or converts an enum).
_NUMBER, _TEXT, _ANY = object(), object(), object()


def _figure_sense(low: Any, high: Any, nominal: Any, qualifier: Any) -> None:
    """What a figure in a file must also be: a reported number, never below
    zero, with its nominal value inside its bounds."""
    if qualifier is not None and qualifier.value == "derived" and (low is None or low < 0):
        raise _HookError("expected a low bound of 0 or more: a reported figure", low)
    if nominal is not None and (
        (low is not None and nominal < low) or (high is not None and nominal > high)
    ):
        raise _HookError(f"expected a nominal value within the bounds [{low}, {high}]", nominal)


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
    # Fields a newer Figure has beyond these (the place value of a plain
    # figure, …) are written when set, so that a dump never loses them.
    for field in attrs.fields(Figure):
        if field.alias is None or field.alias in out or field.alias in _FIGURE_KEYS:
            continue
        val = getattr(figure, field.name)
        if val is not None and val != field.default:
            out[field.alias] = val.value if isinstance(val, enum.Enum) else val
    return out


_FIGURE_KEYS = frozenset(
    (
        "low",
        "high",
        "low_inclusive",
        "high_inclusive",
        "unit",
        "qualifier",
        "nominal",
        "text",
        "policy",
    )
)


def _datetime(value: object) -> datetime:
    if not isinstance(value, str):
        raise _HookError("expected an ISO 8601 time with an offset", value)
    try:
        # The standard library's reader is several times faster and reads
        # every ISO form dump writes; dateutil's reads the rest ("T24:00").
        moment = datetime.fromisoformat(value)
    except ValueError:
        moment = None
    if moment is None:
        try:
            moment = _dateparser.isoparse(value)
        except (ValueError, OverflowError):
            raise _HookError("expected an ISO 8601 time with an offset", value) from None
    if moment.tzinfo is None:
        raise _HookError("expected a time with an offset, such as +05:00", value)
    return moment


@functools.cache
def _figure_takes_lang() -> bool:
    # ``lang=`` arrives with the multilingual number reader; until then English only.
    return "lang" in inspect.signature(Figure.parse).parameters and (
        "lang" in inspect.signature(Span.parse).parameters
    )


@functools.cache
def _span_takes_direction() -> bool:
    # ``direction=`` arrives with the new date reader; until then every text
    # date looks back, as it always did.
    return "direction" in inspect.signature(Span.parse).parameters


def _read_span(text: str, ctx: _Context) -> Span:
    options: dict[str, Any] = {
        "tz": ctx.zone or ctx.tz,
        "dayfirst": ctx.dayfirst,
        "reference": ctx.reference,
    }
    if _span_takes_direction():
        options["direction"] = ctx.looking
    if ctx.lang != "en":  # only ever set when the readers take lang=
        options["lang"] = ctx.lang
    return Span.parse(text, **options)


def _span_from(value: object, _type: type) -> Span:
    if isinstance(value, Span):
        return value  # read ahead of its object (an advisory's issue date)
    ctx = _CONTEXT.get()
    if isinstance(value, str):
        if ctx.pending is not None:
            place, sources = ctx.pending
            ctx.pending = None  # the event's _with puts every one of these back
            for name, hint in {**_zone_hint(place, Place), **_reference_hint(sources)}.items():
                setattr(ctx, name, hint)
        try:
            return _read_span(value, ctx)
        except ValidationError as err:
            expected = err.expected
            if ("time zone" in expected and (ctx.zone_failed or ctx.tz_failed)) or (
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
    if precision is not None and not isinstance(precision, str):
        raise _HookError("expected a precision such as 'day'", precision)
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
    if isinstance(value, Metric):
        return value
    if not isinstance(value, str):
        raise _HookError("expected a metric key such as 'unique_audience'", value)
    try:
        return _CONTEXT.get().registry.get(value)
    except ValidationError as err:
        raise _HookError(
            f"unknown metric: expected {err.expected}, or a metric declared in 'metrics'", value
        ) from None


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
_ACTOR_KINDS: dict[type, str] = {cls: kind for kind, cls in _ACTOR_TYPES.items()}


def _optional(type_: Any) -> bool:
    return type(None) in typing.get_args(type_)


def _actor_from(value: object, type_: Any) -> Any:
    if value is None and _optional(type_):
        return None
    if isinstance(value, str):
        return _reference((Person, Party, Organization), "person, party or organization")(value)
    kind = value.get("type") if isinstance(value, Mapping) else None
    if not isinstance(kind, str) or kind not in _ACTOR_TYPES:
        raise _HookError(
            "expected the id of a person, party or organization, or an object with "
            "'type': 'person', 'party' or 'organization'",
            value,
        )
    cls = _ACTOR_TYPES[kind]
    assert isinstance(value, Mapping)
    body = {k: v for k, v in value.items() if k != "type"}
    obj: Any = _CONVERTER_OF.get().structure(body, cls)
    _CONTEXT.get().register(obj)
    return obj


def _actor_to(actor: Any) -> Any:
    if actor is None:
        return None
    kind = _ACTOR_KINDS[type(actor)]
    return _ref_or_full(actor, lambda a: {"type": kind, **_full(a)})


def _name_or_actor_from(value: object, type_: Any) -> Any:
    """A name as text, ``{"ref": id}`` for a listed actor, or an inline actor with a type."""
    if value is None and _optional(type_):
        return None
    if isinstance(value, str):
        if not value.strip():
            raise _HookError("expected a non-empty name", value)
        return value
    if isinstance(value, Mapping) and set(value) == {"ref"}:
        return _actor_from(value["ref"], type_)
    if isinstance(value, Mapping) and "type" in value:
        return _actor_from(value, type_)
    raise _HookError(
        "expected a name, {'ref': id} for a person, party or organization, "
        "or an object with 'type': 'person', 'party' or 'organization'",
        value,
    )


def _name_or_actor_to(value: Any) -> Any:
    if value is None or isinstance(value, str):
        return value
    if getattr(value, "id", None) is not None and _CONTEXT.get().listed.get(id(value)):
        return {"ref": value.id}
    return {"type": _ACTOR_KINDS[type(value)], **_full(value)}


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


def _languages() -> tuple[str, ...]:
    """The languages text figures and dates can be read in, in this version."""
    if not _figure_takes_lang():
        return ("en",)
    try:
        from polevents._lang import LANGUAGES
    except ImportError:  # pragma: no cover - the tables arrive with lang=
        return ("en",)
    return tuple(LANGUAGES)


def _check_direction(value: object) -> str:
    if value not in DIRECTIONS:
        raise _HookError(f"expected one of {', '.join(map(repr, DIRECTIONS))}", value)
    return str(value)


def _check_lang(value: object) -> str:
    known = _languages()
    if value not in known:
        raise _HookError(
            f"expected a language this version reads: {', '.join(map(repr, known))}", value
        )
    return str(value)


#: Keys an event or advisory may carry beyond its fields: how its texts are read.
_OWN_OPTIONS: dict[str, Callable[[object], str]] = {
    "direction": _check_direction,
    "lang": _check_lang,
}


def _own_options(
    value: Mapping[str, Any], default_direction: str
) -> tuple[dict[str, Any], list[_HookError]]:
    """Context changes for an object's own ``"direction"`` and ``"lang"`` (falling
    back to the document's, then to ``default_direction``), and the bad ones."""
    ctx = _CONTEXT.get()
    changes: dict[str, Any] = {"looking": ctx.direction or default_direction}
    errors = []
    for key, check in _OWN_OPTIONS.items():
        if value.get(key) is None:
            continue
        try:
            changes["looking" if key == "direction" else key] = check(value[key])
        except _HookError as err:
            err.add_note(AttributeValidationNote(f"Structuring {key}", key, str))
            errors.append(err)
    return changes, errors


def _structure_with(cls: type, body: dict[str, Any], errors: list[_HookError]) -> Any:
    """Structure ``body``; bad options are reported at their own paths, as cattrs would."""
    if not errors:
        return _STRUCTURE_FNS.get()[cls](body, cls)
    if _CONVERTER_OF.get() is _FAST:
        raise errors[0]
    found: list[Exception] = list(errors)
    try:
        _STRUCTURE_FNS.get()[cls](body, cls)
    except ClassValidationError as more:
        found.extend(more.exceptions)
    except Exception as more:  # pragma: no cover - the detailed converter groups its errors
        found.append(more)
    raise ClassValidationError(f"While structuring {cls.__name__}", found, cls)


def _event_from(value: object, _type: type) -> Event:
    if isinstance(value, str):
        found = _CONTEXT.get().refs.get(value)
        if found is _FAILED:
            raise _ConsequenceError(value)
        if not isinstance(found, Event):
            raise _HookError(f"unknown event id {value!r}", value)
        return found
    if type(value) is not dict and not isinstance(value, Mapping):
        raise _HookError("expected an event object or its id", value)
    kind = value.get("type")
    if not isinstance(kind, str) or kind not in EVENT_CLASSES:
        raise _HookError(
            f"expected 'type' to be one of {', '.join(map(repr, EVENT_CLASSES))}", kind
        )
    cls = EVENT_CLASSES[kind]
    body = {k: v for k, v in value.items() if k != "type" and k not in _OWN_OPTIONS}
    # News about an event looks back from the report's date.
    options, errors = _own_options(value, "back")
    with _with(
        **options,
        zone=None,
        zone_failed=False,
        reference=None,
        reference_failed=False,
        pending=(body.get("place"), body.get("sources")),
    ):
        event = _structure_with(cls, body, errors)
    _CONTEXT.get().register(event)
    return event  # type: ignore[no-any-return]


def _event_to(event: Event) -> Any:
    return _ref_or_full(event, lambda e: {"type": e.event_type, **_full(e)})


def _advisory_from(value: object, _type: type) -> Advisory:
    if isinstance(value, str):
        return _reference((Advisory,), "advisory")(value)  # type: ignore[no-any-return]
    if not isinstance(value, Mapping):
        raise _HookError("expected an advisory object or its id", value)
    body = {k: v for k, v in value.items() if k not in _OWN_OPTIONS}
    options, errors = _own_options(value, "forward")
    hints = {
        **_zone_hint(body.get("region"), Place),
        **_reference_hint(body.get("sources")),
        "pending": None,
    }
    # The issue date is news (it looks back from the report); everything else
    # in a notice looks forward from the day it was issued.
    issued = body.get("issued")
    if isinstance(issued, str):
        with _with(**{**options, "looking": "back"}, **hints), contextlib.suppress(Exception):
            issued_span = _span_from(issued, Span)
            body["issued"] = issued_span
            hints.update(reference=issued_span, reference_failed=False)
    elif isinstance(issued, Mapping):
        with contextlib.suppress(Exception):
            hints.update(reference=_span_from(issued, Span), reference_failed=False)
    with _with(**options, **hints):
        advisory = _structure_with(Advisory, body, errors)
    _CONTEXT.get().register(advisory)
    return advisory  # type: ignore[no-any-return]


def _with_unit(
    cls: type, metric_of: Callable[[Mapping[str, Any]], Metric | None]
) -> Callable[[object, type], Any]:
    def structure(value: object, _type: type) -> Any:
        if type(value) is not dict and not isinstance(value, Mapping):
            raise _HookError(f"expected a {cls.__name__} object", value)
        try:
            metric = metric_of(value)
        except Exception:  # the field's own structuring reports it
            metric = None
        unit = _unit_hint(metric) if metric is not None else _NO_METRIC
        ctx = _CONTEXT.get()
        outer, ctx.unit = ctx.unit, unit  # put back below: no context manager on this path
        try:
            if cls is Record and "value" not in value and value.get("claims"):
                value = {**value, "value": _value_from_claims(value)}
            return _STRUCTURE_FNS.get()[cls](value, cls)
        finally:
            ctx.unit = outer

    return structure


def _value_from_claims(value: Mapping[str, Any]) -> Figure:
    """A record's value left to its claims: their reconciliation, as
    ``Record.from_claims`` makes it (counts taken before the end of ``set_on``
    are lower bounds)."""
    claims = _CONVERTER_OF.get().structure(value["claims"], tuple[Claim, ...])
    try:
        closes = _span_from(value.get("set_on"), Span).end
    except Exception:  # the set_on field reports its own problem
        closes = None
    return reconcile(claims, closes=closes).figure


def _unit_hint(metric: Metric) -> str | None:
    # A metric counted in money takes any one currency: the text must name it.
    return None if metric.unit == _MONEY else metric.unit


_MONEY = getattr(metrics_module, "MONEY", None)


_RESOLUTION: Any = getattr(records_module, "Resolution", None)


def _resolution_from(value: object, _type: type) -> Any:
    """A category's resolution: a number in the metric's unit, text such as
    ``"0.01 s"``, or ``{"value": 0.01, "unit": "second"}``."""
    if isinstance(value, _RESOLUTION):
        return value
    unit = _CONTEXT.get().unit
    if isinstance(value, Mapping):
        extra = set(value) - {"value", "unit"}
        if extra or "value" not in value:
            raise _HookError("expected a resolution such as 0.01, '0.01 s' or {value, unit}", value)
        unit = value.get("unit", unit)
        value = value["value"]
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise _HookError("expected a resolution such as 0.01, '0.01 s' or {value, unit}", value)
    try:
        return _RESOLUTION.of(value, None if isinstance(value, str) else unit)
    except ValidationError as err:
        raise _HookError(f"expected {err.expected}", value) from None


def _resolution_to(resolution: Any) -> dict[str, Any]:
    return {"value": resolution.value, "unit": resolution.unit}


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

_REFERABLE: tuple[type, ...] = (Source, Place, Person, Party, Organization)
_GENERATED: tuple[type, ...] = (
    *_REFERABLE,
    Role,
    Claim,
    RecordCategory,
    Record,
    Advisory,
    Metric,
    Inequality,
    *EVENT_CLASSES.values(),
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


def _is_plain_optional(t: Any) -> bool:
    args = typing.get_args(t)
    return (
        typing.get_origin(t) in (typing.Union, types.UnionType)
        and len(args) == 2
        and type(None) in args
    )


def _optional_hook(t: Any, conv: cattrs.Converter) -> Callable[[object, Any], Any]:
    # cattrs looks the inner hook up on every call; this looks it up once.
    (inner,) = (a for a in typing.get_args(t) if a is not type(None))
    handler = conv.get_structure_hook(inner)

    def structure(value: object, _type: Any) -> Any:
        return None if value is None else handler(value, inner)

    return structure


def _is_event_class(t: Any) -> bool:
    return isinstance(t, type) and issubclass(t, Event)


_MISSING_DEFAULT = attrs.NOTHING


def _collecting(cls: type, conv: cattrs.Converter) -> Callable[[Any, type], Any]:
    """A structure function that reports every problem of an object at once.

    Each field is structured on its own; then the object's own checks (the
    attrs validators, after any converter) run on every field that was read,
    even when another field failed. Only an object whose fields all pass is
    built, so that checks across fields (in ``__attrs_post_init__``) run
    last and only then.
    """
    fields = [f for f in attrs.fields(attrs.resolve_types(cls)) if f.init]
    known = {f.alias or f.name for f in fields}
    placeholder: object = object.__new__(cls)  # validators only read the class name from it

    def structure(value: Any, _type: type) -> Any:
        if not isinstance(value, Mapping):
            raise _HookError(f"expected {_a(cls.__name__)} object, got {kind_of(value)}", value)
        errors: list[Exception] = []
        kwargs: dict[str, Any] = {}
        for field in fields:
            key = field.alias or field.name
            if key not in value:
                if field.default is _MISSING_DEFAULT:
                    missing = _HookError(f"missing required key {key!r}", None)
                    missing.add_note(AttributeValidationNote(f"Missing {key}", key, field.type))
                    errors.append(missing)
                continue
            try:
                kwargs[key] = conv.structure(value[key], field.type)
            except Exception as exc:
                exc.add_note(AttributeValidationNote(f"Structuring {key}", key, field.type))
                errors.append(exc)
        extra = {str(k) for k in value} - known
        if extra:
            errors.append(ForbiddenExtraKeysError("", cls, extra))
        read_all = not errors
        checked: dict[str, Any] = {}
        for field in fields:
            key = field.alias or field.name
            if key not in kwargs:
                continue
            try:
                item = kwargs[key]
                if callable(field.converter):
                    item = field.converter(item)
                if field.validator is not None:
                    field.validator(placeholder, field, item)
                checked[field.name] = item
            except ValidationError as exc:
                errors.append(exc)
                checked[field.name] = item
            except Exception:  # a check that needs the whole object: it runs below
                read_all = False
        if errors and read_all:
            reported = {e.field for e in errors if isinstance(e, ValidationError)}
            errors.extend(
                e for e in _checks_across_fields(cls, fields, checked) if e.field not in reported
            )
        if errors:
            raise ClassValidationError(f"While structuring {cls.__name__}", errors, cls)
        return cls(**kwargs)

    return structure


def _checks_across_fields(
    cls: type, fields: list[attrs.Attribute[Any]], values: dict[str, Any]
) -> list[ValidationError]:
    """The object's checks across fields (``__attrs_post_init__``), when every
    field was read but one failed its own check: built without the field
    checks, so that a mismatch elsewhere is reported in the same pass."""
    post_init = getattr(cls, "__attrs_post_init__", None)
    if post_init is None:
        return []
    draft: Any = object.__new__(cls)
    try:
        for field in fields:
            if field.name in values:
                item = values[field.name]
            elif isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
                factory: Any = field.default
                item = factory.factory(draft) if factory.takes_self else factory.factory()
            else:
                item = field.default
            object.__setattr__(draft, field.name, item)
        post_init(draft)
    except ValidationError as exc:
        return [exc]
    except Exception:  # it relied on a field that failed its own check
        return []
    return []


def _a(noun: str) -> str:
    return f"an {noun}" if noun[:1].lower() in "aeiou" else f"a {noun}"


def _make_converter(
    detailed: bool,
) -> tuple[cattrs.Converter, dict[type, Callable[[Any, type], Any]]]:
    conv = cattrs.Converter(detailed_validation=detailed, forbid_extra_keys=True)
    conv.register_structure_hook(str, _strict(str, "a string"))
    conv.register_structure_hook(bool, _strict(bool, "true or false"))
    conv.register_structure_hook(float, _strict(float, "a number"))
    conv.register_structure_hook(int, _strict(int, "a whole number"))
    # Every enum (ranks, directions, record statuses, metric kinds, …) by its value.
    conv.register_structure_hook_factory(_is_enum, _enum_hook)
    conv.register_structure_hook_factory(_is_tuple, lambda t: _strict_tuple(t, conv))
    conv.register_structure_hook_factory(_is_plain_optional, lambda t: _optional_hook(t, conv))
    conv.register_structure_hook(Figure, _figure_from)
    conv.register_structure_hook(Span, _span_from)
    conv.register_structure_hook(Metric, _metric_from)
    if _RESOLUTION is not None:
        conv.register_structure_hook(_RESOLUTION, _resolution_from)
    conv.register_structure_hook_func(_is_union_of(Person, Party, Organization), _actor_from)
    conv.register_structure_hook_func(_is_union_of(Party, Organization), _actor_from)
    for members in ((str, Person, Party, Organization), (str, Organization)):
        conv.register_structure_hook_func(_is_union_of(*members), _name_or_actor_from)
    conv.register_structure_hook_func(_is_event_class, _event_from)

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
    for inline_cls in (Role, RecordCategory, Inequality):
        conv.register_structure_hook(inline_cls, functools.partial(_generated, fns))
    for cls in _GENERATED:
        fns[cls] = (
            _collecting(cls, conv)
            if detailed
            else make_dict_structure_fn(cls, conv, _cattrs_forbid_extra_keys=True)
        )
    return conv, fns


def _make_unstructurer() -> cattrs.Converter:
    conv = cattrs.Converter()
    conv.register_unstructure_hook(Figure, _figure_to)
    conv.register_unstructure_hook(Span, _span_to)
    conv.register_unstructure_hook(Metric, lambda m: m.key)
    if _RESOLUTION is not None:
        conv.register_unstructure_hook(_RESOLUTION, _resolution_to)
    conv.register_unstructure_hook_func(_is_event_class, _event_to)
    conv.register_unstructure_hook_func(_is_union_of(Person, Party, Organization), _actor_to)
    conv.register_unstructure_hook_func(_is_union_of(Party, Organization), _actor_to)
    for members in ((str, Person, Party, Organization), (str, Organization)):
        conv.register_unstructure_hook_func(_is_union_of(*members), _name_or_actor_to)
    for ref_cls in (*_REFERABLE, Advisory):
        conv.register_unstructure_hook(ref_cls, lambda obj: _ref_or_full(obj, _full))
    for inline_cls in (Role, Claim, RecordCategory, Record, Inequality):
        conv.register_unstructure_hook(inline_cls, _full)
    for cls in _GENERATED:
        _FULL_FNS[cls] = make_dict_unstructure_fn(cls, conv, _cattrs_omit_if_default=True)
    return conv


_FAST, _FAST_FNS = _make_converter(detailed=False)
_DETAILED, _DETAILED_FNS = _make_converter(detailed=True)
_FIGURE_FIELDS = [f for f in attrs.fields(attrs.resolve_types(Figure)) if f.init]
#: Each explicit figure key: its hook and type in the fast converter.
_FIGURE_HOOKS: dict[str, tuple[Callable[[Any, Any], Any], Any]] = {
    (f.alias or f.name): (_FAST.get_structure_hook(f.type), f.type) for f in _FIGURE_FIELDS
}
_FIGURE_REQUIRED = tuple((f.alias or f.name) for f in _FIGURE_FIELDS if f.default is attrs.NOTHING)
_FIGURE_KINDS: dict[str, object] = {
    (f.alias or f.name): (
        _NUMBER
        if f.type == (float | None)
        else _TEXT
        if f.type == (str | None)
        else f.type
        if f.type in (bool, str)
        else _ANY
    )
    for f in _FIGURE_FIELDS
}
_DETAILED_FNS[Figure] = _collecting(Figure, _DETAILED)
_UNSTRUCTURE = _make_unstructurer()


# --- the hand-written fast path ---------------------------------------------------------
#
# The first reading of a document (``read(..., detailed=False)``) builds the
# common shapes by hand: places, sources and actors with their fields as plain
# values, events of every type, claims, explicit figures and spans, and every
# reference to a listed object given by its id. cattrs' hooks cost about as much
# as the objects themselves, going field by field through generated functions.
#
# The hand-written path builds exactly what the converter builds: the same
# constructors run with the same values, so every check the domain classes make
# still runs. It is never more lenient: a value it is not sure of (a type other
# than exactly the expected one, an unknown key, a missing key, an inline
# object, a date or figure as text, an event's own ``direction`` or ``lang``)
# makes it give the item up, with no trace left in the context, and the fast
# converter reads that item instead — which stops at the first problem, after
# which io reads the whole document again with every problem reported.


class _Unhandled(Exception):  # noqa: N818 - a signal to fall back, not an error
    """An item the hand-written path does not build: the converter reads it."""


#: How a field is read by hand: exactly a string, a string or null, or a
#: function ``(value, context) -> field value`` that raises on anything else.
_STR_KIND, _OPTIONAL_STR_KIND = object(), object()
_FieldReader = Callable[[Any, _Context], Any]
_Plan = dict[str, Any]


def _by_hand_span(value: Any, _ctx: _Context | None = None) -> Span:
    """An explicit span, checked as :func:`_span_from` checks it."""
    if type(value) is not dict or not value.keys() <= _SPAN_KEYS:
        raise _Unhandled("span")
    exact = value.get("exact", True)
    precision = value.get("precision")
    if type(exact) is not bool or (precision is not None and type(precision) is not str):
        raise _Unhandled("span")
    return Span(
        start=_datetime(value["start"]),
        end=_datetime(value["end"]),
        exact=exact,
        precision=None if precision is None else Precision[precision.upper()],
        text=value.get("text"),
    )


_SPAN_KEYS = frozenset(("start", "end", "exact", "precision", "text"))


def _by_hand_optional_span(value: Any, ctx: _Context) -> Span | None:
    return None if value is None else _by_hand_span(value, ctx)


def _by_hand_figure(value: Any, unit: str | None) -> Figure:
    """An explicit figure, checked as :func:`_figure_from` checks it (with
    :func:`_figure_fields` written out for the figure's own keys)."""
    if type(value) is not dict:
        raise _Unhandled("figure")  # figure text: read by the converter
    if not _FIGURE_BY_HAND or not value.keys() <= _FIGURE_BY_HAND:
        kwargs = _figure_defaults(_figure_fields(value), unit)
        for key in _FIGURE_REQUIRED:
            if key not in kwargs:
                raise _Unhandled(key)
        qualifier = kwargs.get("qualifier")
    else:
        kwargs = value.copy()
        get = kwargs.get
        # A number or null; a whole number is a float (True is not 1).
        low, high, nominal = get("low"), get("high"), get("nominal")
        if type(low) is not float and low is not None:
            kwargs["low"] = _by_hand_bound(low)
        if type(high) is not float and high is not None:
            kwargs["high"] = _by_hand_bound(high)
        if type(nominal) is not float and nominal is not None:
            kwargs["nominal"] = _by_hand_bound(nominal)
        text, policy = get("text"), get("policy")
        if (
            type(get("low_inclusive", True)) is not bool
            or type(get("high_inclusive", True)) is not bool
            or type(get("unit", "")) is not str
            or type(get("lang", "")) is not str
            or (text is not None and type(text) is not str)
            or (policy is not None and type(policy) is not str)
        ):
            raise _Unhandled("figure")
        qualifier = get("qualifier", _ABSENT)
        if qualifier is _ABSENT:
            qualifier = None
        else:
            qualifier = _QUALIFIERS.get(qualifier) if type(qualifier) is str else None
            if qualifier is None:
                raise _Unhandled("qualifier")
            kwargs["qualifier"] = qualifier
        if "unit" not in kwargs:
            if unit is None:
                raise _Unhandled("unit")
            kwargs["unit"] = unit
        # A bound left out is unbounded on that side (TOML has no null).
        if "low" not in kwargs:
            kwargs["low"] = None
            kwargs.setdefault("low_inclusive", False)
        if "high" not in kwargs:
            kwargs["high"] = None
            kwargs.setdefault("high_inclusive", False)
    _figure_sense(kwargs["low"], kwargs["high"], kwargs.get("nominal"), qualifier)
    return Figure(**kwargs)


def _by_hand_bound(value: object) -> float:
    if type(value) is not int:
        raise _Unhandled("number")
    return float(value)


_ABSENT = object()


#: The explicit figure's keys checked inline above, with the types they are
#: checked for; should Figure's fields change, figures go through _figure_fields.
_FIGURE_SHAPE: dict[str, Any] = {
    "low": float | None,
    "high": float | None,
    "low_inclusive": bool,
    "high_inclusive": bool,
    "unit": str,
    "qualifier": Qualifier,
    "nominal": float | None,
    "text": str | None,
    "policy": str | None,
    "lang": str,
}
_FIGURE_BY_HAND: frozenset[str] = (
    frozenset(_FIGURE_SHAPE)
    if all(_FIGURE_HOOKS.get(key, (None, None))[1] == t for key, t in _FIGURE_SHAPE.items())
    else frozenset()
)
_QUALIFIERS: dict[str, Qualifier] = {q.value: q for q in Qualifier if type(q.value) is str}


def _by_hand_claim(value: Any, ctx: _Context) -> Claim:
    if type(value) is not dict:
        raise _Unhandled("claim")
    key = value.get("metric")
    hint = ctx.metric_hints.get(key) if type(key) is str else None
    if hint is None:
        metric = _metric_from(key, Metric)
        hint = (metric, _unit_hint(metric))
        if type(key) is str:
            ctx.metric_hints[key] = hint
    if value.keys() <= _CLAIM_COMMON:  # a quoted figure from a listed source: inline
        kwargs = value.copy()
        source = kwargs.get("source")
        if source is not None:
            kwargs["source"] = source = ctx.refs.get(source) if type(source) is str else None
            if type(source) is not Source:
                raise _Unhandled("source")
        quote = kwargs.get("quote")
        if quote is not None and type(quote) is not str:
            raise _Unhandled("quote")
    else:
        kwargs = {}
        for name, item in value.items():
            how = _CLAIM_PLAN.get(name)
            if how is _OPTIONAL_STR_KIND:
                if item is not None and type(item) is not str:
                    raise _Unhandled(name)
            elif how is not None and how is not _STR_KIND:
                item = how(item, ctx)
            elif name not in ("metric", "figure"):
                raise _Unhandled(name)  # not a field of a claim
            kwargs[name] = item
    kwargs["metric"] = hint[0]
    kwargs["figure"] = _by_hand_figure(value["figure"], hint[1])
    return Claim(**kwargs)


#: A claim's usual keys, read inline by :func:`_by_hand_claim`.
_CLAIM_COMMON = frozenset(("metric", "figure", "source", "quote"))


def _by_hand_claims(value: Any, ctx: _Context) -> tuple[Claim, ...]:
    if type(value) is not list:
        raise _Unhandled("claims")
    return tuple([_by_hand_claim(item, ctx) for item in value])


def _by_hand_reference(kinds: tuple[type, ...], optional: bool) -> _FieldReader:
    """A listed object given by its id (an inline object is the converter's)."""

    def read(value: Any, ctx: _Context) -> Any:
        if type(value) is str:
            found = ctx.refs.get(value)  # _FAILED and None are neither kind
            if isinstance(found, kinds):
                return found
        elif value is None and optional:
            return None
        raise _Unhandled("reference")

    return read


def _by_hand_references(kinds: tuple[type, ...]) -> _FieldReader:
    def read(value: Any, ctx: _Context) -> tuple[Any, ...]:
        if type(value) is not list:
            raise _Unhandled("references")
        refs = ctx.refs
        found = []
        for ident in value:
            item = refs.get(ident) if type(ident) is str else None
            if not isinstance(item, kinds):
                raise _Unhandled("reference")
            found.append(item)
        return tuple(found)

    return read


def _by_hand_name(optional: bool) -> _FieldReader:
    """A name as text, as :func:`_name_or_actor_from` reads it (an actor is the converter's)."""

    def read(value: Any, ctx: _Context) -> Any:
        if type(value) is str and value.strip():
            return value
        if value is None and optional:
            return None
        raise _Unhandled("name")

    return read


def _by_hand_names(value: Any, ctx: _Context) -> tuple[str, ...]:
    if type(value) is not list or any(type(item) is not str for item in value):
        raise _Unhandled("names")
    return tuple(value)


def _by_hand_network_names(value: Any, ctx: _Context) -> tuple[str, ...]:
    """Names as :func:`_name_or_actor_from` reads each (an organization is the converter's)."""
    if type(value) is not list or any(type(item) is not str or not item.strip() for item in value):
        raise _Unhandled("names")
    return tuple(value)


def _by_hand_exactly(kind: type) -> _FieldReader:
    """True or false, a whole number: exactly that type (True is not 1)."""

    def read(value: Any, ctx: _Context) -> Any:
        if type(value) is not kind:
            raise _Unhandled(kind.__name__)
        return value

    return read


def _by_hand_number(value: Any, ctx: _Context) -> float:
    if type(value) is float:
        return value
    if type(value) is int:
        return float(value)
    raise _Unhandled("number")


def _by_hand_enum(enum_type: Any) -> _FieldReader:
    hook = _enum_hook(enum_type)

    def read(value: Any, ctx: _Context) -> Any:
        return hook(value, enum_type)

    return read


_ACTORS = (Person, Party, Organization)


def _by_hand_reader(type_: Any) -> Any:
    """How a field of this type is read by hand, or None when only the converter reads it."""
    args = set(typing.get_args(type_))
    is_union = typing.get_origin(type_) in (typing.Union, types.UnionType)
    optional = is_union and type(None) in args
    members = args - {type(None)} if is_union else {type_}
    reader: Any = None
    if members == {str}:
        reader = _OPTIONAL_STR_KIND if optional else _STR_KIND
    elif members == {Span}:
        reader = _by_hand_optional_span if optional else _by_hand_span
    elif len(members) == 1 and next(iter(members)) in _REFERABLE:
        reader = _by_hand_reference(tuple(members), optional)
    elif members == set(_ACTORS):
        reader = _by_hand_reference(_ACTORS, optional)
    elif members == {*_ACTORS, str}:
        reader = _by_hand_name(optional)
    elif optional:
        reader = None  # other optional types (a metric, an event, …): the converter's
    elif type_ in (bool, int):
        reader = _by_hand_exactly(type_)
    elif type_ is float:
        reader = _by_hand_number
    elif _is_enum(type_):
        reader = _by_hand_enum(type_)
    elif _is_tuple(type_):
        item = typing.get_args(type_)[0]
        if item is str:
            reader = _by_hand_names
        elif item is Claim:
            reader = _by_hand_claims
        elif set(typing.get_args(item)) == {str, Organization}:
            reader = _by_hand_network_names
        elif item in _REFERABLE:
            reader = _by_hand_references((item,))
    return reader


def _by_hand_plan(cls: type) -> tuple[_Plan, tuple[str, ...]]:
    """Each key of ``cls`` that is read by hand with its reader, and the required keys."""
    fields = [f for f in attrs.fields(attrs.resolve_types(cls)) if f.init]
    plan = {(f.alias or f.name): _by_hand_reader(f.type) for f in fields}
    required = tuple((f.alias or f.name) for f in fields if f.default is attrs.NOTHING)
    return {key: how for key, how in plan.items() if how is not None}, required


def _by_hand_fields(
    value: dict[str, Any], plan: _Plan, ctx: _Context, *skip: str
) -> dict[str, Any]:
    """The fields of ``value`` by ``plan``, all of them; the keys in ``skip`` are the caller's."""
    kwargs: dict[str, Any] = {}
    for key, item in value.items():
        how = plan.get(key)
        if how is _STR_KIND:
            if type(item) is not str:
                raise _Unhandled(key)
        elif how is _OPTIONAL_STR_KIND:
            if item is not None and type(item) is not str:
                raise _Unhandled(key)
        elif how is not None:
            item = how(item, ctx)
        elif key in skip:
            continue
        else:  # an unknown key, or a field only the converter reads
            raise _Unhandled(key)
        kwargs[key] = item
    return kwargs


def _by_hand_object(cls: type) -> Callable[[Any, _Context], Any]:
    plan, required = _by_hand_plan(cls)

    def build(value: Any, ctx: _Context) -> Any:
        if type(value) is not dict:
            raise _Unhandled(cls.__name__)
        kwargs = _by_hand_fields(value, plan, ctx)
        for key in required:
            if key not in kwargs:
                raise _Unhandled(key)
        return cls(**kwargs)

    return build


_CLAIM_PLAN, _ = _by_hand_plan(Claim)
#: Each event class by its ``"type"``: its plan and required keys.
_EVENT_PLANS: dict[str, tuple[type, _Plan, tuple[str, ...]]] = {
    kind: (cls, *_by_hand_plan(cls)) for kind, cls in EVENT_CLASSES.items()
}


def _by_hand_event(value: Any, ctx: _Context) -> Event:
    if type(value) is not dict:
        raise _Unhandled("event")
    kind = value.get("type")
    found = _EVENT_PLANS.get(kind) if type(kind) is str else None
    if found is None:
        raise _Unhandled("type")
    cls, plan, required = found
    # An event's own "direction" or "lang" are not in its plan: the converter's.
    kwargs = _by_hand_fields(value, plan, ctx, "type")
    for key in required:
        if key not in kwargs:
            raise _Unhandled(key)
    event: Event = cls(**kwargs)
    return event


#: The lists built by hand on the first reading, and how each item is.
_BY_HAND: dict[str, Callable[[Any, _Context], Any]] = {
    "sources": _by_hand_object(Source),
    "places": _by_hand_object(Place),
    "parties": _by_hand_object(Party),
    "organizations": _by_hand_object(Organization),
    "people": _by_hand_object(Person),
    "events": _by_hand_event,
}


#: Readings under way with the cyclic garbage collector paused, and whether it
#: was on before the first of them (see :func:`_collector_paused`).
_PAUSE_LOCK = threading.Lock()
_PAUSES: list[Any] = [0, False]


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while the fast path reads.

    A reading allocates a few objects per figure, claim and span and frees
    none of them, while the parsed document (many more objects) is alive:
    each full collection on the way walks all of it, for nothing — a reading
    makes no reference cycles. At 20,000 events this was a sixth of the load.
    Collection resumes on the way out, also after an error; readings in
    several threads at once resume it when the last one ends, and a
    collector that was off before stays off.
    """
    with _PAUSE_LOCK:
        if _PAUSES[0] == 0:
            _PAUSES[1] = gc.isenabled()
            gc.disable()
        _PAUSES[0] += 1
    try:
        yield
    finally:
        with _PAUSE_LOCK:
            _PAUSES[0] -= 1
            if _PAUSES[0] == 0 and _PAUSES[1]:
                gc.enable()


# --- reading ----------------------------------------------------------------------------


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
            shown = _shortened(key)
            yield Problem(f"{path}.{shown}", f"unknown key {shown!r} (known keys: {known})", key)
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
        # Never a Python exception's text: it would mean nothing to the file's author.
        yield Problem(path, "could not be read: this value is not one polevents understands", None)


#: The longest chain of references a document may hold (a place's parents, an
#: advisory's ``supersedes``): deeper chains are refused, not followed (and
#: comparing or hashing such objects stays far from Python's recursion limit).
MAX_CHAIN: int = getattr(places_module, "MAX_DEPTH", 64)


def _shortened(key: str, most: int = 60) -> str:
    """A key as shown in a message: keys are not held to the text limit."""
    return key if len(key) <= most else key[: most - 1] + "…"


def _order(items: list[Any], key: str) -> tuple[list[int], dict[int, str]]:
    """Indices so that an item comes after the item its ``key`` names (parents
    first), and the problem of each item in a cycle or in a too-long chain.

    Iterative, so that a chain thousands deep cannot exhaust the stack.
    """
    if all(type(item) is dict and key not in item for item in items):
        return list(range(len(items))), {}  # nothing refers along ``key``: the file's order
    ids: dict[str, int] = {}
    for i, item in enumerate(items):
        ident = item.get("id") if isinstance(item, Mapping) else None
        if isinstance(ident, str):
            ids.setdefault(ident, i)

    def target(i: int) -> int | None:
        item = items[i]
        named = item.get(key) if isinstance(item, Mapping) else None
        return ids.get(named) if isinstance(named, str) else None

    done: list[int] = []
    placed: set[int] = set()
    trouble: dict[int, str] = {}
    for first in range(len(items)):
        trail: list[int] = []
        on_trail: set[int] = set()
        step: int | None = first
        while step is not None and step not in placed and step not in on_trail:
            trail.append(step)
            on_trail.add(step)
            step = target(step)
        if step is not None and step in on_trail:  # a cycle: from step round to step
            cycle = trail[trail.index(step) :]
            names = [str(items[j].get("id")) for j in cycle]
            words = " → ".join([*names, names[0]])
            for j in cycle:
                trouble[j] = f"a cycle of {_CHAIN_WORDS[key]}: {words}"
        for j in reversed(trail):
            placed.add(j)
            done.append(j)
    # Chain depth, parents first: an item's depth is one more than its target's.
    depth: dict[int, int] = {}
    cycles = set(trouble)
    for i in done:
        t = target(i)
        depth[i] = 0 if t is None or i in cycles or t in cycles else depth.get(t, 0) + 1
        # Only where the chain first goes too deep: the rest follow from it.
        if depth[i] == MAX_CHAIN + 1:
            words = _CHAIN_WORDS[key]
            trouble[i] = f"a chain of more than {MAX_CHAIN} {words}; the limit is {MAX_CHAIN}"
    return done, trouble


_CHAIN_WORDS = {"parent": "parents", "supersedes": "advisories superseding each other"}


def _options(document: Mapping[str, Any], ctx: _Context) -> list[Problem]:
    problems = []
    tz = document.get("tz")
    if tz is not None:
        try:
            if not isinstance(tz, str):  # get_zone also takes a tzinfo; a file holds names
                raise ValidationError("tz", tz, "an IANA time-zone name such as 'Asia/Karachi'")
            ctx.tz = get_zone(tz, field="tz")
        except ValidationError as err:
            problems.append(Problem("tz", f"expected {err.expected}", tz))
            ctx.tz_failed = True
    dayfirst = document.get("dayfirst", False)
    if not isinstance(dayfirst, bool):
        problems.append(Problem("dayfirst", "expected true or false", dayfirst))
    else:
        ctx.dayfirst = dayfirst
    direction = document.get("direction")
    if direction is not None and direction not in DIRECTIONS:
        problems.append(
            Problem("direction", f"expected one of {', '.join(map(repr, DIRECTIONS))}", direction)
        )
    elif direction is not None:
        # Every text date in the document then looks this way (records' too),
        # unless an event or advisory sets its own.
        ctx.direction = ctx.looking = direction
    lang = document.get("lang")
    if lang is not None:
        try:
            ctx.lang = _check_lang(lang)
        except _HookError as err:
            problems.append(Problem("lang", err.message, lang))
    return problems


def _structure(name: str, value: Any, converter: cattrs.Converter, ctx: _Context) -> Any:
    if name == "metrics":
        metric = _STRUCTURE_FNS.get()[Metric](value, Metric) if isinstance(value, Mapping) else None
        if metric is None:
            raise _HookError("expected a metric object with 'key', 'label' and 'unit'", value)
        try:
            return ctx.registry.declare(metric)
        except ValidationError as err:
            raise _HookError(f"expected {err.expected}", metric.key) from None
    obj: Any = converter.structure(value, _TYPE_OF[name])
    if name == "inequalities":
        try:
            ctx.registry.declare_inequality(obj.smaller, obj.larger)
        except ValidationError as err:  # pragma: no cover - Inequality validates itself
            raise _HookError(f"expected {err.expected}", value) from None
    return obj


def read(
    document: object, *, detailed: bool = True, by_hand: bool = True
) -> tuple[dict[str, tuple[Any, ...]], list[Problem]]:
    """The dataset's lists from a plain document, and every problem found.

    With ``detailed=False`` the first problem raises instead (the fast path
    for documents that are almost always right), and the common shapes are
    built by hand (``by_hand=False`` leaves every item to the converter: the
    two build the same objects and refuse the same documents).
    """
    empty: dict[str, tuple[Any, ...]] = {}
    if not isinstance(document, Mapping):
        return empty, [Problem("", "expected a document object with 'polevents': 1", document)]
    version = document.get("polevents")
    if type(version) is not int or version not in SUPPORTED_VERSIONS:  # not 1.0, not true
        message = f"unknown document version; this library understands {SUPPORTED_VERSIONS}"
        return empty, [Problem("polevents", message, version)]
    problems: list[Problem] = []
    known = ", ".join(("polevents", *LISTS, *OPTIONS))
    for key in document:
        if key not in (*LISTS, *OPTIONS, "polevents"):
            shown = _shortened(str(key))
            message = f"unknown key {shown!r} (known keys: {known})"
            problems.append(Problem(shown, message, key))
    ctx = _Context()
    problems.extend(_options(document, ctx))
    converter, fns = (_DETAILED, _DETAILED_FNS) if detailed else (_FAST, _FAST_FNS)
    hand = {} if detailed or not by_hand else _BY_HAND
    if hand:
        with _collector_paused():
            return _read_lists(document, problems, ctx, detailed, converter, fns, hand)
    return _read_lists(document, problems, ctx, detailed, converter, fns, hand)


def _read_lists(
    document: Mapping[str, Any],
    problems: list[Problem],
    ctx: _Context,
    detailed: bool,
    converter: cattrs.Converter,
    fns: dict[type, Callable[[Any, type], Any]],
    hand: dict[str, Callable[[Any, _Context], Any]],
) -> tuple[dict[str, tuple[Any, ...]], list[Problem]]:
    empty: dict[str, tuple[Any, ...]] = {}
    tokens = (_CONTEXT.set(ctx), _STRUCTURE_FNS.set(fns), _CONVERTER_OF.set(converter))
    lists: dict[str, tuple[Any, ...]] = {}
    try:
        for name in LISTS:
            items = document.get(name, [])
            if not isinstance(items, list):
                problems.append(Problem(name, "expected a list", items))
                continue
            key = "parent" if name == "places" else "supersedes"
            order, trouble = _order(items, key)
            if trouble and not detailed:
                raise _HookError(next(iter(trouble.values())), None)
            for i in trouble:
                # Reported once, here; what refers to it fails quietly.
                problems.append(Problem(f"{name}[{i}].{key}", trouble[i], items[i].get(key)))
                ctx.refs.setdefault(str(items[i].get("id")), _FAILED)
            structured: dict[int, Any] = {}
            build = hand.get(name)
            for i in order:
                if i in trouble and not trouble[i].startswith("a cycle"):
                    continue  # too deep to build; its chain is the problem
                try:
                    obj = None
                    if build is not None:
                        try:
                            obj = build(items[i], ctx)
                        except Exception:  # any doubt: the converter reads it (see _Unhandled)
                            obj = None
                    if obj is None:
                        obj = _structure(name, items[i], converter, ctx)
                    if i in trouble:  # its other problems are reported; it is not kept
                        ctx.refs[str(items[i].get("id"))] = _FAILED
                        continue
                    ctx.register(obj)
                    structured[i] = obj
                except Exception as exc:
                    if not detailed:
                        raise
                    problems.extend(_problems(exc, f"{name}[{i}]"))
                    ident = items[i].get("id") if isinstance(items[i], Mapping) else None
                    if isinstance(ident, str):
                        ctx.refs.setdefault(ident, _FAILED)
            lists[name] = tuple(structured[i] for i in sorted(structured))
    finally:
        _CONTEXT.reset(tokens[0])
        _STRUCTURE_FNS.reset(tokens[1])
        _CONVERTER_OF.reset(tokens[2])
    return (empty, problems) if problems else (lists, [])


# --- writing ----------------------------------------------------------------------------


def write(dataset: Any) -> dict[str, Any]:
    """The plain document for a dataset (anything with the :data:`LISTS` as attributes).

    An object with an id that is in one of the lists is written once, there,
    and by its id everywhere else.
    """
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
