"""Every value the library turns into words: numbers, figures, intervals,
margins, ratios, reading policies, reasoning steps and verdict sentences.

Reasons are data (small attrs values in :mod:`polevents.sources` and
:mod:`polevents.records`); their ``str()`` comes from :func:`step` here, so
each sentence the library prints is written, and tested, in one place.
This module imports no domain module at run time (they import it), so it
reads the values it renders by their attributes.

Rules kept here (DESIGN.md "Records and verdicts"):

- counts read "1 person", "2 people"; a unit is never written in two forms
  in one sentence;
- margins are shown at the precision of their inputs and in a unit a
  reader expects ("by 24 minutes", never "by 0.4 to 0.4 hours"; never "by 0
  seconds" for a margin that is not zero);
- a gain under double reads as a percentage ("0.4% better"), never
  "1.0× to 1.1×"; when lower is better, as the share saved ("17% less
  time"), never "20% better" (:func:`reduction`);
- ranges drop their open/closed ends in prose; :func:`interval` keeps them;
- numbers keep the decimals they were stated with ("9.90 seconds", from the
  figure's text, the claim's quote or the category's resolution);
- counts of whole things show whole numbers (a bound of 3,356,073.5 people
  rounds inward, which is sound); counts and money from a million up read in
  millions or billions when that is exact, or widens a range by at most 1%
  when rounded outward (:func:`span`);
- margins round outward, so the words still hold the true margin; a margin
  that may be either side of zero says both ways (:func:`either_way`).

>>> quantity(165000, "person")
'165,000 people'
>>> span(0.4 * 3600, 0.4 * 3600, "second", digits=0)
'24 minutes'
>>> gain((1.004, 1.004))
'0.4% better'
"""

from __future__ import annotations

import dataclasses
import html
import math
import re
from collections.abc import Callable, Iterable, Sequence
from fractions import Fraction
from typing import Any

__all__ = [
    "check_report",
    "decimals",
    "either_way",
    "figure",
    "figure_rows",
    "gain",
    "interval",
    "margin",
    "number",
    "policy_line",
    "precision",
    "quantity",
    "ratio",
    "reduction",
    "span",
    "stated_places",
    "step",
    "table",
    "timeline",
    "unit_words",
    "verdict",
]

_PLURALS = {"person": "people", "percent": "percent"}
_CURRENCY = re.compile(r"^[A-Z]{3}$")
# Units a margin of time may be shown in, smallest first, in seconds.
_TIME = (("second", 1.0), ("minute", 60.0), ("hour", 3600.0), ("day", 86400.0))
_TIME_IN_SECONDS = dict(_TIME)
_MAX_DIGITS = 6


# --- numbers ---------------------------------------------------------------------------


def number(
    value: float, digits: int | None = None, *, fixed: bool = False, rounding: str = "nearest"
) -> str:
    """A number as a journalist writes it.

    ``digits`` is the most decimals to show (trailing zeros dropped); by
    default two, and never more precision than the value has. ``fixed``
    keeps exactly ``digits`` decimals, so that a margin shows the precision
    of its inputs ("0.10 seconds" between 9.93 and 9.83). ``rounding`` is
    ``"nearest"``, ``"down"`` (for a lower bound) or ``"up"`` (an upper one).

    >>> number(148500.00000000003), number(0.25), number(9.766, 3), number(-3.0)
    ('148,500', '0.25', '9.766', '-3')
    >>> number(0.1, 2, fixed=True), number(5.741, 1, rounding="up")
    ('0.10', '5.8')
    """
    places = 2 if digits is None else digits
    rounded = _rounded(value, places, rounding)
    if rounded == 0:
        rounded = 0.0  # no "-0"
    if fixed and places > 0:
        return f"{rounded:,.{places}f}"
    if float(rounded).is_integer():
        return f"{int(rounded):,}"
    return f"{rounded:,.{places}f}".rstrip("0").rstrip(".")


def decimals(value: float) -> int:
    """How many decimals ``value`` was written with (at most six).

    Float noise from arithmetic does not count:

    >>> decimals(9.58), decimals(48400.000000000004), decimals(0.10999999999999943)
    (2, 0, 2)
    """
    for places in range(_MAX_DIGITS + 1):
        if abs(round(value, places) - value) <= 1e-9 * max(1.0, abs(value)):
            return places
    return _MAX_DIGITS


def ratio(value: float, rounding: str = "nearest") -> str:
    """A ratio as a journalist writes it: ``9.21`` → ``'9.2×'``.

    ``rounding`` is ``"down"`` for a lower bound and ``"up"`` for an upper
    one, so that a printed range still holds the true one.

    >>> ratio(9.2149, "down"), ratio(12.3889, "up")
    ('9.2×', '12.4×')
    """
    digits = 1 if value < 100 else 0
    return f"{_rounded(value, digits, rounding):,.{digits}f}×"


def _rounded(value: float, digits: int, rounding: str) -> float:
    scale: float = 10.0**digits
    if rounding == "down":
        return math.floor(value * scale + 1e-9) / scale
    if rounding == "up":
        return math.ceil(value * scale - 1e-9) / scale
    return round(value, digits)


def gain(bounds: tuple[float, float | None]) -> str:
    """How much better, from a ratio ``(low, high)`` (``high`` None: unbounded).

    At least double reads as times ("9.2× to 12.4×"); less as a percentage,
    rounded outward so the range still holds the truth:

    >>> gain((9.2149, 12.3889)), gain((1.004, 1.004)), gain((1.2, None))
    ('9.2× to 12.4×', '0.4% better', 'at least 20% better')
    """
    low, high = bounds
    if high is not None and high - low <= 1e-9 * max(1.0, low):
        # one value, rounded outward only by float noise: show it rounded to nearest
        if low >= 2:
            return ratio(low)
        pct = (low - 1) * 100
        return f"{max(pct, 0.0):,.{_percent_digits(pct)}f}% better"
    if low >= 2:
        low_text = ratio(low, "down")
        if high is None:
            return f"at least {low_text}"
        high_text = ratio(high, "up")
        return low_text if low_text == high_text else f"{low_text} to {high_text}"
    low_pct = (low - 1) * 100
    if high is not None and low_pct <= 0:
        # from no gain at all: "up to 10% better"
        high_pct = (high - 1) * 100
        digits = _percent_digits(high_pct)
        return f"up to {_rounded(high_pct, digits, 'up'):,.{digits}f}% better"
    digits = _percent_digits(low_pct if high is None else min(low_pct, (high - 1) * 100))
    # fixed decimals, so both ends show the same precision ("0.10% to 0.12%")
    low_text = f"{max(_rounded(low_pct, digits, 'down'), 0.0):,.{digits}f}%"
    if high is None:
        return f"at least {low_text} better"
    high_text = f"{_rounded((high - 1) * 100, digits, 'up'):,.{digits}f}%"
    if low_text == high_text:
        return f"{low_text} better"
    return f"{low_text} to {high_text} better"


