"""Reported numbers as intervals.

A news report rarely gives an exact number. "Around 165K" means somewhere near
165,000; "over 446,000" means more than 446,000 — and, as news is written, not
a great deal more. A :class:`Figure` keeps such a number honestly: as an
interval with open or closed ends, the value as stated, the hedge word, the
unit, and the original text.

>>> from polevents import Figure
>>> f = Figure.parse("around 165K listeners")
>>> str(f)
'148,500 to 181,500 person'
>>> f.qualifier
<Qualifier.ABOUT: 'about'>
>>> Figure.parse("over 446,000 people").exceeds(Figure.parse("almost 44,000", unit="person"))
<Certainty.YES: 'yes'>

A number written without a hedge is read as rounded at its last significant
digit (news rounds), and other languages' conventions are read with ``lang=``:

>>> Figure.parse("165,000 people").interval_notation()
'[164,500, 165,500] person'
>>> Figure.parse("660.000 espectadores", lang="es").interval_notation()
'[655,000, 665,000] person'

How each hedge is read is set by a :class:`ReadingPolicy`; see the table in
the tutorial "Reading numbers from the news".
"""

from __future__ import annotations

import decimal
import enum
import functools
import math
import sys
from typing import Any, ClassVar

import attrs
import pint

from polevents import _render
from polevents._lang import LANGUAGES
from polevents._lang.common import DOLLAR_SIGN
from polevents._reading import COUNTS, MAX_TEXT, Candidate, read
from polevents.certainty import Certainty
from polevents.errors import IncomparableError, ParseError, ValidationError
from polevents.units import (
    canonical_unit,
    conversion_factor,
    conversion_ratio,
    dimension_of,
    is_currency,
    ureg,
)

__all__ = [
    "MAX_TEXT",
    "Figure",
    "Mention",
    "Mentions",
    "Qualifier",
    "ReadingPolicy",
    "Skipped",
    "extract",
]

Number = int | float


class Qualifier(enum.Enum):
    """How a figure was hedged in the text it came from."""

    #: "exactly", "precisely", or :meth:`Figure.exact`: the point itself.
    EXACT = "exact"
    #: A number stated without a hedge: rounded at its last significant digit
    #: under NEWS ("165,000" is [164,500, 165,500]), the point under LITERAL.
    PLAIN = "plain"
    ABOUT = "about"
    ALMOST = "almost"
    OVER = "over"
    AT_LEAST = "at least"
    UNDER = "under"
    AT_MOST = "at most"
    BETWEEN = "between"
    VAGUE = "vague"
    #: Computed from other figures (a difference, an intersection, a hull);
    #: only derived figures may have negative or unbounded-below bounds.
    DERIVED = "derived"


