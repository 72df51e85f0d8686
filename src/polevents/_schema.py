"""The JSON Schema of a data file, generated from the domain classes.

Generated, not written by hand, so that a field added to a class appears in
the schema at once; the hand-written parts are the forms a file may use that
the classes do not show (text or objects for figures and spans, ids or
inline objects for references, the ``"type"`` of events and actors).

>>> schema = json_schema()
>>> schema["properties"]["polevents"]
{'const': 1}
>>> schema["$defs"]["Rally"]["properties"]["type"]
{'const': 'rally'}
"""

from __future__ import annotations

import copy
import enum
import functools
import operator
import typing
from typing import Any

import attrs

from polevents import records as records_module
from polevents._convert import DIRECTIONS, EVENT_CLASSES, FORMAT_VERSION, LISTS
from polevents.actors import Organization, Party, Person
from polevents.events import Advisory, Event
from polevents.figures import Figure, Qualifier
from polevents.metrics import Inequality, Metric
from polevents.places import Place
from polevents.records import Record
from polevents.sources import Source
from polevents.timeline import Precision, Span

__all__ = ["json_schema"]

_REFERABLE = (Source, Place, Person, Party, Organization, Advisory)

_ITEMS = {
    "metrics": "MetricDeclaration",
    "inequalities": "Inequality",
    "sources": "Source",
    "people": "Person",
    "parties": "Party",
    "organizations": "Organization",
    "places": "Place",
    "events": "Event",
    "advisories": "Advisory",
    "records": "Record",
}


def _ref_or_id(name: str) -> dict[str, Any]:
    return {
        "anyOf": [
            {"type": "string", "description": f"the id of a {name}"},
            {"$ref": f"#/$defs/{name}"},
        ]
    }


_ACTOR = {
    "anyOf": [
        {"type": "string", "description": "the id of a person, party or organization"},
        {"$ref": "#/$defs/Actor"},
    ]
}
_NAME_OR_ACTOR = {
    "anyOf": [
        {"type": "string", "description": "a name"},
        {
            "type": "object",
            "properties": {"ref": {"type": "string"}},
            "required": ["ref"],
            "additionalProperties": False,
            "description": "the id of a person, party or organization",
        },
        {"$ref": "#/$defs/Actor"},
    ]
}
_DIRECTION = {
    "enum": list(DIRECTIONS),
    "description": "the direction text dates without a year, or with a weekday, look in",
}
_LANG = {
    "type": "string",
    "description": "the language text figures and dates are written in ('en', 'es', …)",
}
_READING = {"direction": _DIRECTION, "lang": _LANG}

_FIGURE: dict[str, Any] = {
    "type": "object",
    "properties": {
        "low": {"type": "number"},
        "high": {"type": "number"},
        "low_inclusive": {"type": "boolean"},
        "high_inclusive": {"type": "boolean"},
        "unit": {"type": "string"},
        "qualifier": {"enum": [q.value for q in Qualifier]},
        "nominal": {"type": "number"},
        "step": {"type": "number"},
        "text": {"type": "string"},
        "policy": {"type": "string"},
    },
    "additionalProperties": False,
}