def reduction(bounds: tuple[float, float | None], unit: str) -> str:
    """How much better when lower is better, from a ratio ``(low, high)`` of
    record to challenger: the share by which the challenger is lower ("46%
    to 54% less time"), never a gain over 100% or a "2× better" for a time
    that only halved. Rounded outward so the range still holds the truth.

    >>> reduction((1.997, 2.177), "minute"), reduction((1.0101, 1.0101), "second")
    ('49% to 55% less time', '1.0% less time')
    >>> reduction((1.2, None), "USD")
    'at least 16% lower'
    """
    words = "less time" if unit in _TIME_IN_SECONDS else "lower"
    low, high = bounds
    low_pct = (1 - 1 / low) * 100 if low > 0 else 0.0
    high_pct = 100.0 if high is None or high <= 0 else (1 - 1 / high) * 100
    if high is not None and high - low <= 1e-9 * max(1.0, low):
        digits = _percent_digits(low_pct)
        return f"{max(low_pct, 0.0):,.{digits}f}% {words}"
    if low_pct <= 0:
        digits = _percent_digits(high_pct)
        return f"up to {_rounded(high_pct, digits, 'up'):,.{digits}f}% {words}"
    digits = _percent_digits(min(low_pct, high_pct))
    low_text = f"{_rounded(low_pct, digits, 'down'):,.{digits}f}%"
    if high is None:
        return f"at least {low_text} {words}"
    high_text = f"{_rounded(high_pct, digits, 'up'):,.{digits}f}%"
    if low_text == high_text:
        return f"{low_text} {words}"
    return f"{low_text} to {high_text} {words}"


def _percent_digits(value: float) -> int:
    """None from 10%; one decimal from 0.1%; below that, one significant digit."""
    if value >= 10:
        return 0
    if value <= 0 or value >= 0.1:
        return 1
    return min(_MAX_DIGITS, -math.floor(math.log10(value)))


# --- units ---------------------------------------------------------------------------


def unit_words(unit: str, plural: bool = True) -> str:
    """The unit in running prose: ``person`` → ``people``, ``post`` → ``posts``.

    >>> unit_words("person"), unit_words("vote"), unit_words("minute", plural=False)
    ('people', 'votes', 'minute')
    """
    if not plural or _CURRENCY.match(unit):
        return unit
    return _PLURALS.get(unit, unit + "s")


def quantity(value: float, unit: str, digits: int | None = None, *, fixed: bool = False) -> str:
    """One value with its unit: "165,000 people", "1 person", "52.3%", "USD 1,200";
    from a million up, in millions or billions when that loses nothing.

    >>> quantity(1, "person"), quantity(52.3, "percent"), quantity(1200, "USD")
    ('1 person', '52.3%', 'USD 1,200')
    >>> quantity(84_000_000, "person"), quantity(2_468_668, "person")
    ('84 million people', '2,468,668 people')
    """
    scaled = _scaled(value, value, unit)
    if scaled is not None:
        shown, _, word, places = scaled
        return _with_unit(number(value if shown is None else shown, places), unit, word)
    return _with_unit(number(value, digits, fixed=fixed), unit)


def _with_unit(text: str, unit: str, word: str = "") -> str:
    if unit == "percent":
        return f"{text}%"
    if _CURRENCY.match(unit):
        return f"{unit} {text}{word}"
    plural = bool(word) or text not in ("1", "-1")
    return f"{text}{word} {unit_words(unit, plural=plural)}"


# --- large numbers -------------------------------------------------------------------

#: Counts of whole things: a bound between two whole numbers is shown at the
#: whole number inside the range (a count of 3,356,073.5 people is no count).
_WHOLE = frozenset({"person", "post", "view", "vote"})
#: From these sizes up, counts and money read in millions and billions.
_SCALES = ((1e9, " billion"), (1e6, " million"))
_SCALE_DIGITS = 3
#: How much a range may widen (as a share of its width) when its ends are
#: rounded outward to be written in millions or billions.
_WIDEN = 0.01


def _whole(low: float | None, high: float | None) -> tuple[float | None, float | None]:
    """Fractional bounds of a count rounded inward to whole numbers (sound:
    a count is whole), unless that would leave no whole number."""
    if low is None or high is None:
        return (
            None if low is None else float(math.ceil(low - 1e-9)),
            None if high is None else float(math.floor(high + 1e-9)),
        )
    inner_low, inner_high = float(math.ceil(low - 1e-9)), float(math.floor(high + 1e-9))
    if inner_low > inner_high:
        return low, high
    return inner_low, inner_high


def _scaled(
    low: float | None, high: float | None, unit: str
) -> tuple[float | None, float | None, str, int] | None:
    """Bounds written in millions (billions): ``(low, high, word, decimals)``,
    or None to keep the full digits.

    The rule: counts and money whose every non-zero bound is at least a
    million (a billion) are written in millions (billions) with at most three
    decimals — exactly when they can be; otherwise a range is rounded outward
    (its low end down, its high end up) when that widens it by at most 1% of
    its width. A single value, or an open-ended range, is never rounded.
    """
    if unit == "percent" or unit in _TIME_IN_SECONDS:
        return None
    sizes = [abs(b) for b in (low, high) if b]
    if not sizes:
        return None
    found = next(((f, w) for f, w in _SCALES if min(sizes) >= f), None)
    if found is None:
        return None
    factor, word = found
    lo = None if low is None else low / factor
    hi = None if high is None else high / factor
    for places in range(_SCALE_DIGITS + 1):
        down = None if lo is None else _rounded(lo, places, "down")
        up = None if hi is None else _rounded(hi, places, "up")
        widened = (0.0 if lo is None or down is None else lo - down) + (
            0.0 if hi is None or up is None else up - hi
        )
        exact = widened <= 1e-9 * max(sizes) / factor
        ranged = lo is not None and hi is not None and hi > lo
        if exact or (ranged and widened <= _WIDEN * (hi - lo)):  # type: ignore[operator]
            return down, up, word, places
    return None


