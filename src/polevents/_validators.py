"""attrs validators shared by the domain classes.

Each raises :class:`~polevents.errors.ValidationError` naming the class and
field (``"Person.name"``), the bad value and what was expected.
"""

from __future__ import annotations

import functools
import importlib.resources
import re
import unicodedata
from collections.abc import Callable
from typing import Any

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