_SPAN = {
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


class _Builder:
    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}
        self.special: dict[Any, dict[str, Any]] = {
            str: {"type": "string"},
            bool: {"type": "boolean"},
            float: {"type": "number"},
            int: {"type": "integer"},
            Figure: {"anyOf": [{"type": "string"}, {"$ref": "#/$defs/Figure"}]},
            Span: {"anyOf": [{"type": "string"}, {"$ref": "#/$defs/Span"}]},
            # Built-in keys, or any key the document declares in "metrics".
            Metric: {
                "type": "string",
                "pattern": "^[a-z][a-z0-9_]*$",
                "examples": sorted(Metric.registry().metrics),
            },
            Precision: {"enum": [p.name.lower() for p in Precision]},
            Event: _ref_or_id("Event"),
        }
        resolution = getattr(records_module, "Resolution", None)
        if resolution is not None:
            self.special[resolution] = {
                "anyOf": [
                    {"type": "number", "description": "in the metric's unit"},
                    {"type": "string", "description": "a quantity such as '0.01 s'"},
                    {
                        "type": "object",
                        "properties": {"value": {"type": "number"}, "unit": {"type": "string"}},
                        "required": ["value"],
                        "additionalProperties": False,
                    },
                ]
            }

    def schema_of(self, t: Any) -> dict[str, Any]:
        if t in self.special:
            return self.special[t]
        origin, args = typing.get_origin(t), typing.get_args(t)
        if origin is tuple:
            return {"type": "array", "items": self.schema_of(args[0])}
        members = {a for a in args if a is not type(None)}
        inner: dict[str, Any]
        actors = {Person, Party, Organization}
        if args and members and members <= actors:
            inner = _ACTOR
        elif args and str in members and members - {str} and members - {str} <= actors:
            # a name or an actor; a plain optional string (str | None) is not this
            inner = _NAME_OR_ACTOR
        elif args and type(None) in args:
            rest = sorted(members, key=str)
            inner = self.schema_of(
                rest[0] if len(rest) == 1 else functools.reduce(operator.or_, rest)
            )
        else:
            inner = {}
        if args:
            return {"anyOf": [inner, {"type": "null"}]} if type(None) in args else inner
        if isinstance(t, type) and issubclass(t, enum.Enum):
            return {"enum": [m.value for m in t]}
        if isinstance(t, type) and issubclass(t, Event):
            return _ref_or_id("Event")
        if isinstance(t, type) and attrs.has(t):
            self.define(t)
            return _ref_or_id(t.__name__) if t in _REFERABLE else {"$ref": f"#/$defs/{t.__name__}"}
        return {}

    def define(
        self,
        cls: type,
        required_extra: dict[str, Any] | None = None,
        optional_extra: dict[str, Any] | None = None,
        name: str | None = None,
    ) -> None:
        key = name or cls.__name__
        if key in self.defs:
            return
        self.defs[key] = {}  # a placeholder, so that a class that refers to itself ends
        hints = typing.get_type_hints(cls)
        fields = [f for f in attrs.fields(cls) if f.init]
        props = {f.alias: self.schema_of(hints[f.name]) for f in fields}
        required = [f.alias for f in fields if f.default is attrs.NOTHING]
        self.defs[key] = {
            "type": "object",
            "properties": {**(required_extra or {}), **props, **(optional_extra or {})},
            "required": sorted([*required, *(required_extra or {})]),
            "additionalProperties": False,
        }


def _figure(builder: _Builder) -> dict[str, Any]:
    # The explicit form; fields a newer Figure has beyond it are added as they come.
    figure = copy.deepcopy(_FIGURE)
    properties: dict[str, Any] = figure["properties"]
    hints = typing.get_type_hints(Figure)
    for field in attrs.fields(Figure):
        if field.alias and field.alias not in properties:
            properties[field.alias] = builder.schema_of(hints[field.name])
    return figure


def _event_def(cls: type) -> str:
    # "Event" names the choice among all event types; the generic one is apart.
    return "GenericEvent" if cls is Event else cls.__name__


@functools.cache
def _schema() -> dict[str, Any]:
    builder = _Builder()
    for cls in (Source, Place, Person, Party, Organization, Record, Inequality):
        builder.define(cls)
    builder.define(Advisory, optional_extra=_READING)
    builder.define(Metric, name="MetricDeclaration")
    for kind, event_cls in EVENT_CLASSES.items():
        builder.define(
            event_cls,
            {"type": {"const": kind}},
            _READING,
            name=_event_def(event_cls),
        )
    defs = builder.defs
    defs["Event"] = {
        "oneOf": [{"$ref": f"#/$defs/{_event_def(c)}"} for c in EVENT_CLASSES.values()]
    }
    defs["Actor"] = {
        "oneOf": [
            {
                "allOf": [
                    {"$ref": f"#/$defs/{cls.__name__}Body"},
                    {"properties": {"type": {"const": kind}}, "required": ["type"]},
                ]
            }
            for kind, cls in (("person", Person), ("party", Party), ("organization", Organization))
        ]
    }
    for cls in (Person, Party, Organization):
        body = dict(defs[cls.__name__])
        body["properties"] = {"type": {"type": "string"}, **body["properties"]}
        defs[f"{cls.__name__}Body"] = body
    defs["Figure"] = _figure(builder)
    defs["Span"] = _SPAN
    assert set(_ITEMS) == set(LISTS)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "polevents dataset",
        "type": "object",
        "properties": {
            "polevents": {"const": FORMAT_VERSION},
            "tz": {"type": "string", "description": "IANA zone for dates written without one"},
            "dayfirst": {"type": "boolean"},
            "direction": _DIRECTION,
            "lang": _LANG,
            **{k: {"type": "array", "items": {"$ref": f"#/$defs/{_ITEMS[k]}"}} for k in LISTS},
        },
        "required": ["polevents"],
        "additionalProperties": False,
        "$defs": defs,
    }


def json_schema() -> dict[str, Any]:
    """A JSON Schema (draft 2020-12) for a data file, generated from the classes.

    Each call returns a fresh copy, free to change.
    """
    return copy.deepcopy(_schema())