def span(
    low: float | None,
    high: float | None,
    unit: str,
    digits: int | None = None,
    *,
    low_inclusive: bool = True,
    high_inclusive: bool = True,
    sensible: bool = True,
    rounding: str = "nearest",
) -> str:
    """A range of values in prose, in a unit a reader expects.

    Time is shown in the largest of seconds, minutes, hours, days in which it
    reads as at least two (so 0.4 hours is 24 minutes); equal ends are
    written once; ``digits`` (decimals in ``unit``) is kept in the new unit.
    Counts of whole things show whole numbers; counts and money from a
    million up read in millions (see :func:`_scaled`). ``rounding`` is
    ``"nearest"``, ``"outward"`` (the low end down, the high end up: a range
    that still holds the truth) or ``"up"``.

    >>> span(397600, 451000, "person", 0)
    '397,600 to 451,000 people'
    >>> span(83_500_000, 84_500_000, "person", 0)
    '83.5 to 84.5 million people'
    >>> span(0.4, 0.4, "hour", 1)
    '24 minutes'
    >>> span(0.11, 0.11, "second", 2)
    '0.11 seconds'
    >>> span(5, None, "percent", 0, low_inclusive=False)
    'more than 5 percentage points'
    """
    if unit in _WHOLE:
        low, high = _whole(low, high)
        if digits is not None and all(b is None or float(b).is_integer() for b in (low, high)):
            digits = 0
    converted = sensible and unit in _TIME_IN_SECONDS
    if converted:
        before = unit
        low, high, unit, digits = _time_units(low, high, unit, digits)
        converted = unit != before
    if digits is not None:
        digits = _visible(low, high, digits)
    # the precision of the inputs, shown as such ("0.10 seconds"), unless the
    # unit changed, when the new unit's digits are only an upper limit
    fixed = digits is not None and not converted
    down, up = {"outward": ("down", "up"), "up": ("up", "up")}.get(rounding, (rounding, rounding))
    if unit == "percent" and sensible:
        # A difference of percentages is in points, not percent.
        return _span_words(
            low, high, digits, low_inclusive, high_inclusive, "percentage point", fixed, (down, up)
        )
    word = ""
    scaled = _scaled(low, high, unit)
    if scaled is not None:
        low, high, word, digits = scaled
        fixed, down, up = False, "nearest", "nearest"

    def text(value: float, direction: str) -> str:
        return number(value, digits, fixed=fixed, rounding=direction)

    if low == 0 and not low_inclusive and high is not None and high > 0:
        # (0, x]: more than nothing, at most x
        return f"up to {_with_unit(text(high, up), unit, word)}"
    if low is not None and high is not None:
        low_text, high_text = text(low, down), text(high, up)
        if low_text == high_text:
            return _with_unit(low_text, unit, word)
        if unit == "percent":
            return f"{low_text}% to {high_text}%"
        if _CURRENCY.match(unit):
            return f"{unit} {low_text} to {high_text}{word}"
        return f"{low_text} to {high_text}{word} {unit_words(unit)}"
    if low is not None:
        prefix = "at least" if low_inclusive else "more than"
        return f"{prefix} {_with_unit(text(low, down), unit, word)}"
    if high is not None:
        prefix = "at most" if high_inclusive else "less than"
        return f"{prefix} {_with_unit(text(high, up), unit, word)}"
    return f"an unknown number of {unit_words(unit)}"


def _span_words(
    low: float | None,
    high: float | None,
    digits: int | None,
    low_inclusive: bool,
    high_inclusive: bool,
    word: str,
    fixed: bool = False,
    rounding: tuple[str, str] = ("nearest", "nearest"),
) -> str:
    down, up = rounding

    def text(value: float, direction: str) -> str:
        return number(value, digits, fixed=fixed, rounding=direction)

    def one(value: float, direction: str) -> str:
        shown = text(value, direction)
        return f"{shown} {word}{'' if shown in ('1', '-1') else 's'}"

    if low == 0 and not low_inclusive and high is not None and high > 0:
        return f"up to {one(high, up)}"
    if low is not None and high is not None:
        if text(low, down) == text(high, up):
            return one(low, down)
        return f"{text(low, down)} to {one(high, up)}"
    if low is not None:
        return f"{'at least' if low_inclusive else 'more than'} {one(low, down)}"
    if high is not None:
        return f"{'at most' if high_inclusive else 'less than'} {one(high, up)}"
    return f"an unknown number of {word}s"


def _time_units(
    low: float | None, high: float | None, unit: str, digits: int | None
) -> tuple[float | None, float | None, str, int | None]:
    factor = _TIME_IN_SECONDS[unit]
    seconds = [abs(b) * factor for b in (low, high) if b is not None]
    if not seconds:
        return low, high, unit, digits
    size = max(seconds)
    target, target_factor = _TIME[0]
    for name, in_seconds in _TIME:
        if size >= 2 * in_seconds:
            target, target_factor = name, in_seconds
    if digits is not None:
        # the same absolute precision in the new unit: 0.1 hour is 6 minutes
        step = 10.0**-digits * factor / target_factor
        digits = max(0, -math.floor(math.log10(step) + 1e-9)) if step < 1 else 0
    scale = factor / target_factor
    return (
        None if low is None else low * scale,
        None if high is None else high * scale,
        target,
        digits,
    )


def _visible(low: float | None, high: float | None, digits: int) -> int:
    """More decimals when a non-zero value would otherwise read as 0."""
    for value in (low, high):
        while value and digits < _MAX_DIGITS and round(value, digits) == 0:
            digits += 1
    return digits


# --- figures -------------------------------------------------------------------------


def figure(fig: Any, digits: int | None = None) -> str:
    """A figure in running text: '39,600 to 48,400 people', 'more than 44,000 people'.

    Reads the figure's ``bounds``, ``unit``, ``low_inclusive`` and
    ``high_inclusive``; the unit stays as stated, and the digits are those
    the figure was stated with (``9.766 seconds``, not ``9.77``; ``9.90
    seconds`` when its text says so). Counts show whole numbers and read in
    millions from a million up (see :func:`span`).
    """
    low, high = fig.bounds
    if digits is None:
        digits = stated_places(fig)
    return span(
        low,
        high,
        fig.unit,
        digits,
        low_inclusive=fig.low_inclusive,
        high_inclusive=fig.high_inclusive,
        sensible=False,
    )


