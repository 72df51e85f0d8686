"""Number and unit formatting shared by figures, verdicts and the command."""

from __future__ import annotations

import math

_PLURALS = {"person": "people"}


def number(value: float) -> str:
    """``148500.00000000003`` → ``'148,500'``; ``0.25`` → ``'0.25'``.

    Display only: two decimals at most, never more precision than the value has.
    """
    rounded = round(value, 2)
    if rounded.is_integer():
        return f"{int(rounded):,}"
    return f"{rounded:,.2f}".rstrip("0").rstrip(".")


def ratio(value: float, rounding: str = "nearest") -> str:
    """A ratio as a journalist writes it: ``9.21`` → ``'9.2×'``.

    ``rounding`` is ``"down"`` for a lower bound and ``"up"`` for an upper one,
    so that the printed range still holds the true one.
    """
    digits = 1 if value < 100 else 0
    scale = 10**digits
    if rounding == "down":
        value = math.floor(value * scale + 1e-9) / scale
    elif rounding == "up":
        value = math.ceil(value * scale - 1e-9) / scale
    return f"{value:,.{digits}f}×"


def unit_words(unit: str, plural: bool = True) -> str:
    """The unit in running prose: ``person`` → ``people``, ``post`` → ``posts``."""
    if not plural:
        return unit
    return _PLURALS.get(unit, unit + "s")
