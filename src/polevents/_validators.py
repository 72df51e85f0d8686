"""attrs validators shared by the domain classes, and the checks of plain
function arguments.

Each raises :class:`~polevents.errors.ValidationError` naming the class and
field (``"Person.name"``) or the argument (``"claims[2]"``), the bad value
and what was expected — never a ``TypeError`` from deep inside. attrs' own
validators (``attrs.validators.instance_of``, ``deep_iterable``) raise
``TypeError`` and do not say which item of a tuple was wrong, so polevents
keeps its own here. :func:`typed` checks every field of a class against its
annotation, for the many small value classes (reasoning steps, verdicts).
"""

from __future__ import annotations

import enum
import functools
import importlib.resources
import math
import re
import sys
import types
import typing
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any, NoReturn, TypeVar

import attrs

from polevents.errors import ValidationError

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]


def _where(instance: object, attribute: attrs.Attribute[Any]) -> str:
    return f"{type(instance).__name__}.{attribute.name}"


def text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A non-empty string (not only white space)."""
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(_where(instance, attribute), value, "a non-empty string")


def optional_text(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        text(instance, attribute, value)


def instance_of(*types: type, optional: bool = False) -> Validator:
    """An instance of one of ``types`` (or None, if optional)."""
    names = " or ".join(t.__name__ for t in types) + (" or None" if optional else "")

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None and optional:
            return
        if not isinstance(value, types):
            raise ValidationError(_where(instance, attribute), value, f"a {names}")

    return check


def tuple_of(*types: type) -> Validator:
    """A tuple whose every item is one of ``types``."""
    names = " or ".join(t.__name__ for t in types)

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, tuple):
            raise ValidationError(_where(instance, attribute), value, f"a tuple of {names}")
        for i, item in enumerate(value):
            if not isinstance(item, types):
                raise ValidationError(f"{_where(instance, attribute)}[{i}]", item, f"a {names}")

    return check


def texts(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A tuple of non-empty strings."""
    tuple_of(str)(instance, attribute, value)
    items: tuple[str, ...] = value  # type: ignore[assignment]
    for i, item in enumerate(items):
        if not item.strip():
            raise ValidationError(f"{_where(instance, attribute)}[{i}]", item, "a non-empty string")


_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:\-]*$")