def interval(fig: Any, digits: int | None = None) -> str:
    """A figure in interval notation with its unit in words: '(446,000, 490,600] people'.

    ``digits`` shows that many decimals ("[9.90, 9.90] seconds" at a resolution
    of 0.01 s); by default the bounds' own, rounded outward past six (see
    :func:`bound`), so the printed interval always holds the figure.
    """
    if digits is None:
        ends = _ends(fig)
    else:
        low, high = fig.bounds
        digits = max(digits, _bound_places(fig))
        low_text = "-∞" if low is None else number(low, digits, fixed=True, rounding="down")
        high_text = "∞" if high is None else number(high, digits, fixed=True, rounding="up")
        left = "[" if fig.low_inclusive else "("
        right = "]" if fig.high_inclusive else ")"
        ends = f"{left}{low_text}, {high_text}{right}"
    unit = fig.unit
    words = unit if _CURRENCY.match(unit) else unit_words(unit)
    if unit == "percent":
        words = "%"
    return f"{ends} {words}"


def _ends(fig: Any) -> str:
    """``'(446,000, 490,600]'``: the bounds as :func:`bound` shows them, with their ends."""
    low, high = fig.bounds
    left = "[" if fig.low_inclusive else "("
    right = "]" if fig.high_inclusive else ")"
    shown_low = "-∞" if low is None else bound(low, "low")
    shown_high = "∞" if high is None else bound(high, "high")
    return f"{left}{shown_low}, {shown_high}{right}"


def precision(figures: Iterable[Any], unit: str | None = None) -> int:
    """The decimals the inputs were stated with: their stated values' when
    they have one ("66.4%" has one, though read as [66.35, 66.45]), else
    the most any bound has. With ``unit``, in that unit: a time stated to
    the minute is stated to two decimals of an hour."""
    places = []
    for f in figures:
        if f is None:
            continue
        nominal = getattr(f, "nominal_value", None)
        if nominal is not None:
            stated = [decimals(nominal)]
        else:
            stated = [decimals(b) for b in f.bounds if b is not None]
        places += [_places_in(p, f.unit, unit) for p in stated]
    return max(places, default=0)


def _places_in(places: int, unit: str, target: str | None) -> int:
    """Decimals in ``unit`` as decimals in ``target`` (time units only)."""
    if target is None or unit == target:
        return places
    if unit not in _TIME_IN_SECONDS or target not in _TIME_IN_SECONDS:
        return places
    step = 10.0**-places * _TIME_IN_SECONDS[unit] / _TIME_IN_SECONDS[target]
    return max(0, math.ceil(-math.log10(step) - 1e-9)) if step < 1 else 0


def _bound_places(fig: Any) -> int:
    return max((decimals(b) for b in fig.bounds if b is not None), default=0)


def stated_places(fig: Any, words: str | None = None) -> int:
    """The decimals a figure was written with, trailing zeros included: a
    float cannot keep them, so they are looked up in its text or in the
    words quoted (``"9.90 Leroy Burrell"`` has two). At least the decimals of
    its bounds.

    >>> from polevents import Figure
    >>> stated_places(Figure.exact(9.9, "second"), "9.90 Leroy Burrell, June 14, 1991")
    2
    """
    places = _bound_places(fig)
    nominal = getattr(fig, "nominal_value", None)
    if nominal is None:
        low, high = fig.bounds
        nominal = low if low is not None and low == high else None
    if nominal is None:
        return places
    wanted = Fraction(repr(float(nominal)))
    for text in (getattr(fig, "text", None), words):
        for token in _NUMBER.findall(text or ""):
            digits = token.replace(",", "")
            if "." in digits and Fraction(digits) == wanted:
                places = max(places, len(digits.split(".")[1]))
    return min(places, _MAX_DIGITS)


_NUMBER = re.compile(r"(?<![\d.,])\d[\d,]*\.\d+(?![\d.])")


def margin(fig: Any, inputs: Sequence[Any], least: int = 0) -> str:
    """A margin at the precision of its inputs (at least ``least`` decimals),
    in a sensible unit ("24 minutes"), rounded outward so that it still
    holds the true margin."""
    low, high = fig.bounds
    return span(
        low,
        high,
        fig.unit,
        max(precision(inputs, fig.unit), least),
        low_inclusive=fig.low_inclusive,
        high_inclusive=fig.high_inclusive,
        rounding="outward",
    )


# --- reading policies ----------------------------------------------------------------

_POLICY_WORDS = {
    "news": "a hedge points one way and stays close ('over x' is at most 10% over x)",
    "literal": "a hedge keeps only what the words say ('over x' has no upper bound)",
}


def policy_line(names: Sequence[str]) -> str:
    """The reading policy in words, for the end of a chain of reasons.

    >>> print(policy_line(["literal"]))  # doctest: +ELLIPSIS
    hedges read under the LITERAL policy: a hedge keeps only what the words say ...
    >>> policy_line([])
    'no hedged figures were involved'
    """
    if not names:
        return "no hedged figures were involved"
    name = ", ".join(names)
    reading = _POLICY_WORDS.get(name, "as the custom policy sets")
    return f"hedges read under the {name.upper()} policy: {reading}"


# --- reasoning steps -----------------------------------------------------------------


def _claim(claim: Any) -> str:
    """A claim in words: '"over 446,000 people" (The Express Tribune; police estimate)'."""
    words = claim.quote or claim.figure.text or figure(claim.figure)
    who = []
    if claim.source is not None:
        who.append(str(claim.source))
    if claim.attributed_to is not None:
        who.append(f"estimate by {claim.attributed_to}")
    if claim.subject is not None:
        who.append(f"for {claim.subject}")
    where = f" ({'; '.join(who)})" if who else ""
    return f'"{words}"{where}'


def _claims(claims: Iterable[Any]) -> str:
    return " and ".join(_claim(c) for c in claims)


def _when(moment: Any) -> str:
    return "an unknown time" if moment is None else str(moment)


def _bound_sign(lower: bool, inclusive: bool) -> str:
    if lower:
        return "≥" if inclusive else ">"
    return "≤" if inclusive else "<"


def _claim_read(s: Any) -> str:
    places = stated_places(s.figure, s.claim.quote)
    return f"{s.metric}: {_claim(s.claim)} reads as {figure(s.figure, places)}"


def _claim_ignored(s: Any) -> str:
    return f"ignored {s.claim.rank.value} claim {_claim(s.claim)}"


def _snapshot(s: Any) -> str:
    low, _ = s.figure.bounds
    kind = s.metric.kind.value
    return (
        f"{_claim(s.claim)} was counted as of {_when(s.claim.as_of)}, before the count "
        f"closed; {s.metric} is {kind}, so it only grows and the final figure is "
        f"{'at least' if s.figure.low_inclusive else 'more than'} "
        f"{quantity(low, s.figure.unit)}"
    )


