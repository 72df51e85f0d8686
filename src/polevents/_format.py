"""Number and unit formatting shared by figures, verdicts and the command."""

from __future__ import annotations

_PLURALS = {"person": "people"}


def number(value: float) -> str:
    """``148500.00000000003`` → ``'148,500'``; ``0.25`` → ``'0.25'``.

    Display only: two decimals at most, never more precision than the value has.
    """
    rounded = round(value, 2)
    if rounded.is_integer():
        return f"{int(rounded):,}"
    return f"{rounded:,.2f}".rstrip("0").rstrip(".")


def ratio(value: float) -> str:
    """A ratio as a journalist writes it: ``9.21`` → ``'9.2×'``."""
    return f"{value:,.1f}×" if value < 100 else f"{value:,.0f}×"


def unit_words(unit: str, plural: bool = True) -> str:
    """The unit in running prose: ``person`` → ``people``, ``post`` → ``posts``."""
    if not plural:
        return unit
    return _PLURALS.get(unit, unit + "s")
