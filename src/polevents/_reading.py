"""The number reader behind :meth:`Figure.parse` and :func:`extract`.

It finds figures in text and reports what it read — the hedge word, the
number(s), the unit word and where they stand — without deciding what the
figure means; :mod:`polevents.figures` turns that into an interval under a
reading policy. Nothing here guesses: a number that is part of a date, a clock
time or a percentage is not a figure.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

import attrs

from polevents.units import unit_word

ONE = Decimal(1)

# Hedge words and the qualifier they stand for. Longer phrases must be tried
# first, so the alternation below is sorted by length.
HEDGES: dict[str, str] = {
    "exactly": "EXACT",
    "precisely": "EXACT",
    "about": "ABOUT",
    "around": "ABOUT",
    "approximately": "ABOUT",
    "approx.": "ABOUT",
    "roughly": "ABOUT",
    "some": "ABOUT",
    "circa": "ABOUT",
    "an estimated": "ABOUT",
    "~": "ABOUT",
    "almost": "ALMOST",
    "nearly": "ALMOST",
    "close to": "ALMOST",
    "just under": "ALMOST",
    "short of": "ALMOST",
    "just short of": "ALMOST",
    "over": "OVER",
    "more than": "OVER",
    "above": "OVER",
    "in excess of": "OVER",
    "upwards of": "OVER",
    "at least": "AT_LEAST",
    "no fewer than": "AT_LEAST",
    "no less than": "AT_LEAST",
    "a minimum of": "AT_LEAST",
    "under": "UNDER",
    "less than": "UNDER",
    "below": "UNDER",
    "fewer than": "UNDER",
    "up to": "AT_MOST",
    "at most": "AT_MOST",
    "as many as": "AT_MOST",
    "a maximum of": "AT_MOST",
    "no more than": "AT_MOST",
}

# Vague quantities, most specific first ("hundreds of thousands" before "hundreds").
VAGUE_WORDS: tuple[str, ...] = (
    "hundreds of thousands",
    "tens of thousands",
    "hundreds",
    "thousands",
    "millions",
    "dozens",
)

# Decimals, so that "1.65 lakh" is exactly 165,000 before the one rounding to float.
MULTIPLIER_WORDS: dict[str, Decimal] = {
    "thousand": Decimal(10**3),
    "million": Decimal(10**6),
    "billion": Decimal(10**9),
    "trillion": Decimal(10**12),
    "lakh": Decimal(10**5),
    "lakhs": Decimal(10**5),
    "lac": Decimal(10**5),
    "lacs": Decimal(10**5),
    "crore": Decimal(10**7),
    "crores": Decimal(10**7),
}
MULTIPLIER_SUFFIXES: dict[str, Decimal] = {
    "k": Decimal(10**3),
    "m": Decimal(10**6),
    "mn": Decimal(10**6),
    "b": Decimal(10**9),
    "bn": Decimal(10**9),
}
FRACTIONS: dict[str, Decimal] = {
    "half": Decimal("0.5"),
    "a quarter": Decimal("0.25"),
    "three quarters": Decimal("0.75"),
}


def _phrase(words: str) -> str:
    return r"\s+".join(re.escape(w) for w in words.split())


_HEDGE_ALT = "|".join(_phrase(w) for w in sorted(HEDGES, key=len, reverse=True))
_VAGUE_ALT = "|".join(_phrase(w) for w in VAGUE_WORDS)
_MULTWORD_ALT = "|".join(sorted(MULTIPLIER_WORDS, key=len, reverse=True))

# Digits: western grouping (165,000), South Asian grouping (1,65,000), thin or
# plain spaces (165 000), or plain digits; then an optional decimal part.
_DIGITS = (
    r"(?:\d{1,3}(?:,\d{3})+(?![\d])"
    r"|\d{1,2}(?:,\d{2})+,\d{3}(?![\d])"
    r"|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d])"
    r"|\d++)"
    r"(?:\.\d++)?(?!,\d)(?!\.\d)"
)
_MULT = (
    rf"(?:\s?(?-i:[kK]|M|B|bn|mn|Bn|Mn)(?![A-Za-z])"
    rf"|\s+(?:{_MULTWORD_ALT})(?![A-Za-z]))"
)
_SPELLED = (
    rf"(?:(?:half|a\s+quarter|three[\s-]quarters)\s+(?:of\s+)?an?\s+|an?\s+)"
    rf"(?:{_MULTWORD_ALT})(?![A-Za-z])"
)
_NUMBER = rf"(?:(?<![\w]){_SPELLED}|{_DIGITS}(?:{_MULT})?)"
# A figure does not start in the middle of a word, a decimal, a date or a range.
_START = r"(?<![\w.,:/\-–—])"
# What may not follow a number for it to be a figure: a clock time, a date,
# a percentage or another number glued to it.
_NOT_A_FIGURE = (
    r"(?!\s*(?:%|per\s*cent(?![a-z])|percent(?![a-z])|[ap]\.?\s?m(?![a-z])\.?|o'clock|[:/]\d))"
)
_RANGE_SEP = r"(?:\s*[–—-]\s*|\s+to\s+)"

_PATTERN = re.compile(
    rf"""
    (?:
        (?<![\w])between\s+(?P<b1>{_NUMBER})\s+and\s+(?P<b2>{_NUMBER}){_NOT_A_FIGURE}(?![-–/.]\d)
      | {_START}(?P<r1>{_NUMBER}){_RANGE_SEP}(?P<r2>{_NUMBER}){_NOT_A_FIGURE}(?![-–/.]\d)
      | (?<![\w])(?P<vague>{_VAGUE_ALT})(?![A-Za-z])
      | (?:(?<![\w])(?P<hedge>{_HEDGE_ALT})\s*)?
        {_START}(?P<num>{_NUMBER})(?P<plus>\+(?![\d]))?
        {_NOT_A_FIGURE}(?!\s*[–—-]\s*\d)(?!\s+to\s+\d)
    )
    (?P<tail>\s+(?:of\s+)?(?P<unit>[A-Za-z]+))?
    """,
    re.IGNORECASE | re.VERBOSE,
)

_NUMBER_PARTS = re.compile(
    rf"""
    (?P<spelled>(?P<frac>half|a\s+quarter|three[\s-]quarters)?\s*(?:of\s+)?an?\s+
        (?P<sword>{_MULTWORD_ALT}))
    | (?P<digits>[\d,.\u00a0\u202f ]+?)\s*
      (?:(?P<suffix>(?-i:[kK]|M|B|bn|mn|Bn|Mn))|(?P<word>{_MULTWORD_ALT}))?
    $""",
    re.IGNORECASE | re.VERBOSE,
)


@attrs.frozen
class RawMention:
    """What the reader found: not yet an interval."""

    hedge: str | None  # qualifier name, e.g. "ABOUT"; None when no hedge word
    values: tuple[float, ...]  # one number, or two for a range
    vague: str | None  # the vague word, normalised ("tens of thousands")
    plus: bool  # written "x+"
    unit: str | None  # canonical unit from the unit word, if any
    unit_text: str | None  # the unit word as written
    start: int
    end: int


def read_number(text: str) -> tuple[Decimal, Decimal | None]:
    """The number as written and its multiplier (None when none was written).

    The value may be ``inf`` when the digits are too many for a float; the
    caller refuses it.
    """
    m = _NUMBER_PARTS.match(text.strip())
    if m is None:  # pragma: no cover - the main pattern only hands over numbers
        raise ValueError(text)
    if m.group("spelled"):
        frac = m.group("frac")
        factor = FRACTIONS[" ".join(frac.lower().replace("-", " ").split())] if frac else ONE
        return factor, MULTIPLIER_WORDS[m.group("sword").lower()]
    value = Decimal(re.sub(r"[,\u00a0\u202f ]", "", m.group("digits")))
    if m.group("suffix"):
        return value, MULTIPLIER_SUFFIXES[m.group("suffix").lower()]
    if m.group("word"):
        return value, MULTIPLIER_WORDS[m.group("word").lower()]
    return value, None


def scan(text: str) -> Iterator[RawMention]:
    """Every figure-like phrase in ``text``, left to right."""
    for m in _PATTERN.finditer(text):
        end = m.end()
        unit: str | None = None
        unit_text: str | None = None
        if m.group("unit"):
            unit = unit_word(m.group("unit"))
            if unit is None:
                end = m.start("tail")  # an ordinary word, not part of the figure
            else:
                unit_text = m.group("unit")
        values: tuple[float, ...]
        hedge = None
        vague = None
        if m.group("vague"):
            vague = " ".join(m.group("vague").lower().split())
            values = ()
        elif m.group("num"):
            value, mult = read_number(m.group("num"))
            values = (float(value * (mult or ONE)),)
            hedge = HEDGES[" ".join(m.group("hedge").lower().split())] if m.group("hedge") else None
        else:
            first, second = (m.group("b1"), m.group("b2")) if m.group("b1") else m.group("r1", "r2")
            (low, low_mult), (high, high_mult) = read_number(first), read_number(second)
            # "150–180K": a multiplier written once, at the end, applies to both ends.
            values = (float(low * (low_mult or high_mult or ONE)), float(high * (high_mult or ONE)))
        yield RawMention(
            hedge=hedge,
            values=values,
            vague=vague,
            plus=bool(m.group("plus")),
            unit=unit,
            unit_text=unit_text,
            start=m.start(),
            end=end,
        )