def _moment(s: Any) -> str:
    return (
        f"{_claim(s.claim)} is {s.metric} as of {_when(s.claim.as_of)}: "
        f"a count at one moment, never above the peak"
    )


def _average_so_far(s: Any) -> str:
    return (
        f"{_claim(s.claim)} is the average as of {_when(s.claim.as_of)}, before the end: "
        f"it says nothing of the final {s.metric}, but it is never above the peak"
    )


def _moments(s: Any) -> str:
    return (
        f"{s.metric} was counted at {s.count} different moments; counts at different "
        f"moments do not conflict, and together they range over {figure(s.figure)}"
    )


def _agree(s: Any) -> str:
    return f"the claims agree; together they give {figure(s.figure)}"


def _conflict(s: Any) -> str:
    return (
        f"{_claim(s.first)} [{interval(s.first.figure)}] and "
        f"{_claim(s.second)} [{interval(s.second.figure)}] share no value"
    )


def _conflicts(s: Any) -> str:
    return f"the reports conflict: {_conflict(s.conflict)}"


def _hull(s: Any) -> str:
    return f"taking the range that covers every claim: {figure(s.figure)}"


def _floor(s: Any) -> str:
    word = "at least" if s.inclusive else "more than"
    return (
        f"counted before the close, {_claims(s.claims)} put the final {s.metric} at "
        f"{word} {quantity(s.low, s.figure.unit)}: {figure(s.figure)}"
    )


def _floor_conflict(s: Any) -> str:
    word = "at least" if s.inclusive else "more than"
    return (
        f"counted before the close, {_claims(s.claims)} put the final {s.metric} at "
        f"{word} {quantity(s.low, s.figure.unit)}, above every value the final reports "
        f"allow ({figure(s.figure)}): the reports conflict, and the final reports' range is kept"
    )


def _bounded(s: Any) -> str:
    sign = _bound_sign(s.lower, s.inclusive)
    smaller, larger = (s.other, s.metric) if s.lower else (s.metric, s.other)
    return (
        f"{s.metric} {sign} {quantity(s.value, s.unit)} because {s.other} was "
        f"{_claims(s.claims)}, and {smaller} is never above {larger}"
    )


def _contradiction(s: Any) -> str:
    smaller, larger = (s.other, s.metric) if s.lower else (s.metric, s.other)
    small_fig, large_fig = (s.other_figure, s.figure) if s.lower else (s.figure, s.other_figure)
    return (
        f"the claims contradict a known inequality: {smaller} ({figure(small_fig)}) should "
        f"not be above {larger} ({figure(large_fig)}); {s.metric} is not tightened by it"
    )


def _no_figure(s: Any) -> str:
    return f"no claim gives or bounds {s.metric}"


def _policy(s: Any) -> str:
    return policy_line(s.names)


def _challenger(s: Any) -> str:
    return f"challenger: {figure(s.figure)}"


def _unfit(s: Any) -> str:
    return f"{s.title} ({s.what}) does not compete in {s.category}"


def _first(s: Any) -> str:
    return f"no record yet for {s.category}"


def _record_value(s: Any) -> str:
    status = "" if s.status == "reported" else f" ({s.status})"
    resolution = getattr(s, "resolution", None)
    places = stated_places(s.figure)
    if resolution is not None and resolution.unit == s.figure.unit:
        places = max(places, decimals(resolution.value))
    return f"record: {s.holder}{status} holds it with {figure(s.figure, places)}"


def _record_claims(s: Any) -> str:
    return f"record: {step(s.step)}"


def _standing_uncertain(s: Any) -> str:
    names = ", ".join(f"{r.holder_name} ({figure(r.value)})" for r in s.records)
    return (
        f"the record standing then may be any of: {names} "
        f"({s.why}); the challenger must beat each of them to certainly break it"
    )


def _before_any_record(s: Any) -> str:
    names = _and([r.holder_name for r in s.records])
    return (
        f"the challenger began while the record of {names} may not yet have been set; "
        "with no record standing it would have set the first"
    )


def _joint_holders(s: Any) -> str:
    names = _and([r.holder_name for r in s.records])
    return (
        f"the record is held jointly by {names} ({figure(s.records[0].value)}), "
        "equal at the category's resolution"
    )


def _comparison(s: Any) -> str:
    above = "above" if s.higher else "below"
    places = None
    if s.resolution is not None:
        places = decimals(s.resolution.value)
    mine, theirs = interval(s.challenger, places), interval(s.record, places)
    if s.outcome == "broken":
        return (
            f"every value the challenger allows ({mine}) is {above} every "
            f"value the record allows ({theirs})"
        )
    if s.outcome == "not_broken":
        return f"no value the challenger allows ({mine}) is {above} the record ({theirs})"
    if s.outcome == "tied":
        if s.resolution is None:
            return f"both figures are exactly {figure(s.record)}: a tie is not a new record"
        return (
            f"judged to the nearest {s.resolution}, both figures are "
            f"{quantity(s.rounded, s.resolution_unit, decimals(s.rounded))}: a tie makes "
            "joint holders, not a new record"
        )
    text = (
        f"the challenger ({mine}) and the record ({theirs}) "
        "overlap, so it depends on where the truth lies"
    )
    if s.resolution is not None:
        text += f" (both judged to the nearest {s.resolution})"
    return text


def _no_upper_bound(s: Any) -> str:
    return f"the {s.which}'s figure has no upper bound under this reading"


def _currencies(s: Any) -> str:
    return (
        f"the record is in {s.record_unit} and the challenger in {s.challenger_unit}; "
        "currencies are never converted"
    )


def _judged(fig: Any, category: Any) -> str:
    """A figure at its category's resolution when it has one: "9.90 seconds", not
    "9.9"; and a figure that is one step at that resolution as that step ("9.77
    seconds" for a bare "9.77", read as 9.765 to 9.775); an exact figure as it is
    ("9.766 seconds")."""
    places = _resolution_places(category, fig.unit)
    if places is None:
        return figure(fig)
    step = None if fig.is_exact else _one_step(fig, category)
    if step is not None:
        return quantity(step, fig.unit, places, fixed=True)
    return figure(fig, max(places, _bound_places(fig)))