def identifier(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """None, or an id: letters, digits and ``. _ : -``, starting with a letter or digit."""
    if value is None:
        return
    if not isinstance(value, str) or not _ID.match(value):
        raise ValidationError(
            _where(instance, attribute),
            value,
            "an id of letters, digits, '.', '_', ':' or '-' (such as 'imran-khan')",
        )


@functools.cache
def country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-2 codes, from the ``iso3166.tab`` the IANA tz data ships."""
    table = importlib.resources.files("tzdata.zoneinfo").joinpath("iso3166.tab")
    codes = set()
    for line in table.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            codes.add(line.split("\t", 1)[0].strip())
    return frozenset(codes)


def country(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, str) or value not in country_codes():
        raise ValidationError(
            _where(instance, attribute), value, "an ISO 3166-1 alpha-2 country code such as 'PK'"
        )


def optional_country(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        country(instance, attribute, value)


def fold(name: str) -> str:
    """A name folded for matching: no diacritics, no case, single spaces.

    >>> fold("  Imrān   KHAN ")
    'imran khan'
    """
    decomposed = unicodedata.normalize("NFKD", name)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.casefold().split())


def name_matches(wanted: str, *names: str | None) -> bool:
    """Whether ``wanted`` is one of ``names``, folded as :func:`fold` does."""
    folded = fold(wanted)
    return any(fold(name) == folded for name in names if name)


# --- values checked against their annotations ----------------------------------------------


def typed(cls: type, fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
    """An attrs ``field_transformer``: every field without a validator of its
    own is checked against its annotation (resolved at the first check, so
    annotations may name classes defined later in the module).

    Use as ``@attrs.frozen(field_transformer=typed)``.
    """
    # The names are looked up in the namespace of the module that is defining
    # the class now, not in whatever sys.modules holds later: a module executed
    # twice (as doctest collection may do) must not make its classes check
    # against the other execution's classes.
    module = sys.modules.get(cls.__module__)
    namespace = vars(module) if module is not None else None

    def check(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
        annotated(instance, attribute, value, namespace)

    return [f if f.validator is not None else f.evolve(validator=check) for f in fields]


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type, namespace: dict[str, Any] | None = None) -> dict[str, Any]:
    hints = _HINTS.get(cls)
    if hints is None:
        hints = _HINTS[cls] = typing.get_type_hints(cls, globalns=namespace)
    return hints


def annotated(
    instance: object,
    attribute: attrs.Attribute[Any],
    value: object,
    namespace: dict[str, Any] | None = None,
) -> None:
    """The value fits the field's annotation (classes, ``X | None``, ``tuple[X, ...]``,
    fixed tuples, lists and dicts of them)."""
    key = (type(instance), attribute.name)
    check = _CHECKS.get(key)
    if check is None:
        hint = _hints(type(instance), namespace).get(attribute.name, Any)
        check = _CHECKS[key] = _compiled(hint)
    if check(value):
        return
    hint = _hints(type(instance), namespace).get(attribute.name, Any)
    problem = _mismatch(value, hint, _where(instance, attribute))
    if problem is not None:
        field, bad, expected = problem
        raise ValidationError(field, bad, expected)


_CHECKS: dict[tuple[type, str], Callable[[object], bool]] = {}


def _compiled(hint: Any) -> Callable[[object], bool]:
    """A fast test for the common annotations (a class, a union of classes and
    None, a tuple of one class); :func:`_fits` for the rest. Validators run on
    every reasoning step a check builds, so this is on the hot path."""
    classes = _plain_classes(hint)
    if classes is not None:
        return lambda value: isinstance(value, classes)
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        items = _plain_classes(args[0])
        if items is not None:
            return lambda value: (
                isinstance(value, tuple) and all(isinstance(item, items) for item in value)
            )
    return lambda value: _fits(value, hint)


def _plain_classes(hint: Any) -> tuple[type, ...] | None:
    """The classes a hint allows when it is only classes (and None), never
    float, int or bool, whose checks are subtler; else None."""
    if hint is type(None) or hint is None:
        return (type(None),)
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        parts = [_plain_classes(a) for a in typing.get_args(hint)]
        if any(p is None for p in parts):
            return None
        return tuple(c for p in parts if p is not None for c in p)
    simple = isinstance(hint, type) and typing.get_origin(hint) is None
    if simple and hint not in (float, int, bool, object):
        return (hint,)
    return None


def _mismatch(value: object, hint: Any, where: str) -> tuple[str, object, str] | None:
    """Where the value does not fit ``hint``, and what was expected; None if it fits."""
    if _fits(value, hint):
        return None
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin is tuple and isinstance(value, tuple) and args and args[-1] is Ellipsis:
        for i, item in enumerate(value):
            if not _fits(item, args[0]):
                return f"{where}[{i}]", item, describe(args[0])
    return where, value, describe(hint)


def _fits(value: object, hint: Any) -> bool:
    if hint is Any or hint is object:
        return True
    if hint is type(None) or hint is None:
        return value is None
    if hint is float:
        return isinstance(value, int | float) and not isinstance(value, bool)
    if hint is int:
        return isinstance(value, int) and not isinstance(value, bool)
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return any(_fits(value, a) for a in args)
    if origin is tuple:
        if not isinstance(value, tuple):
            return False
        if args and args[-1] is Ellipsis:
            return all(_fits(item, args[0]) for item in value)
        pairs = zip(value, args, strict=False)
        return len(value) == len(args) and all(_fits(i, a) for i, a in pairs)
    if origin is list:
        return isinstance(value, list) and all(_fits(item, args[0]) for item in value)
    if origin is dict:
        return isinstance(value, dict) and all(
            _fits(k, args[0]) and _fits(item, args[1]) for k, item in value.items()
        )
    if isinstance(hint, type):
        return isinstance(value, hint)
    return True  # a form this checker does not know: trust the type checker


def describe(hint: Any) -> str:
    """An annotation in words: ``'a Figure or None'``, ``'a tuple of Claim'``."""
    if hint is type(None) or hint is None:
        return "None"
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return " or ".join(describe(a) for a in args)
    if origin is tuple:
        if args and args[-1] is Ellipsis:
            return f"a tuple of {_name(args[0])}"
        return "a tuple (" + ", ".join(_name(a) for a in args) + ")"
    if origin is list:
        return f"a list of {_name(args[0])}"
    if origin is dict:
        return f"a dict of {_name(args[0])} to {_name(args[1])}"
    name = _name(hint)
    return f"{'an' if name[:1] in 'AEIOU' else 'a'} {name}"


def _name(hint: Any) -> str:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return " or ".join(_name(a) for a in typing.get_args(hint))
    if hint is type(None):
        return "None"
    return getattr(hint, "__name__", str(hint))


# --- plain function arguments -------------------------------------------------------------

T = TypeVar("T")


def argument(field: str, value: object, kind: type[T] | tuple[type, ...], expected: str) -> T:
    """``value`` if it is an instance of ``kind``; else a ValidationError naming ``field``."""
    if isinstance(value, bool) and kind in (int, float):
        raise ValidationError(field, value, expected)
    if not isinstance(value, kind):
        raise ValidationError(field, value, expected)
    return value  # type: ignore[return-value]


def optional(
    field: str, value: object, kind: type[T] | tuple[type, ...], expected: str
) -> T | None:
    """None, or ``value`` if it is an instance of ``kind``."""
    if value is None:
        return None
    return argument(field, value, kind, f"{expected} or None")


def items(field: str, value: object, kind: type[T] | tuple[type, ...], name: str) -> list[T]:
    """The items of an iterable (not a string, bytes or mapping), each an
    instance of ``kind`` (named ``name`` in messages); errors name the item
    (``claims[2]``)."""
    if isinstance(value, str | bytes | dict) or not isinstance(value, Iterable):
        raise ValidationError(field, value, f"a list or tuple of {name}")
    result = list(value)
    for i, item in enumerate(result):
        if not isinstance(item, kind):
            raise ValidationError(f"{field}[{i}]", item, f"a {name}")
    return result


def name_argument(field: str, value: object, expected: str = "a non-empty string") -> str:
    """A non-empty string argument (a name, a title, a key)."""
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(field, value, expected)
    return value


def positive(field: str, value: object, expected: str = "a positive finite number") -> float:
    if (
        isinstance(value, bool)
        or not isinstance(value, int | float)
        or not math.isfinite(value)
        or value <= 0
    ):
        raise ValidationError(field, value, expected)
    return float(value)


def enum_missing(cls: type[enum.Enum], value: object) -> NoReturn:
    """For an enum's ``_missing_``: an unknown value is a ValidationError listing the known ones."""
    known = ", ".join(repr(member.value) for member in cls)
    raise ValidationError(cls.__name__, value, f"one of {known}")
