"""The library's own unit registry.

polevents never touches pint's default or application registry: it builds one
registry, once, from the small ``units.txt`` shipped in the package. Counting
units have dimensions of their own — ``[audience]`` for people, ``[content]``
for posts, ``[impression]`` for views, ``[ballot]`` for votes — and so does
every ISO 4217 currency (``USD``, ``PKR``…, never converted into another), so
listeners cannot be added to tweets, nor dollars to rupees. ``percent`` is
dimensionless. Unit names given as text are looked up in a table built from
the same file, never handed to pint's parser:

>>> from polevents import ureg
>>> (3 * ureg.hour).to("minute").magnitude == 180
True
>>> str(ureg.Unit("listeners"))
'person'
"""

from __future__ import annotations

import decimal
import functools
import importlib.resources
import math
import re
from typing import Any

import pint

from polevents._lang import common
from polevents._lang import table as _table
from polevents.errors import ValidationError

__all__ = [
    "canonical_unit",
    "conversion_factor",
    "conversion_ratio",
    "dimension_of",
    "is_currency",
    "unit_word",
    "ureg",
]

CURRENCIES: frozenset[str] = frozenset(common.ISO_4217)


def _definitions() -> str:
    return importlib.resources.files("polevents").joinpath("units.txt").read_text("utf-8")


def _build_registry() -> pint.UnitRegistry[Any]:
    registry: pint.UnitRegistry[Any] = pint.UnitRegistry(None, cache_folder=None)
    definitions = importlib.resources.files("polevents").joinpath("units.txt")
    with importlib.resources.as_file(definitions) as path:
        registry.load_definitions(str(path))
    for code in common.ISO_4217:
        # each currency its own dimension: dollars never turn into rupees
        registry.define(f"{code} = [currency_{code}]")
    return registry


ureg: pint.UnitRegistry[Any] = _build_registry()
"""The one registry every polevents quantity belongs to."""


def _names() -> dict[str, str]:
    """Every name, alias and symbol of units.txt (and simple plurals) → canonical name."""
    names: dict[str, str] = {}
    for line in _definitions().splitlines():
        line = line.split("#", 1)[0].strip()
        if "=" not in line:
            continue
        parts = [p.strip() for p in line.split("=")]
        primary = parts[0]
        canonical = str(ureg.Unit(primary))
        aliases = [primary] + [p for p in parts[2:] if p and p != "_" and not p.startswith("[")]
        if len(parts) > 1 and not re.search(r"[\d\[*/]", parts[1]) and parts[1] != "_":
            aliases.append(parts[1])
        for alias in aliases:
            for form in (alias, alias + "s"):
                names.setdefault(form, canonical)
                names.setdefault(form.lower(), canonical)
    for code in common.ISO_4217:
        names[code] = code
    names.pop("dimensionless", None)
    return names


_NAMES: dict[str, str] = _names()


def canonical_unit(unit: str | pint.Unit, *, field: str = "unit") -> str:
    """The registry's name for ``unit``, or :class:`ValidationError`.

    Names are looked up in a table, never handed to pint's parser.

    >>> canonical_unit("listeners")
    'person'
    >>> canonical_unit("PKR")
    'PKR'
    >>> canonical_unit("furlongs")
    Traceback (most recent call last):
    ...
    polevents.errors.ValidationError: unit: got 'furlongs', expected a unit polevents knows ...
    """
    text = str(unit) if isinstance(unit, pint.Unit) else unit
    name = None
    if isinstance(text, str):
        key = text.strip()
        name = _NAMES.get(key) or (None if key.upper() in CURRENCIES else _NAMES.get(key.lower()))
    if name is None:
        raise ValidationError(
            field,
            unit,
            "a unit polevents knows (person, post, view, vote, percent, a time unit such as "
            "hour, or an ISO 4217 currency code such as USD)",
        )
    return name


def unit_word(word: str) -> str | None:
    """The unit an English word after a number names (``"listeners"`` → ``"person"``), else None."""
    found = _table("en").units.get(word.lower().replace("\u2019", "'"), {}).get("")
    if isinstance(found, str):
        return found
    return _NAMES.get(word) if len(word) > 1 else None


def is_currency(unit: str) -> bool:
    """Whether a canonical unit is a currency (an ISO 4217 code)."""
    return unit in CURRENCIES


@functools.lru_cache(maxsize=256)
def dimension_of(unit: str) -> str:
    """The dimension of a canonical unit name, as text: ``'[audience]'``."""
    return str(ureg.Unit(unit).dimensionality)


@functools.lru_cache(maxsize=256)
def conversion_factor(source: str, target: str) -> float:
    """How many ``target`` units make one ``source`` unit (same dimension assumed)."""
    return float(ureg.Quantity(1.0, source).to(target).magnitude)


@functools.lru_cache(maxsize=256)
def conversion_ratio(source: str, target: str) -> tuple[int, int]:
    """:func:`conversion_factor` as an exact integer ratio ``(numerator, denominator)``.

    Every unit here is a whole or a decimal multiple of its base unit
    (a year is 31,557,600 seconds), so the ratio is exact.

    >>> conversion_ratio("hour", "minute")
    (60, 1)
    """
    if source == target:
        return 1, 1
    sn, sd = _base(source)
    tn, td = _base(target)
    num, den = sn * td, sd * tn
    common_factor = math.gcd(num, den)
    return num // common_factor, den // common_factor


def _base(unit: str) -> tuple[int, int]:
    magnitude = float(ureg.Quantity(1, unit).to_base_units().magnitude)
    n, d = magnitude.as_integer_ratio()
    # 0.01 (percent) is not a binary fraction: read it as the decimal it is
    if d & (d - 1) == 0 and d > 1:
        n, d = decimal.Decimal(repr(magnitude)).as_integer_ratio()
    return n, d