def _one_step(fig: Any, category: Any) -> float | None:
    """The value a figure certainly rounds to at its category's resolution, if one."""
    resolution = getattr(category, "resolution", None)
    if resolution is None or resolution.unit != fig.unit:
        return None
    low, high = resolution.steps(fig)
    if low is None or low != high:
        return None
    return float(Fraction(low) * Fraction(repr(resolution.value)))


def _judged_gap(v: Any) -> tuple[float, tuple[float, float]] | None:
    """The margin and ratio between the values judged at the resolution, when
    each figure is one step there: "by 0.03 seconds" between 9.77 and 9.74."""
    if v.challenger is None or v.record_value is None:
        return None
    mine = _one_step(v.challenger, v.category)
    theirs = _one_step(v.record_value, v.category)
    if mine is None or theirs is None or mine == 0 or theirs == 0:
        return None
    higher = v.category.direction.value == "higher"
    better, worse = (mine, theirs) if higher else (theirs, mine)
    return better - worse, (better / worse, better / worse)


def _resolution_places(category: Any, unit: str) -> int | None:
    resolution = getattr(category, "resolution", None)
    if resolution is None or resolution.unit != unit:
        return None
    return decimals(resolution.value)


def _unreconcilable(s: Any) -> str:
    return str(s.why)


def _progression(s: Any) -> str:
    category = s.record.category
    new = f"{s.record.holder_name} ({_judged(s.record.value, category)})"
    if getattr(s, "rescinded", False):
        return f"{new} was rescinded: kept in the history, it never stands"
    if s.previous is None:
        return f"{new} is the first record"
    old = f"{s.previous.holder_name} ({_judged(s.previous.value, category)})"
    if s.tie:
        return f"{new} equals {old}: joint holders"
    if s.beats.value == "yes":
        return f"{new} beat {old}"
    return (
        f"uncertain step: {new} may or may not beat {old} — "
        f"{interval(s.record.value)} against {interval(s.previous.value)}"
    )


_STEPS: dict[str, Callable[[Any], str]] = {
    "ClaimRead": _claim_read,
    "ClaimIgnored": _claim_ignored,
    "Snapshot": _snapshot,
    "Moment": _moment,
    "AverageSoFar": _average_so_far,
    "Moments": _moments,
    "Agreement": _agree,
    "Conflict": _conflict,
    "Disagreement": _conflicts,
    "Hull": _hull,
    "Floor": _floor,
    "FloorConflict": _floor_conflict,
    "Bounded": _bounded,
    "Contradiction": _contradiction,
    "NoFigure": _no_figure,
    "PolicyUsed": _policy,
    "ChallengerFigure": _challenger,
    "DoesNotCompete": _unfit,
    "NoRecordYet": _first,
    "RecordValue": _record_value,
    "RecordClaims": _record_claims,
    "StandingUncertain": _standing_uncertain,
    "JointHolders": _joint_holders,
    "BeforeAnyRecord": _before_any_record,
    "Comparison": _comparison,
    "NoUpperBound": _no_upper_bound,
    "CurrencyMismatch": _currencies,
    "ProgressionStep": _progression,
    "Unreconcilable": _unreconcilable,
}


def step(value: Any) -> str:
    """The sentence for one reasoning step (any of the step values)."""
    return _STEPS[type(value).__name__](value)


# --- verdicts ------------------------------------------------------------------------


def _negated(fig: Any) -> tuple[float | None, float | None, bool, bool]:
    low, high = fig.bounds
    return (
        None if high is None else -high,
        None if low is None else -low,
        fig.high_inclusive,
        fig.low_inclusive,
    )


@dataclasses.dataclass(frozen=True)
class _Parts:
    """The pieces every verdict sentence is made of."""

    v: Any
    subject: str | None
    mine: str  # " (the challenger's figure)" after its name, or ""
    held: str  # "held by A", "held jointly by A and B", "held by A or B"
    record: str  # " (the record's figure; the reports conflict)", or ""
    least: int  # the fewest decimals a margin shows (the resolution's)
    judged: tuple[float, tuple[float, float]] | None  # margin and ratio at the resolution

    def start(self, verb: str, alone: str) -> str:
        return f"{self.subject}{self.mine} {verb}" if self.subject else alone


def _parts(v: Any) -> _Parts:
    records = getattr(v, "records", ()) or ()
    held = f"held by {v.record.holder_name if v.record is not None else None}"
    if len(records) > 1 and getattr(v, "joint", False):
        held = "held jointly by " + _and([r.holder_name for r in records])
    elif len(records) > 1:
        held = "held by " + " or ".join(r.holder_name for r in records)
    record = ""
    if v.record_value is not None:
        conflict = "; the reports conflict" if v.conflicting else ""
        record = f" ({_judged(v.record_value, v.category)}{conflict})"
    mine = ""
    if v.challenger is not None and v.subject:
        mine = f" ({_judged(v.challenger, v.category)})"
    least = 0
    if v.margin is not None:
        least = _resolution_places(v.category, v.margin.unit) or 0
    return _Parts(v, v.subject, mine, held, record, least, _judged_gap(v))


def _broken(p: _Parts) -> str:
    v = p.v
    # a gain in percent of a percentage would only confuse: points say it
    ratio_ = v.ratio if p.judged is None else p.judged[1]
    shown = ratio_ is not None and v.margin.unit != "percent"
    gain_text = f" ({_gain(ratio_, v)})" if shown and ratio_ is not None else ""
    if p.judged is not None:
        by = quantity(p.judged[0], v.margin.unit, p.least, fixed=True)
    else:
        by = margin(v.margin, [v.challenger, v.record_value], p.least)
    return f"{p.start('broke', 'Broke')} the record {p.held}{p.record} by {by}{gain_text}."


def _tied(p: _Parts) -> str:
    return f"{p.start('tied', 'Tied')} the record {p.held}{p.record}."


def _not_broken(p: _Parts) -> str:
    v = p.v
    start = f"{p.start('did not break', 'Did not break')} the record {p.held}{p.record}"
    if p.judged is not None:
        short = quantity(-p.judged[0], v.margin.unit, p.least, fixed=True)
        return f"{start}: it fell short by {short}."
    low, high, low_inc, high_inc = _negated(v.margin)
    if low is not None and (low < 0 or (low == 0 and low_inc)):
        # it may have equalled the record: "short by 0 to 5" would read oddly
        return f"{start}: at best it equalled it."
    digits = max(precision([v.challenger, v.record_value], v.margin.unit), p.least)
    short = span(
        low,
        high,
        v.margin.unit,
        digits,
        low_inclusive=low_inc,
        high_inclusive=high_inc,
        rounding="outward",
    )
    return f"{start}: it fell short by {short}."