def _tolerance(_instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    # Zero would make "almost x" the empty interval [x, x); one or more, a negative bound.
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < 1:
        raise ValidationError(
            f"ReadingPolicy.{attribute.name}", value, "a fraction between 0 and 1 (both excluded)"
        )


def _flag(_instance: object, attribute: attrs.Attribute[bool], value: bool) -> None:
    if not isinstance(value, bool):
        raise ValidationError(f"ReadingPolicy.{attribute.name}", value, "True or False")


def _text_field(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str):
        raise ValidationError(f"ReadingPolicy.{attribute.name}", value, "text")


def _vague_ranges(
    _instance: object,
    attribute: attrs.Attribute[tuple[tuple[str, float, float], ...]],
    value: tuple[tuple[str, float, float], ...],
) -> None:
    for entry in value:
        ok = (
            isinstance(entry, tuple)
            and len(entry) == 3
            and isinstance(entry[0], str)
            and all(isinstance(v, int | float) and math.isfinite(v) for v in entry[1:])
            and 0 <= entry[1] < entry[2]
        )
        if not ok:
            raise ValidationError(
                "ReadingPolicy.vague", entry, "(word, low, high) with 0 <= low < high, both finite"
            )


DEFAULT_VAGUE: tuple[tuple[str, float, float], ...] = (
    ("dozens", 24.0, 100.0),
    ("hundreds", 200.0, 1_000.0),
    ("thousands", 2_000.0, 10_000.0),
    ("tens of thousands", 20_000.0, 100_000.0),
    ("hundreds of thousands", 200_000.0, 1_000_000.0),
    ("millions", 2_000_000.0, 1_000_000_000.0),
)


@attrs.frozen(kw_only=True)
class ReadingPolicy:
    """How far a hedge word reaches.

    Tolerances are fractions of the stated value, read as the decimals they
    are written as (``0.1`` is exactly one tenth). ``open_ended`` says whether
    "over x" and "at least x" stay unbounded above (and "under x", "up to x"
    reach down to zero), as the words strictly say; otherwise they stay within
    ``over`` / ``under`` of x, as news writing does. ``round_plain`` says
    whether a number written without a hedge is read as rounded at its last
    significant digit ("165,000" is [164,500, 165,500]) or as the exact point.
    Vague words ("thousands") read as half-open ranges ``[low, high)``.

    Two policies are built in: :attr:`NEWS` (the default) and :attr:`LITERAL`.

    >>> ReadingPolicy.NEWS.interval(Qualifier.OVER, 44_000)
    (44000.0, 48400.0, False, True)
    >>> ReadingPolicy.LITERAL.interval(Qualifier.OVER, 44_000)
    (44000.0, None, False, False)
    """

    name: str = attrs.field(default="custom", validator=_text_field)
    about: float = attrs.field(default=0.10, validator=_tolerance)
    almost: float = attrs.field(default=0.10, validator=_tolerance)
    over: float = attrs.field(default=0.10, validator=_tolerance)
    under: float = attrs.field(default=0.10, validator=_tolerance)
    open_ended: bool = attrs.field(default=False, validator=_flag)
    round_plain: bool = attrs.field(default=True, validator=_flag)
    vague: tuple[tuple[str, float, float], ...] = attrs.field(
        default=DEFAULT_VAGUE, validator=_vague_ranges
    )

    NEWS: ClassVar[ReadingPolicy]
    LITERAL: ClassVar[ReadingPolicy]

    @classmethod
    def named(cls, name: str) -> ReadingPolicy:
        """The built-in policy called ``name`` (``"news"`` or ``"literal"``)."""
        policies = {"news": cls.NEWS, "literal": cls.LITERAL}
        try:
            return policies[name.lower()]
        except (KeyError, AttributeError):
            raise ValidationError("policy", name, "'news' or 'literal'") from None

    def interval(
        self, qualifier: Qualifier, value: float, step: float | None = None
    ) -> tuple[float, float | None, bool, bool]:
        """``(low, high, low_inclusive, high_inclusive)`` for a hedged value.

        ``step`` is the place value of the last significant digit of a PLAIN
        value (by default, that of ``value`` as Python writes it).
        """
        n, d = value.as_integer_ratio()
        step_ratio = None if step is None else step.as_integer_ratio()
        return self._interval(qualifier, n, d, step_ratio)

    def _interval(
        self, qualifier: Qualifier, n: int, d: int, step: tuple[int, int] | None = None
    ) -> tuple[float, float | None, bool, bool]:
        """The interval for the exact value ``n / d``, every bound rounded outward."""
        if qualifier is Qualifier.PLAIN and self.round_plain:
            # the commonest reading first, with no more divisions than it needs
            sn, sd = step if step is not None else _step_of(n, d)
            # n/d ± sn/(2 sd), never below zero
            low = max(_div(n * 2 * sd - sn * d, 2 * d * sd, up=False), 0.0)
            return low, _div(n * 2 * sd + sn * d, 2 * d * sd, up=True), True, True
        x_low, x_high = _div(n, d, up=False), _div(n, d, up=True)

        def scaled(tolerance: float, sign: int, up: bool) -> float:
            # exact: n/d × (1 ± t), with t the decimal the tolerance is written as
            tn, td = _decimal_ratio(tolerance)
            return _div(n * (td + sign * tn), d * td, up=up)

        match qualifier:
            case Qualifier.EXACT | Qualifier.PLAIN:
                return x_low, x_high, True, True
            case Qualifier.ABOUT:
                return (
                    scaled(self.about, -1, False),
                    scaled(self.about, +1, True),
                    True,
                    True,
                )
            case Qualifier.ALMOST:
                return scaled(self.almost, -1, False), x_high, True, False
            case Qualifier.OVER:
                if self.open_ended:
                    return x_low, None, False, False
                return x_low, scaled(self.over, +1, True), False, True
            case Qualifier.AT_LEAST:
                if self.open_ended:
                    return x_low, None, True, False
                return x_low, scaled(self.over, +1, True), True, True
            case Qualifier.UNDER:
                low = 0.0 if self.open_ended else scaled(self.under, -1, False)
                return low, x_high, True, False
            case Qualifier.AT_MOST:
                low = 0.0 if self.open_ended else scaled(self.under, -1, False)
                return low, x_high, True, True
            case _:
                raise ValidationError(
                    "qualifier", qualifier, "a hedge on one value (not BETWEEN, VAGUE or DERIVED)"
                )

    def vague_range(self, word: str) -> tuple[float, float]:
        """``(low, high)`` for a vague word; the range includes low, excludes high."""
        for name, low, high in self.vague:
            if name == word:
                return float(low), float(high)
        raise ValidationError(
            "vague", word, "one of " + ", ".join(repr(name) for name, _, _ in self.vague)
        )


ReadingPolicy.NEWS = ReadingPolicy(name="news")
ReadingPolicy.LITERAL = ReadingPolicy(name="literal", open_ended=True, round_plain=False)


def _policy(policy: ReadingPolicy | str | None) -> ReadingPolicy:
    """A policy given as itself, by name ("news", "literal"), or None for NEWS."""
    if policy is None:
        return ReadingPolicy.NEWS
    if isinstance(policy, ReadingPolicy):
        return policy
    if isinstance(policy, str):
        return ReadingPolicy.named(policy)
    raise ValidationError("policy", policy, "a ReadingPolicy, 'news' or 'literal'")


def _lang(lang: Any) -> str:
    if not isinstance(lang, str) or lang not in LANGUAGES:
        raise ValidationError("lang", lang, "one of " + ", ".join(repr(c) for c in LANGUAGES))
    return lang


def _optional_float(value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError("bound", value, "a number or None (unbounded)")
    return float(value)


def _div(n: int, d: int, *, up: bool) -> float:
    """``n / d`` (``d > 0``) as a float rounded toward +∞ (``up``) or −∞.

    Python divides integers correctly rounded; one comparison of integers says
    which way it rounded, and ``math.nextafter`` moves the result outward when
    it went the wrong way. No ``Fraction``: this is on every comparison's path.
    """
    try:
        r = n / d
    except OverflowError:
        return math.inf if n > 0 else -math.inf
    rn, rd = r.as_integer_ratio()
    error = rn * d - n * rd  # the sign of r - n/d
    if up and error < 0:
        return math.nextafter(r, math.inf)
    if not up and error > 0:
        return math.nextafter(r, -math.inf)
    return r


def _ratio(value: float) -> tuple[int, int]:
    return value.as_integer_ratio()


@functools.lru_cache(maxsize=64)
def _decimal_ratio(value: float) -> tuple[int, int]:
    """A tolerance as the decimal it is written as: 0.1 → (1, 10)."""
    return decimal.Decimal(repr(value)).as_integer_ratio()


def _step_of(n: int, d: int) -> tuple[int, int]:
    """The place value of the last significant digit of n/d as Python writes it."""
    text = repr(n / d) if d != 1 or abs(n) > 2**53 else str(n)
    exponent = decimal.Decimal(text).normalize().as_tuple().exponent
    if not isinstance(exponent, int):  # pragma: no cover - n/d is finite
        return 1, 1
    return (10**exponent, 1) if exponent >= 0 else (1, 10**-exponent)


def _difference(a: float, b: float, *, up: bool) -> float:
    (an, ad), (bn, bd) = a.as_integer_ratio(), b.as_integer_ratio()
    return _div(an * bd - bn * ad, ad * bd, up=up)


def _quotient(a: float, b: float, *, up: bool) -> float:
    """``a / b`` for ``a >= 0``, ``b > 0``, rounded outward."""
    (an, ad), (bn, bd) = a.as_integer_ratio(), b.as_integer_ratio()
    return _div(an * bd, ad * bn, up=up)


def _product(a: float, n: int, d: int, *, up: bool) -> float:
    an, ad = a.as_integer_ratio()
    return _div(an * n, ad * d, up=up)


def _finite_or_none(value: float) -> float | None:
    return value if math.isfinite(value) else None


_SET = object.__setattr__


def _check(
    low: float | None,
    high: float | None,
    low_inclusive: bool,
    high_inclusive: bool,
    qualifier: Qualifier,
    nominal: float | None,
) -> None:
    """The checks every figure's bounds pass, however it was built."""
    for name, bound in (("low", low), ("high", high), ("nominal", nominal)):
        if bound is not None and not math.isfinite(bound):
            raise ValidationError(
                f"Figure.{name}", bound, "a finite number (None for an unbounded side)"
            )
    if low is None and low_inclusive:
        raise ValidationError(
            "Figure.low_inclusive", True, "False, since an unbounded low side has no endpoint"
        )
    if high is None and high_inclusive:
        raise ValidationError(
            "Figure.high_inclusive", True, "False, since an unbounded high side has no endpoint"
        )
    if qualifier is not Qualifier.DERIVED:
        if low is None or low < 0:
            raise ValidationError("Figure.low", low, "a non-negative number for a reported figure")
        if nominal is not None and nominal < 0:
            raise ValidationError("Figure.nominal", nominal, "a non-negative number")
    if low is not None and high is not None:
        if low > high:
            raise ValidationError("Figure.high", high, f"a number not below the low bound {low!r}")
        if low == high and not (low_inclusive and high_inclusive):
            raise ValidationError(
                "Figure", f"[{low!r}, {high!r}] with an open end", "a non-empty interval"
            )


@attrs.frozen(kw_only=True)
class Figure:
    """A reported number as an interval, in one unit.

    Prefer the constructors (:meth:`exact`, :meth:`about`, :meth:`over`, …,
    :meth:`parse`) to calling the class directly. Bounds are stored as floats
    in :attr:`unit`; the :attr:`low`, :attr:`high` and :attr:`nominal`
    properties give pint quantities, :attr:`bounds` the plain floats.
    ``None`` for a bound means unbounded on that side.

    Raises:
        ValidationError: NaN or infinite bounds (use ``None``), ``low > high``,
            a one-point interval with an open end, an unknown unit, or — for
            anything but a ``DERIVED`` figure — a negative or missing low bound.
    """

    _low: float | None = attrs.field(converter=_optional_float)
    _high: float | None = attrs.field(converter=_optional_float)
    low_inclusive: bool = True
    high_inclusive: bool = True
    unit: str = attrs.field(converter=canonical_unit)
    qualifier: Qualifier = Qualifier.EXACT
    _nominal: float | None = attrs.field(default=None, converter=_optional_float)
    text: str | None = None
    policy: str | None = None
    #: The language the text was read in, so that :meth:`reread` reads it the same way.
    lang: str = attrs.field(default="en", converter=_lang)

    def __attrs_post_init__(self) -> None:
        # the kinds a figure built by hand may get wrong ("exact" for Qualifier.EXACT);
        # the reader's and io's own constructor (_from_reader) is handed them already
        if not isinstance(self.qualifier, Qualifier):
            raise ValidationError(
                "Figure.qualifier", self.qualifier, "a Qualifier such as Qualifier.EXACT"
            )
        for name, flag in (
            ("low_inclusive", self.low_inclusive),
            ("high_inclusive", self.high_inclusive),
        ):
            if not isinstance(flag, bool):
                raise ValidationError(f"Figure.{name}", flag, "True or False")
        for name, words in (("text", self.text), ("policy", self.policy)):
            if words is not None and not isinstance(words, str):
                raise ValidationError(f"Figure.{name}", words, "text or None")
        _check(
            self._low,
            self._high,
            self.low_inclusive,
            self.high_inclusive,
            self.qualifier,
            self._nominal,
        )

    @classmethod
    def _from_reader(
        cls,
        low: float,
        high: float | None,
        low_inclusive: bool,
        high_inclusive: bool,
        unit: str,
        qualifier: Qualifier,
        nominal: float | None,
        text: str,
        policy: str,
        lang: str,
    ) -> Figure:
        """A figure polevents' own readers built: the same checks on its bounds, no conversions.

        For the text reader and io's loader, which hand over floats (or None), a
        canonical unit name, a :class:`Qualifier`, booleans and a known language: the
        converters (and the copy ``attrs.evolve`` would make) are skipped; the bounds
        get exactly the checks of a figure built by hand (:func:`_check`).
        """
        _check(low, high, low_inclusive, high_inclusive, qualifier, nominal)
        figure = object.__new__(cls)
        _SET(figure, "_low", low)
        _SET(figure, "_high", high)
        _SET(figure, "low_inclusive", low_inclusive)
        _SET(figure, "high_inclusive", high_inclusive)
        _SET(figure, "unit", unit)
        _SET(figure, "qualifier", qualifier)
        _SET(figure, "_nominal", nominal)
        _SET(figure, "text", text)
        _SET(figure, "policy", policy)
        _SET(figure, "lang", lang)
        return figure

    # --- constructors -------------------------------------------------------------

    @classmethod
    def exact(cls, value: Number | pint.Quantity[Any], unit: str | None = None) -> Figure:
        """Exactly ``value``: ``[x, x]``.

        >>> str(Figure.exact(165_000, "person"))
        '165,000 person'
        """
        x, unit_name = _reported(value, unit)
        return cls(low=x, high=x, unit=unit_name, qualifier=Qualifier.EXACT, nominal=x)

    @classmethod
    def plain(
        cls,
        value: Number | pint.Quantity[Any],
        unit: str | None = None,
        step: float | None = None,
        policy: ReadingPolicy | str | None = None,
    ) -> Figure:
        """``x`` stated without a hedge: rounded at ``step`` under NEWS, the point under LITERAL.

        ``step`` is the place value of the last significant digit ("165,000" →
        1,000); by default, that of ``value`` as Python writes it.

        >>> Figure.plain(165_000, "person").interval_notation()
        '[164,500, 165,500] person'
        >>> Figure.plain(2.4, "hour", step=0.1).interval_notation()
        '[2.35, 2.45] hour'
        """
        reading = _policy(policy)
        x, unit_name = _reported(value, unit)
        if step is not None and (
            isinstance(step, bool)
            or not isinstance(step, int | float)
            or not (math.isfinite(step) and step > 0)
        ):
            raise ValidationError("step", step, "a positive, finite place value such as 1000")
        low, high, low_inc, high_inc = reading.interval(
            Qualifier.PLAIN, x, None if step is None else float(step)
        )
        return cls(
            low=low,
            high=high,
            low_inclusive=low_inc,
            high_inclusive=high_inc,
            unit=unit_name,
            qualifier=Qualifier.PLAIN,
            nominal=x,
            policy=reading.name,
        )

    @classmethod
    def about(
        cls,
        value: Number | pint.Quantity[Any],
        unit: str | None = None,
        policy: ReadingPolicy | None = None,
    ) -> Figure:
        """ "About x": ``[x(1-about), x(1+about)]``."""
        return cls._hedged(Qualifier.ABOUT, value, unit, policy)

    @classmethod
    def almost(
        cls,
        value: Number | pint.Quantity[Any],
        unit: str | None = None,
        policy: ReadingPolicy | None = None,
    ) -> Figure:
        """ "Almost x": ``[x(1-almost), x)``."""
        return cls._hedged(Qualifier.ALMOST, value, unit, policy)

    @classmethod
    def over(
        cls,
        value: Number | pint.Quantity[Any],
        unit: str | None = None,
        policy: ReadingPolicy | None = None,
    ) -> Figure:
        """ "Over x": ``(x, x(1+over)]`` under NEWS, ``(x, ∞)`` under LITERAL."""
        return cls._hedged(Qualifier.OVER, value, unit, policy)

    @classmethod
    def at_least(
        cls,
        value: Number | pint.Quantity[Any],
        unit: str | None = None,
        policy: ReadingPolicy | None = None,
    ) -> Figure:
        """ "At least x", "x+": ``[x, x(1+over)]`` under NEWS, ``[x, ∞)`` under LITERAL."""
        return cls._hedged(Qualifier.AT_LEAST, value, unit, policy)

    @classmethod
    def under(
        cls,
        value: Number | pint.Quantity[Any],
        unit: str | None = None,
        policy: ReadingPolicy | None = None,
    ) -> Figure:
        """ "Under x": ``[x(1-under), x)`` under NEWS, ``[0, x)`` under LITERAL."""
        return cls._hedged(Qualifier.UNDER, value, unit, policy)

    @classmethod
    def at_most(
        cls,
        value: Number | pint.Quantity[Any],
        unit: str | None = None,
        policy: ReadingPolicy | None = None,
    ) -> Figure:
        """ "Up to x": ``[x(1-under), x]`` under NEWS, ``[0, x]`` under LITERAL."""
        return cls._hedged(Qualifier.AT_MOST, value, unit, policy)

    @classmethod
    def between(
        cls,
        low: Number | pint.Quantity[Any],
        high: Number | pint.Quantity[Any],
        unit: str | None = None,
    ) -> Figure:
        """Anywhere from ``low`` to ``high``, both included.

        >>> str(Figure.between(150_000, 180_000, "person"))
        '150,000 to 180,000 person'
        """
        lo, unit_name = _reported(low, unit, field="low")
        hi, _ = _reported(high, unit_name, field="high")
        if lo > hi:
            raise ValidationError("high", high, f"a value not below low ({low!r})")
        return cls(low=lo, high=hi, unit=unit_name, qualifier=Qualifier.BETWEEN)

    @classmethod
    def vague(cls, word: str, unit: str, policy: ReadingPolicy | None = None) -> Figure:
        """A vague quantity such as ``"thousands"``, read by the policy's ranges."""
        policy = _policy(policy)
        low, high = policy.vague_range(word)
        return cls(
            low=low,
            high=high,
            high_inclusive=False,
            unit=unit,
            qualifier=Qualifier.VAGUE,
            policy=policy.name,
        )

    @classmethod
    def _hedged(
        cls,
        qualifier: Qualifier,
        value: Number | pint.Quantity[Any],
        unit: str | None,
        policy: ReadingPolicy | None,
    ) -> Figure:
        policy = _policy(policy)
        x, unit_name = _reported(value, unit)
        low, high, low_inc, high_inc = policy.interval(qualifier, x)
        return cls(
            low=low,
            high=high,
            low_inclusive=low_inc,
            high_inclusive=high_inc,
            unit=unit_name,
            qualifier=qualifier,
            nominal=x,
            policy=policy.name,
        )

    @classmethod
    def parse(
        cls,
        text: str,
        unit: str | None = None,
        policy: ReadingPolicy | str | None = None,
        lang: str = "en",
    ) -> Figure:
        """Read the one figure in ``text``.

        Words around the figure are allowed ("an average of 165,000 users").
        ``unit`` gives the unit when the text names none (and settles an
        ambiguous currency sign such as "Rs"); a unit word of another dimension
        in the text is an error. ``policy`` is a :class:`ReadingPolicy` or its
        name (``"news"``, ``"literal"``); ``lang`` the language the text is
        written in (``"en"``, ``"es"``, ``"pt"``, ``"fr"``, ``"de"``, ``"it"``),
        which settles its separators, number words, hedges and unit words.
        Text longer than :data:`MAX_TEXT` (1,000,000 characters) is refused.

        Raises:
            ParseError: no figure, more than one, no unit, a unit that disagrees
                with ``unit``, a candidate that cannot be read with certainty
                (the message says why), or a number that cannot be a reported figure.

        >>> Figure.parse("an average of 165,000 users").qualifier
        <Qualifier.PLAIN: 'plain'>
        >>> str(Figure.parse("almost 44,000 listens", unit="person"))
        'at least 39,600 and less than 44,000 person'
        >>> str(Figure.parse("más de 2,4 millones de espectadores", lang="es"))
        'more than 2,400,000 and at most 2,640,000 person'
        """
        reading, wanted, code = _arguments(text, unit, policy, lang, "a string holding one figure")
        mentions, skipped, candidates = _read(text, wanted, reading, code, strict=True)
        unread = [s for s in skipped if not s.reason.endswith(_SECOND)]
        if not mentions and not unread and wanted is None:
            bare = [c for c in candidates if c.unit is None and not c.options]
            if bare:
                raise ParseError(
                    "text",
                    text,
                    f"a unit word after the number in {text[bare[0].start : bare[0].end]!r} "
                    "(people, listeners, tweets, …) or unit=",
                )
        if skipped:
            first = (unread or skipped)[0]  # a reason to refuse before a doubt about a second
            raise ParseError("text", text, f"a figure polevents can read: {first.reason}")
        if not mentions:
            raise ParseError(
                "text", text, "text holding one figure, such as 'around 165K listeners'"
            )
        if len(mentions) > 1:
            found = ", ".join(repr(m.text) for m in mentions)
            raise ParseError(
                "text", text, f"exactly one figure, but found {len(mentions)}: {found}"
            )
        return mentions[0].figure

    def reread(self, policy: ReadingPolicy | str) -> Figure:
        """The same report read under another policy.

        A figure parsed from text is read again from that text, in the same
        language; one built from a hedge and a stated value is rebuilt from
        them. Figures whose reading does not depend on the policy (exact,
        between, derived) come back as they are.

        >>> over = Figure.parse("over 44,000 listeners")
        >>> over.reread(ReadingPolicy.LITERAL).interval_notation()
        '(44,000, ∞) person'
        """
        policy = _policy(policy)
        if self.policy == policy.name:
            return self
        if self.text is not None:
            return Figure.parse(self.text, unit=self.unit, policy=policy, lang=self.lang)
        if self.qualifier in POLICY_HEDGES and self._nominal is not None:
            return attrs.evolve(
                Figure._hedged(self.qualifier, self._nominal, self.unit, policy), lang=self.lang
            )
        return self

    # --- views ---------------------------------------------------------------------

    @property
    def low(self) -> pint.Quantity[Any] | None:
        """The low bound as a quantity, or None when unbounded below."""
        return None if self._low is None else ureg.Quantity(self._low, self.unit)

    @property
    def high(self) -> pint.Quantity[Any] | None:
        """The high bound as a quantity, or None when unbounded above."""
        return None if self._high is None else ureg.Quantity(self._high, self.unit)

    @property
    def nominal(self) -> pint.Quantity[Any] | None:
        """The value as stated ("165K" → 165,000), if there was one."""
        return None if self._nominal is None else ureg.Quantity(self._nominal, self.unit)

    @property
    def bounds(self) -> tuple[float | None, float | None]:
        """``(low, high)`` as plain floats in :attr:`unit`; None where unbounded."""
        return self._low, self._high

    @property
    def nominal_value(self) -> float | None:
        """The stated value as a plain float in :attr:`unit`."""
        return self._nominal

    @property
    def is_exact(self) -> bool:
        """True when the interval is a single value."""
        return self._low is not None and self._low == self._high

    @property
    def dimension(self) -> str:
        """The unit's dimension as text, e.g. ``'[audience]'``."""
        return dimension_of(self.unit)

    def contains(self, value: Number | pint.Quantity[Any]) -> bool:
        """Whether ``value`` (a number in :attr:`unit`, or a quantity) lies in the interval."""
        if isinstance(value, pint.Quantity):
            try:
                value = float(value.to(self.unit).magnitude)
            except pint.errors.DimensionalityError:
                raise IncomparableError(
                    f"cannot place {value} in a figure measured in {self.unit}"
                ) from None
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValidationError("value", value, f"a number (in {self.unit}) or a quantity")
        try:
            return _inside(float(value), self)
        except OverflowError:
            raise ValidationError("value", value, "a number a float can hold") from None

    def to(self, unit: str) -> Figure:
        """The same figure in another unit of the same dimension (bounds rounded outward)."""
        target = canonical_unit(unit)
        low, high = self._bounds_in(target)
        nominal = self._nominal
        if nominal is not None and target != self.unit:
            nominal = nominal * conversion_factor(self.unit, target)
        return attrs.evolve(self, low=low, high=high, unit=target, nominal=nominal)

    # --- comparison and arithmetic -----------------------------------------------

    def exceeds(self, other: Figure) -> Certainty:
        """Is the true value of ``self`` greater than that of ``other``?

        YES when every value in ``self`` is above every value in ``other``,
        NO when none is, MAYBE otherwise.
        """
        other_low, other_high = _figure_arg(other)._bounds_in(self.unit, for_=self)
        return _greater(
            (self._low, self.low_inclusive),
            (self._high, self.high_inclusive),
            (other_low, other.low_inclusive),
            (other_high, other.high_inclusive),
        )

    def falls_short_of(self, other: Figure) -> Certainty:
        """Is the true value of ``self`` less than that of ``other``?"""
        return _figure_arg(other).exceeds(self)

    def __sub__(self, other: Figure) -> Figure:
        """The difference, a ``DERIVED`` figure whose bounds may be negative."""
        # a polevents error, not Python's bare "unsupported operand" TypeError
        other_low, other_high = _figure_arg(other)._bounds_in(self.unit, for_=self)
        low = None
        if self._low is not None and other_high is not None:
            low = _finite_or_none(_difference(self._low, other_high, up=False))
        high = None
        if self._high is not None and other_low is not None:
            high = _finite_or_none(_difference(self._high, other_low, up=True))
        nominal = None
        if self._nominal is not None and other._nominal is not None:
            nominal = self._nominal - other._nominal * conversion_factor(other.unit, self.unit)
        return Figure(
            low=low,
            high=high,
            low_inclusive=low is not None and self.low_inclusive and other.high_inclusive,
            high_inclusive=high is not None and self.high_inclusive and other.low_inclusive,
            unit=self.unit,
            qualifier=Qualifier.DERIVED,
            nominal=nominal if nominal is None or math.isfinite(nominal) else None,
            policy=self.policy if self.policy == other.policy else None,
        )

    def ratio_to(self, other: Figure) -> tuple[float, float | None]:
        """How many times ``other`` fits in ``self``: ``(low, high)``, high None if unbounded.

        Both figures must be non-negative, and ``other`` must not be exactly zero.

        >>> Figure.exact(10, "person").ratio_to(Figure.between(2, 5, "person"))
        (2.0, 5.0)
        """
        other_low, other_high = _figure_arg(other)._bounds_in(self.unit, for_=self)
        self_low = self._low
        if self_low is None or self_low < 0:
            raise ValidationError("ratio_to self", str(self), "a figure that cannot be negative")
        if other_low is None or other_low < 0:
            raise ValidationError("ratio_to other", str(other), "a figure that cannot be negative")
        if other_high is not None and other_high == 0:
            raise ValidationError("ratio_to other", str(other), "a figure that is not exactly 0")
        low = 0.0 if other_high is None else _quotient(self_low, other_high, up=False)
        # a ratio beyond the largest float is still at least the largest float
        low = min(low, sys.float_info.max)
        high: float | None = None
        if self._high is not None and other_low > 0:
            high = _finite_or_none(_quotient(self._high, other_low, up=True))
        return low, high

    def intersection(self, other: Figure) -> Figure | None:
        """The values both figures allow, or None if they share none."""
        other_low, other_high = _figure_arg(other)._bounds_in(self.unit, for_=self)
        low, low_inc = _tighter_low(
            (self._low, self.low_inclusive), (other_low, other.low_inclusive)
        )
        high, high_inc = _tighter_high(
            (self._high, self.high_inclusive), (other_high, other.high_inclusive)
        )
        if (
            low is not None
            and high is not None
            and (low > high or (low == high and not (low_inc and high_inc)))
        ):
            return None
        return self._combined(other, low, high, low_inc, high_inc)

    def hull(self, other: Figure) -> Figure:
        """The smallest figure holding both."""
        other_low, other_high = _figure_arg(other)._bounds_in(self.unit, for_=self)
        low, low_inc = _looser_low(
            (self._low, self.low_inclusive), (other_low, other.low_inclusive)
        )
        high, high_inc = _looser_high(
            (self._high, self.high_inclusive), (other_high, other.high_inclusive)
        )
        return self._combined(other, low, high, low_inc, high_inc)

    def _combined(
        self, other: Figure, low: float | None, high: float | None, low_inc: bool, high_inc: bool
    ) -> Figure:
        same = self._low == low and self._high == high and self.low_inclusive == low_inc
        if same and self.high_inclusive == high_inc:
            return self
        derived = low is None or low < 0 or self.qualifier is Qualifier.DERIVED
        return Figure(
            low=low,
            high=high,
            low_inclusive=low_inc,
            high_inclusive=high_inc,
            unit=self.unit,
            qualifier=Qualifier.DERIVED if derived else Qualifier.BETWEEN,
            policy=self.policy if self.policy == other.policy else None,
        )

    def _bounds_in(
        self, unit: str, for_: Figure | None = None
    ) -> tuple[float | None, float | None]:
        if unit == self.unit:
            return self._low, self._high
        if dimension_of(unit) != self.dimension:
            raise IncomparableError(
                f"cannot compare {for_ if for_ is not None else unit} ({dimension_of(unit)}) "
                f"with {self} ({self.dimension})"
            )
        fn, fd = conversion_ratio(self.unit, unit)
        low = None if self._low is None else _product(self._low, fn, fd, up=False)
        high = None if self._high is None else _product(self._high, fn, fd, up=True)
        return low, high

    # --- text ----------------------------------------------------------------------

    def __str__(self) -> str:
        return _render.figure_plain(self)

    def __repr__(self) -> str:
        return _render.figure_repr(self)

    def _repr_html_(self) -> str:
        """The interval, the hedge and the words it came from, for notebooks."""
        return _render.figure_html(self)

    def interval_notation(self) -> str:
        """The interval in mathematical notation: ``'(446,000, 490,600] person'``."""
        return _render.interval_notation(self)


#: The qualifiers whose interval depends on the reading policy.
POLICY_HEDGES = frozenset(
    {
        Qualifier.PLAIN,
        Qualifier.ABOUT,
        Qualifier.ALMOST,
        Qualifier.OVER,
        Qualifier.AT_LEAST,
        Qualifier.UNDER,
        Qualifier.AT_MOST,
    }
)


def _reported(
    value: Number | pint.Quantity[Any], unit: str | None, field: str = "value"
) -> tuple[float, str]:
    """Check a stated value: a finite, non-negative number in a known unit."""
    if isinstance(value, pint.Quantity):
        if unit is None:
            unit = str(value.units)
        try:
            value = value.to(canonical_unit(unit)).magnitude
        except pint.errors.DimensionalityError:
            raise ValidationError(
                "unit", unit, f"a unit of the same dimension as {value}"
            ) from None
    if unit is None:
        raise ValidationError(
            "unit", None, "a unit such as 'person', 'post' or 'hour' (or a pint quantity)"
        )
    unit_name = canonical_unit(unit)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError(field, value, "a number")
    try:
        x = float(value)
    except OverflowError:
        raise ValidationError(field, value, "a finite, non-negative number") from None
    if not math.isfinite(x) or x < 0:
        raise ValidationError(field, value, "a finite, non-negative number")
    return x, unit_name


def _figure_arg(other: object, name: str = "other") -> Figure:
    """``other`` if it is a Figure, else a ValidationError naming the argument."""
    if not isinstance(other, Figure):
        raise ValidationError(name, other, "a Figure")
    return other


def _inside(value: float, figure: Figure) -> bool:
    low, high = figure.bounds
    if low is not None and (value < low or (value == low and not figure.low_inclusive)):
        return False
    return not (
        high is not None and (value > high or (value == high and not figure.high_inclusive))
    )


Bound = tuple[float | None, bool]


def _greater(a_low: Bound, a_high: Bound, b_low: Bound, b_high: Bound) -> Certainty:
    """Certainty that a value in A is greater than one in B."""
    (al, al_inc), (ah, _ah_inc) = a_low, a_high
    (bl, _bl_inc), (bh, bh_inc) = b_low, b_high
    if al is not None and bh is not None and (al > bh or (al == bh and not (al_inc and bh_inc))):
        return Certainty.YES
    if ah is not None and bl is not None and ah <= bl:
        return Certainty.NO
    return Certainty.MAYBE


def _tighter_low(a: Bound, b: Bound) -> Bound:
    if a[0] is None:
        return b
    if b[0] is None or a[0] > b[0]:
        return a
    if b[0] > a[0]:
        return b
    return a[0], a[1] and b[1]


def _tighter_high(a: Bound, b: Bound) -> Bound:
    if a[0] is None:
        return b
    if b[0] is None or a[0] < b[0]:
        return a
    if b[0] < a[0]:
        return b
    return a[0], a[1] and b[1]


def _looser_low(a: Bound, b: Bound) -> Bound:
    if a[0] is None or b[0] is None:
        return None, False
    if a[0] < b[0]:
        return a
    if b[0] < a[0]:
        return b
    return a[0], a[1] or b[1]


def _looser_high(a: Bound, b: Bound) -> Bound:
    if a[0] is None or b[0] is None:
        return None, False
    if a[0] > b[0]:
        return a
    if b[0] > a[0]:
        return b
    return a[0], a[1] or b[1]


@attrs.frozen(kw_only=True)
class Mention:
    """A figure found in free text: ``source[start:end] == text``."""

    figure: Figure
    start: int
    end: int
    text: str


@attrs.frozen(kw_only=True)
class Skipped:
    """A candidate :func:`extract` found but could not read: where, and why.

    ``source[start:end] == text``; ``reason`` says what would settle it
    (``lang=``, ``unit=``, a multiplier that seems to be missing…).
    """

    start: int
    end: int
    text: str
    reason: str


def _mention(figure: Figure, start: int, end: int, text: str) -> Mention:
    """A mention of values the reader made: no attrs ``__init__`` on the hot path."""
    mention = object.__new__(Mention)
    _SET(mention, "figure", figure)
    _SET(mention, "start", start)
    _SET(mention, "end", end)
    _SET(mention, "text", text)
    return mention


class Mentions(list[Mention]):
    """The figures :func:`extract` read — a plain list — and, in :attr:`skipped`, the rest.

    ``skipped`` lists every candidate that would have been a figure but could
    not be read with certainty, as :class:`Skipped` entries with their
    position and reason, so that one unreadable number never hides the
    readable ones and is never silently dropped.
    """

    skipped: list[Skipped]

    def __init__(self, mentions: list[Mention], skipped: list[Skipped]) -> None:
        super().__init__(mentions)
        self.skipped = skipped


def extract(
    text: str,
    unit: str | None = None,
    policy: ReadingPolicy | str | None = None,
    lang: str = "en",
) -> Mentions:
    """Every figure in free text, with where it stands.

    A number followed by a unit word ("165K listeners", also with a few
    describing words between: "628K concurrent viewers"), a money sign or a
    percent sign takes that unit; a bare number takes ``unit``. Without
    ``unit``, bare numbers are not figures of anything and are left out —
    pass ``unit`` to read them. Dates, years, clock times, ordinals and
    labels are never figures.

    Returns a list of :class:`Mention`. A candidate that cannot be read with
    certainty (an ambiguous separator, a fractional count, letters glued to
    the digits, a sign…) is not raised: it is listed, with its position and
    the reason, in the returned list's ``skipped`` attribute.

    ``policy`` and ``lang`` are as for :meth:`Figure.parse`. Text longer than
    :data:`MAX_TEXT` (1,000,000 characters) raises :class:`ParseError`.

    >>> found = extract("over 446,000 people tuned in; 7 million tweets; 80.9 viewers")
    >>> [m.text for m in found]
    ['over 446,000 people', '7 million tweets']
    >>> [(s.text, s.start) for s in found.skipped]
    [('80.9 viewers', 48)]
    """
    reading, wanted, code = _arguments(text, unit, policy, lang, "a string")
    mentions, skipped, _ = _read(text, wanted, reading, code, strict=False)
    return Mentions(mentions, skipped)


def _arguments(
    text: object, unit: object, policy: object, lang: object, expected: str
) -> tuple[ReadingPolicy, str | None, str]:
    if not isinstance(text, str):
        raise ParseError("text", text, expected)
    if len(text) > MAX_TEXT:
        raise ParseError(
            "text",
            text[:60] + "…",
            f"at most {MAX_TEXT:,} characters (got {len(text):,}): split the text first",
        )
    reading = _policy(policy)  # type: ignore[arg-type]
    code = _lang(lang)
    wanted = None
    if unit is not None:
        try:
            wanted = canonical_unit(unit)  # type: ignore[arg-type]
        except ValidationError as err:
            raise ParseError("unit", unit, err.expected) from None
    return reading, wanted, code


#: A dollar sign or word that ``unit=`` may name the currency of: "$", "dollars".
_DOLLAR_WORDS = frozenset({"$", "dollar", "dollars"})
#: The end of the reason ``parse`` gives for a quantity that names no unit.
_SECOND = ", but names no unit"


def _read(
    text: str, wanted: str | None, policy: ReadingPolicy, lang: str, *, strict: bool
) -> tuple[list[Mention], list[Skipped], list[Candidate]]:
    """Read every candidate; keep the figures, the reasons for the rest, and the candidates."""
    mentions: list[Mention] = []
    skipped: list[Skipped] = []
    candidates = read(text, lang, wanted)
    for cand in candidates:
        if (
            wanted in DOLLAR_SIGN
            and cand.unit in DOLLAR_SIGN
            and (cand.unit_text or "").lower() in _DOLLAR_WORDS
        ):
            cand = cand._replace(unit=wanted)  # unit= says which dollar "$" or "dollars" is
        phrase = text[cand.start : cand.end]
        problem = cand.problem
        unit = cand.unit
        if unit is None and cand.options:
            if wanted in cand.options:
                unit = wanted
            else:
                problem = problem or (
                    f"{cand.unit_text!r} may stand for {', '.join(cand.options)}: "
                    "pass unit= to say which"
                )
                unit = cand.options[0]
        unit = unit or wanted
        if unit is None:
            if (
                strict
                and problem is None
                and (
                    cand.scaled
                    or cand.hedge is not None
                    or any(n.exp < 0 for n in cand.numbers)
                    or any(c in ",.'  " for c in phrase.strip(",.'"))
                )
            ):
                # "54.8 million had cast their votes", "16,1 bzw. 11,0 Prozent", "etwa 100
                # Sicherheitskräften": a multiplier, a hedge, decimals or groups make a
                # quantity, and parse, asked for the one figure in the text, cannot tell
                # whether this is a second one
                skipped.append(
                    Skipped(
                        start=cand.start,
                        end=cand.end,
                        text=phrase,
                        reason=f"{phrase!r} may be a second figure{_SECOND}",
                    )
                )
            if problem is not None:
                # "14,5 millards": no figure of anything, but a reason the text gives doubt
                skipped.append(Skipped(start=cand.start, end=cand.end, text=phrase, reason=problem))
            continue  # a bare number is not a figure of anything
        if problem is None:
            problem = _problem(cand, unit, wanted, phrase, strict=strict)
        if problem is None:
            try:
                figure = _figure(cand, unit, policy, lang, phrase)
            except ValidationError as err:
                problem = (
                    f"{phrase!r} gives {err.value!r} where {err.field} should be {err.expected}"
                )
            else:
                mentions.append(_mention(figure, cand.start, cand.end, phrase))
                continue
        skipped.append(Skipped(start=cand.start, end=cand.end, text=phrase, reason=problem))
    return mentions, skipped, candidates


def _problem(
    cand: Candidate, unit: str, wanted: str | None, phrase: str, *, strict: bool
) -> str | None:
    """Why a candidate with a unit still cannot be read, or None."""
    if strict and wanted and cand.unit and dimension_of(cand.unit) != dimension_of(wanted):
        return f"a figure in {wanted}, but the text counts {cand.unit_text!r}"
    if cand.glued_m and unit not in COUNTS and not is_currency(unit):
        return (
            f"in {phrase!r}, 'm' may mean metres, minutes or million: write 'million', "
            "or pass unit= for a count"
        )
    if unit in COUNTS and not all(n.is_whole() for n in cand.numbers):
        return (
            f"{phrase!r} is not a whole count of {_render.unit_words(unit)} "
            "(was a multiplier such as 'million' left out?)"
        )
    if unit in COUNTS and any(n.exp < 0 for n in cand.numbers):
        # "1,000.000 people": zeros after a decimal mark on a count are more likely a
        # mistyped group mark (1,000,000) than a count of a thousand
        return (
            f"{phrase!r} writes decimals on a count of {_render.unit_words(unit)}: "
            "is the last mark a decimal point or a mistyped group mark?"
        )
    return None


def _figure(cand: Candidate, unit: str, policy: ReadingPolicy, lang: str, phrase: str) -> Figure:
    """The figure a readable candidate says, under ``policy``."""
    if cand.vague is not None:
        low, high = policy.vague_range(cand.vague)
        return Figure._from_reader(
            low, high, True, False, unit, Qualifier.VAGUE, None, phrase, policy.name, lang
        )
    if len(cand.numbers) == 2:
        (ln, ld), (hn, hd) = cand.numbers[0].ratio(), cand.numbers[1].ratio()
        low, high = _div(ln, ld, up=False), _div(hn, hd, up=True)
        if not math.isfinite(high):
            raise ValidationError("value", phrase, "a number small enough to be finite")
        return Figure._from_reader(
            low,
            high,
            not cand.low_open,
            not cand.high_open,
            unit,
            Qualifier.BETWEEN,
            None,
            phrase,
            policy.name,
            lang,
        )
    number = cand.numbers[0]
    n, d = number.ratio()
    try:
        nominal = n / d  # correctly rounded; too large a number raises
    except OverflowError:
        raise ValidationError("value", phrase, "a number small enough to be finite") from None
    qualifier = Qualifier[cand.hedge] if cand.hedge else Qualifier.PLAIN
    if cand.plus:
        qualifier = Qualifier.AT_LEAST
    step = cand.step or ((1, 10**-number.exp) if number.exp < 0 else (10**number.exp, 1))
    bottom, top, low_inc, high_inc = policy._interval(qualifier, n, d, step)
    if top is not None and not math.isfinite(top):
        raise ValidationError("value", phrase, "a number small enough to be finite")
    return Figure._from_reader(
        bottom, top, low_inc, high_inc, unit, qualifier, nominal, phrase, policy.name, lang
    )
