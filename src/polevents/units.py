"""The library's own unit registry.

polevents never touches pint's default or application registry: it builds one
registry, once, from the small ``units.txt`` shipped in the package. Counting
units have dimensions of their own — ``[audience]`` for people, ``[content]``
for posts, ``[impression]`` for views — so listeners cannot be added to tweets:

>>> from polevents import ureg
>>> (3 * ureg.hour).to("minute")
<Quantity(180, 'minute')>
>>> str(ureg.Unit("listeners"))
'person'
"""

from __future__ import annotations

import functools
import importlib.resources
from typing import Any

import pint

from polevents.errors import ValidationError

__all__ = ["canonical_unit", "conversion_factor", "dimension_of", "unit_word", "ureg"]


def _build_registry() -> pint.UnitRegistry[Any]:
    registry: pint.UnitRegistry[Any] = pint.UnitRegistry(None, cache_folder=None)
    definitions = importlib.resources.files("polevents").joinpath("units.txt")
    with importlib.resources.as_file(definitions) as path:
        registry.load_definitions(str(path))
    return registry


ureg: pint.UnitRegistry[Any] = _build_registry()
"""The one registry every polevents quantity belongs to."""


@functools.lru_cache(maxsize=256)
def _canonical(name: str) -> str | None:
    try:
        return str(ureg.Unit(name))
    except Exception:  # pint raises many kinds (even AssertionError) on text it cannot read
        return None


def canonical_unit(unit: str | pint.Unit, *, field: str = "unit") -> str:
    """The registry's name for ``unit``, or :class:`ValidationError`.

    >>> canonical_unit("listeners")
    'person'
    >>> canonical_unit("furlongs")
    Traceback (most recent call last):
    ...
    polevents.errors.ValidationError: unit: got 'furlongs', expected a unit polevents knows ...
    """
    text = str(unit) if isinstance(unit, pint.Unit) else unit
    name = _canonical(text) if isinstance(text, str) and text.strip() else None
    if name is None or name == "dimensionless":
        raise ValidationError(
            field,
            unit,
            "a unit polevents knows (person, post, view, or a time unit such as hour)",
        )
    return name


def unit_word(word: str) -> str | None:
    """The unit a word after a number names (``"listeners"`` → ``"person"``), else None."""
    name = _canonical(word)
    return None if name in (None, "dimensionless") else name


@functools.lru_cache(maxsize=256)
def dimension_of(unit: str) -> str:
    """The dimension of a canonical unit name, as text: ``'[audience]'``."""
    return str(ureg.Unit(unit).dimensionality)


@functools.lru_cache(maxsize=256)
def conversion_factor(source: str, target: str) -> float:
    """How many ``target`` units make one ``source`` unit (same dimension assumed)."""
    return float(ureg.Quantity(1.0, source).to(target).magnitude)