def _gain(ratio_: tuple[float, float | None], v: Any) -> str:
    """How much better: "9.2× to 12.4×" or "5.0% better" when higher is
    better; the share by which it is lower ("49% to 55% less time") when
    lower is better, where "2× better" for a time that halved would mislead."""
    if v.category.direction.value == "lower":
        return reduction(ratio_, v.margin.unit)
    return gain(ratio_)


def _undetermined(p: _Parts) -> str:
    start = p.start("may or may not have broken", "The reports cannot tell whether it broke")
    return f"{start} the record {p.held}{p.record}: {_undetermined_why(p.v)}."


def _first_record(p: _Parts) -> str:
    who = p.subject or "The challenger"
    return f"{who}{p.mine} sets the first record for {p.v.category.label}."


_SENTENCES: dict[str, Callable[[_Parts], str]] = {
    "broken": _broken,
    "tied": _tied,
    "not_broken": _not_broken,
    "undetermined": _undetermined,
    "incomparable": lambda p: _incomparable(p.v),
    "first": _first_record,
}


def verdict(v: Any) -> str:
    """The one plain sentence for a verdict (see DESIGN.md "Records and verdicts")."""
    return _SENTENCES[v.outcome.value](_parts(v))


def _and(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _undetermined_why(v: Any) -> str:
    if any(type(r).__name__ == "BeforeAnyRecord" for r in v.reasons):
        return "it may have come before the record was set, when there was none to beat"
    higher = v.category.direction.value == "higher"
    if higher and v.record_value is not None and v.record_value.bounds[1] is None:
        return "the record's figure has no upper bound, so nothing can be sure to beat it"
    if not higher and v.challenger is not None and v.challenger.bounds[1] is None:
        return "the challenger's figure has no upper bound"
    if v.margin is None:
        return "the figures overlap"
    return either_way(v.margin, precision([v.challenger, v.record_value], v.margin.unit))


def either_way(fig: Any, digits: int = 0) -> str:
    """A margin that may be either side of zero, in words: how much it may
    have beaten the record by, and how far it may have fallen short (each
    rounded up, so the words still hold the truth).

    >>> from polevents import Figure
    >>> from polevents.figures import Qualifier
    >>> m = Figure(low=-7, high=55, unit="minute", qualifier=Qualifier.DERIVED)
    >>> either_way(m)
    'it may have beaten it by up to 55 minutes, or fallen short by up to 7 minutes'
    """
    low, high = fig.bounds

    def amount(value: float) -> str:
        return span(value, value, fig.unit, digits, rounding="up")

    if high is not None and high <= 0:
        return "at best it equalled it"
    beaten = "by any amount" if high is None else f"by up to {amount(high)}"
    if low is None:
        return f"it may have beaten it {beaten}, or fallen short by any amount"
    if low < 0:
        return f"it may have beaten it {beaten}, or fallen short by up to {amount(-low)}"
    return f"it may have beaten it {beaten}, or only equalled it"


def _incomparable(v: Any) -> str:
    who = v.subject or "The challenger"
    category = v.category.label
    needed = v.category.metric.label
    if getattr(v, "unfit", None):
        return f"{who} cannot be compared with the record for {category}: {v.unfit}."
    others = list(getattr(v, "event_metrics", ()) or ())
    if getattr(v, "currency", None):
        return f"{who} cannot be compared with the record for {category}: {v.currency}."
    if others:
        has = ", ".join(others)
        return (
            f"{who} cannot be compared with the record for {category}: the category needs "
            f"{needed}, and the reports give {has}, which say nothing about it."
        )
    return (
        f"{who} cannot be compared with the record for {category}: the category needs "
        f"{needed}, and the reports give no figure for it."
    )


# --- what the command prints ---------------------------------------------------------------


def table(rows: Sequence[Sequence[str]]) -> list[str]:
    """Rows as a plain-text table; the first row is the header, underlined.

    >>> print("\\n".join(table([("a", "bb"), ("ccc", "d")])))
    a    bb
    ---  --
    ccc  d
    """
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for n, row in enumerate(rows):
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=True)]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * width for width in widths))
    return lines


def _bound_words(value: float | None, inclusive: bool) -> str:
    if value is None:
        return "unbounded"
    return f"{number(value, decimals(value))} ({'included' if inclusive else 'excluded'})"


def figure_rows(fig: Any) -> list[tuple[str, str]]:
    """The rows ``polevents parse`` prints for one figure."""
    low, high = fig.bounds
    nominal = fig.nominal_value
    return [
        ("text", fig.text or ""),
        ("qualifier", fig.qualifier.name),
        ("reading", str(fig)),
        ("in words", figure(fig)),
        ("interval", fig.interval_notation()),
        ("low", _bound_words(low, fig.low_inclusive)),
        ("high", _bound_words(high, fig.high_inclusive)),
        ("nominal", "-" if nominal is None else number(nominal, decimals(nominal))),
        ("unit", fig.unit),
        ("policy", fig.policy or "-"),
    ]


def check_report(report: Any) -> str:
    """The text ``polevents check`` prints after its header line: a table of
    verdicts, each verdict with its sentence and reasons, the records the
    events set, and each progression that holds a tie or an uncertain step."""
    pairs = [(c, v) for c in report.checks for v in c.verdicts]
    if not pairs:
        return "No event competes in any record category."
    rows: list[tuple[str, ...]] = [("event", "record category", "outcome", "broke")]
    rows += [(c.event.title, v.category.label, v.outcome.name, v.broke.name) for c, v in pairs]
    lines = table(rows)
    for event_check, v in pairs:
        lines += ["", f"{event_check.event.title} / {v.category.label}: {v.outcome.name}"]
        lines.append(f"  {v}")
        lines += [f"    - {reason}" for reason in v.reasons]
    added = [(c, r) for c in report.checks for r in c.added]
    if added:
        lines += ["", "Records set by the events:"]
        lines += [
            f"  {r.category.label}: {r.holder_name} ({_judged(r.value, r.category)})"
            for _, r in added
        ]
    book: Any = getattr(report, "book", None)
    for category in getattr(book, "categories", ()):
        steps = book.steps(category)
        if any(s.tie or s.uncertain for s in steps):
            lines += ["", f"Progression of {category.label}:"]
            lines += [f"  {'?' if s.uncertain else '-'} {s}" for s in steps]
    return "\n".join(lines)


def timeline(report: Any) -> str:
    """The text ``polevents timeline`` prints after its header line."""
    rows: list[tuple[str, ...]] = [("when", "what", "details")]
    for entry in report.entries:
        item = entry.item
        if entry.kind != "advisory":
            what = item.kind or item.event_type.replace("_", " ")
            rows.append((str(entry.when), what, item.title))
        else:
            note = " (superseded)" if entry.superseded_by is not None else ""
            label = "advisory window" if item.window is not None else "advisory issued"
            rows.append((str(entry.when), label, f"{item}{note}: {item.recommendation[:60]}"))
    lines = [*table(rows), "", "Clashes (advisories that affect, or may affect, an event):"]
    if not report.clashes:
        lines.append("  none")
    for clash in report.clashes:
        note = " (superseded)" if clash.superseded else ""
        window = f" [{clash.advisory.window}]" if clash.advisory.window else ""
        why = "it is about this event" if clash.about else "time and place allow it"
        what = f"{clash.advisory}{window}{note}"
        lines.append(f"  {clash.affects.name:<5} {what} -> {clash.event.title} ({why})")
    return "\n".join(lines)


# --- notebook and console faces ----------------------------------------------------------


def _short(figure: Any) -> str:
    return "None" if figure is None else str(figure.interval_notation())


def verdict_repr(v: Any) -> str:
    """A verdict's ``repr``: what it decided, about what, in one short line."""
    holder = v.record.holder_name if v.record is not None else None
    return (
        f"Verdict(outcome={v.outcome.name}, category={v.category.label!r}, "
        f"challenger={_short(v.challenger)!r}, record_holder={holder!r})"
    )


def verdict_html(v: Any) -> str:
    """A verdict as a small HTML table, for notebooks."""
    rows = [
        ("outcome", v.outcome.value),
        ("broke", v.broke.value),
        ("record category", v.category.label),
        ("challenger", _short(v.challenger)),
        ("record", _short(v.record_value)),
        ("margin", _short(v.margin)),
    ]
    cells = "".join(
        f"<tr><th>{html.escape(k)}</th><td>{html.escape(str(val))}</td></tr>" for k, val in rows
    )
    return f"<table>{cells}</table><p>{html.escape(verdict(v))}</p>"


def check_header(where: str, policy: str) -> str:
    """The line ``polevents check`` prints before its report."""
    return f"Record checks in {where}, hedges read under the {policy.upper()} policy."


def timeline_header(where: str) -> str:
    """The line ``polevents timeline`` prints before its table."""
    return f"Timeline of {where}."


def verdict_header() -> tuple[str, ...]:
    """The column words of a table of verdicts (the notebook face of a check)."""
    return ("event", "record category", "outcome", "broke", "verdict")


_DATASET_LISTS = (
    "events",
    "advisories",
    "records",
    "sources",
    "people",
    "parties",
    "organizations",
    "places",
    "metrics",
    "inequalities",
)


def dataset_repr(d: Any) -> str:
    """A dataset's ``repr``: where it came from and how much it holds."""
    counts = ", ".join(f"{name}={len(getattr(d, name))}" for name in _DATASET_LISTS)
    return f"Dataset(source={d.source!r}, {counts})"


def dataset_html(d: Any) -> str:
    """A dataset as a small HTML summary: its source, its counts and its events."""
    counts = "".join(
        f"<tr><th>{html.escape(name)}</th><td>{len(getattr(d, name))}</td></tr>"
        for name in _DATASET_LISTS
        if getattr(d, name)
    )
    events = "".join(
        f"<li>{html.escape(str(event.when))}: {html.escape(event.title)}</li>"
        for event in d.events[:20]
    )
    more = f"<li>… and {len(d.events) - 20} more</li>" if len(d.events) > 20 else ""
    where = html.escape(d.source or "built in Python")
    return f"<p>Dataset from {where}</p><table>{counts}</table><ul>{events}{more}</ul>"


def bound(value: float, side: str) -> str:
    """One end of an interval, never shown narrower than it is.

    The shortest decimal (at most six places) that is the value up to float
    noise; a value with more decimals is rounded outward — a low end down, a
    high end up — so the printed interval always holds the real one.

    >>> bound(148500.00000000003, "low"), bound(9.575, "low"), bound(9.585, "high")
    ('148,500', '9.575', '9.585')
    >>> bound(1 / 3, "low"), bound(1 / 3, "high")
    ('0.333333', '0.333334')
    """
    for places in range(7):
        shown = round(value, places)
        if abs(shown - value) <= 1e-12 * max(1.0, abs(value)):
            return f"{shown:,.{places}f}"
    scale = 10**6
    outward = math.floor(value * scale) if side == "low" else math.ceil(value * scale)
    return f"{outward / scale:,.6f}"


def figure_plain(f: Any) -> str:
    """``str(figure)``: the interval in words with the registry's unit name.

    >>> from polevents import Figure
    >>> figure_plain(Figure.parse("9.58 seconds"))
    '9.575 to 9.585 second'
    """
    low, high = f.bounds
    if low is not None and low == high:
        return f"{bound(low, 'low')} {f.unit}"
    if low is not None and high is not None and f.low_inclusive and f.high_inclusive:
        return f"{bound(low, 'low')} to {bound(high, 'high')} {f.unit}"
    parts = []
    if low is not None:
        parts.append(f"{'at least' if f.low_inclusive else 'more than'} {bound(low, 'low')}")
    if high is not None:
        parts.append(f"{'at most' if f.high_inclusive else 'less than'} {bound(high, 'high')}")
    if not parts:
        return f"any number of {f.unit}"
    return f"{' and '.join(parts)} {f.unit}"


def interval_notation(f: Any) -> str:
    """A figure in mathematical notation: ``'(446,000, 490,600] person'``."""
    return f"{_ends(f)} {f.unit}"


def figure_repr(f: Any) -> str:
    """A figure's ``repr``: its words (if read from text) and its interval."""
    source = f"{f.text!r} → " if f.text else ""
    return f"Figure({source}{interval_notation(f)}, {f.qualifier.name})"


def figure_html(f: Any) -> str:
    """A figure for notebooks: the interval, the hedge, and the words it came from."""
    words = f"<br><small>from “{html.escape(f.text)}”</small>" if f.text else ""
    policy = f", read under {html.escape(f.policy.upper())}" if f.policy else ""
    return (
        f"<span><b>{html.escape(interval_notation(f))}</b> "
        f"({html.escape(f.qualifier.value)}{policy}){words}</span>"
    )
