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

How each hedge is read is set by a :class:`ReadingPolicy`; see the table in
the tutorial "Reading numbers from the news".
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterator
from fractions import Fraction
from typing import Any, ClassVar

import attrs
import pint

from polevents import _format
from polevents._reading import RawMention, scan
from polevents.certainty import Certainty
from polevents.errors import IncomparableError, ParseError, ValidationError
from polevents.units import canonical_unit, conversion_factor, dimension_of, ureg

__all__ = ["Figure", "Mention", "Qualifier", "ReadingPolicy", "extract"]

Number = int | float


class Qualifier(enum.Enum):
    """How a figure was hedged in the text it came from."""

    EXACT = "exact"
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

    Tolerances are fractions of the stated value. ``open_ended`` says whether
    "over x" and "at least x" stay unbounded above (and "under x", "up to x"
    reach down to zero), as the words strictly say; otherwise they stay within
    ``over`` / ``under`` of x, as news writing does. Vague words ("thousands")
    read as half-open ranges ``[low, high)``.

    Two policies are built in: :attr:`NEWS` (the default) and :attr:`LITERAL`.

    >>> ReadingPolicy.NEWS.interval(Qualifier.OVER, 44_000)
    (44000.0, 48400.0, False, True)
    >>> ReadingPolicy.LITERAL.interval(Qualifier.OVER, 44_000)
    (44000.0, None, False, False)
    """

    name: str = "custom"
    about: float = attrs.field(default=0.10, validator=_tolerance)
    almost: float = attrs.field(default=0.10, validator=_tolerance)
    over: float = attrs.field(default=0.10, validator=_tolerance)
    under: float = attrs.field(default=0.10, validator=_tolerance)
    open_ended: bool = False
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
        self, qualifier: Qualifier, value: float
    ) -> tuple[float, float | None, bool, bool]:
        """``(low, high, low_inclusive, high_inclusive)`` for a hedged value."""
        x = Fraction(value)

        def scaled(tolerance: float, sign: int) -> float:
            # Exact arithmetic, so that 44,000 less 10% is exactly 39,600.
            return float(x * (1 + sign * Fraction(str(tolerance))))

        match qualifier:
            case Qualifier.EXACT:
                return float(x), float(x), True, True
            case Qualifier.ABOUT:
                return scaled(self.about, -1), scaled(self.about, +1), True, True
            case Qualifier.ALMOST:
                return scaled(self.almost, -1), float(x), True, False
            case Qualifier.OVER:
                if self.open_ended:
                    return float(x), None, False, False
                return float(x), scaled(self.over, +1), False, True
            case Qualifier.AT_LEAST:
                if self.open_ended:
                    return float(x), None, True, False
                return float(x), scaled(self.over, +1), True, True
            case Qualifier.UNDER:
                low = 0.0 if self.open_ended else scaled(self.under, -1)
                return low, float(x), True, False
            case Qualifier.AT_MOST:
                low = 0.0 if self.open_ended else scaled(self.under, -1)
                return low, float(x), True, True
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
ReadingPolicy.LITERAL = ReadingPolicy(name="literal", open_ended=True)


def _optional_float(value: object) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValidationError("bound", value, "a number or None (unbounded)")
    return float(value)


def _round_down(value: Fraction) -> float:
    result = float(value)
    return math.nextafter(result, -math.inf) if Fraction(result) > value else result


def _round_up(value: Fraction) -> float:
    result = float(value)
    return math.nextafter(result, math.inf) if Fraction(result) < value else result


def _finite_or_none(value: float) -> float | None:
    return value if math.isfinite(value) else None


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

    def __attrs_post_init__(self) -> None:
        low, high = self._low, self._high
        for name, bound in (("low", low), ("high", high), ("nominal", self._nominal)):
            if bound is not None and not math.isfinite(bound):
                raise ValidationError(
                    f"Figure.{name}", bound, "a finite number (None for an unbounded side)"
                )
        if low is None and self.low_inclusive:
            raise ValidationError(
                "Figure.low_inclusive", True, "False, since an unbounded low side has no endpoint"
            )
        if high is None and self.high_inclusive:
            raise ValidationError(
                "Figure.high_inclusive", True, "False, since an unbounded high side has no endpoint"
            )
        if self.qualifier is not Qualifier.DERIVED:
            if low is None or low < 0:
                raise ValidationError(
                    "Figure.low", low, "a non-negative number for a reported figure"
                )
            if self._nominal is not None and self._nominal < 0:
                raise ValidationError("Figure.nominal", self._nominal, "a non-negative number")
        if low is not None and high is not None:
            if low > high:
                raise ValidationError(
                    "Figure.high", high, f"a number not below the low bound {low!r}"
                )
            if low == high and not (self.low_inclusive and self.high_inclusive):
                raise ValidationError(
                    "Figure", f"[{low!r}, {high!r}] with an open end", "a non-empty interval"
                )

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
        policy = policy or ReadingPolicy.NEWS
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
        policy = policy or ReadingPolicy.NEWS
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
        cls, text: str, unit: str | None = None, policy: ReadingPolicy | None = None
    ) -> Figure:
        """Read the one figure in ``text``.

        Words around the figure are allowed ("an average of 165,000 users").
        ``unit`` gives the unit when the text names none; a unit word of
        another dimension in the text is an error.

        Raises:
            ParseError: no figure, more than one, no unit, a unit that disagrees
                with ``unit``, or a number that cannot be a reported figure.

        >>> Figure.parse("an average of 165,000 users").qualifier
        <Qualifier.EXACT: 'exact'>
        >>> str(Figure.parse("almost 44,000 listens", unit="person"))
        'at least 39,600 and less than 44,000 person'
        """
        if not isinstance(text, str):
            raise ParseError("text", text, "a string holding one figure")
        raws = list(scan(text))
        if not raws:
            raise ParseError(
                "text", text, "text holding one figure, such as 'around 165K listeners'"
            )
        if len(raws) > 1:
            found = ", ".join(repr(text[r.start : r.end]) for r in raws)
            raise ParseError("text", text, f"exactly one figure, but found {len(raws)}: {found}")
        return _build(raws[0], text, unit, policy or ReadingPolicy.NEWS, strict_unit=True)

    def reread(self, policy: ReadingPolicy) -> Figure:
        """The same report read under another policy.

        A figure parsed from text is read again from that text; one built from a
        hedge and a stated value is rebuilt from them. Figures whose reading
        does not depend on the policy (exact, between, derived) come back as
        they are.

        >>> over = Figure.parse("over 44,000 listeners")
        >>> over.reread(ReadingPolicy.LITERAL).interval_notation()
        '(44,000, ∞) person'
        """
        if self.policy == policy.name:
            return self
        if self.text is not None:
            return Figure.parse(self.text, unit=self.unit, policy=policy)
        if self.qualifier in POLICY_HEDGES and self._nominal is not None:
            return Figure._hedged(self.qualifier, self._nominal, self.unit, policy)
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
        return _inside(Fraction(value), self)

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
        other_low, other_high = other._bounds_in(self.unit, for_=self)
        return _greater(
            (self._low, self.low_inclusive),
            (self._high, self.high_inclusive),
            (other_low, other.low_inclusive),
            (other_high, other.high_inclusive),
        )

    def falls_short_of(self, other: Figure) -> Certainty:
        """Is the true value of ``self`` less than that of ``other``?"""
        return other.exceeds(self)

    def __sub__(self, other: Figure) -> Figure:
        """The difference, a ``DERIVED`` figure whose bounds may be negative."""
        if not isinstance(other, Figure):
            return NotImplemented
        other_low, other_high = other._bounds_in(self.unit, for_=self)
        low = None
        if self._low is not None and other_high is not None:
            low = _finite_or_none(_round_down(Fraction(self._low) - Fraction(other_high)))
        high = None
        if self._high is not None and other_low is not None:
            high = _finite_or_none(_round_up(Fraction(self._high) - Fraction(other_low)))
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
        other_low, other_high = other._bounds_in(self.unit, for_=self)
        self_low = self._low
        if self_low is None or self_low < 0:
            raise ValidationError("ratio_to self", str(self), "a figure that cannot be negative")
        if other_low is None or other_low < 0:
            raise ValidationError("ratio_to other", str(other), "a figure that cannot be negative")
        if other_high is not None and other_high == 0:
            raise ValidationError("ratio_to other", str(other), "a figure that is not exactly 0")
        low = 0.0 if other_high is None else _round_down(Fraction(self_low) / Fraction(other_high))
        high: float | None = None
        if self._high is not None and other_low > 0:
            high = _finite_or_none(_round_up(Fraction(self._high) / Fraction(other_low)))
        return low, high

    def intersection(self, other: Figure) -> Figure | None:
        """The values both figures allow, or None if they share none."""
        other_low, other_high = other._bounds_in(self.unit, for_=self)
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
        other_low, other_high = other._bounds_in(self.unit, for_=self)
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
        factor = Fraction(conversion_factor(self.unit, unit))
        low = None if self._low is None else _round_down(Fraction(self._low) * factor)
        high = None if self._high is None else _round_up(Fraction(self._high) * factor)
        return low, high

    # --- text ----------------------------------------------------------------------

    def __str__(self) -> str:
        low, high = self._low, self._high
        fmt = _format.number
        if low is not None and low == high:
            return f"{fmt(low)} {self.unit}"
        if low is not None and high is not None and self.low_inclusive and self.high_inclusive:
            return f"{fmt(low)} to {fmt(high)} {self.unit}"
        parts = []
        if low is not None:
            parts.append(f"{'at least' if self.low_inclusive else 'more than'} {fmt(low)}")
        if high is not None:
            parts.append(f"{'at most' if self.high_inclusive else 'less than'} {fmt(high)}")
        if not parts:
            return f"any number of {self.unit}"
        return f"{' and '.join(parts)} {self.unit}"

    def interval_notation(self) -> str:
        """The interval in mathematical notation: ``'(446,000, 490,600] person'``."""
        fmt = _format.number
        left = "[" if self.low_inclusive else "("
        right = "]" if self.high_inclusive else ")"
        low = "-∞" if self._low is None else fmt(self._low)
        high = "∞" if self._high is None else fmt(self._high)
        return f"{left}{low}, {high}{right} {self.unit}"


#: The qualifiers whose interval depends on the reading policy.
POLICY_HEDGES = frozenset(
    {
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
    x = float(value)
    if not math.isfinite(x) or x < 0:
        raise ValidationError(field, value, "a finite, non-negative number")
    return x, unit_name


def _inside(value: Fraction, figure: Figure) -> bool:
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


def extract(
    text: str, unit: str | None = None, policy: ReadingPolicy | None = None
) -> list[Mention]:
    """Every figure in free text, with where it stands.

    A number followed by a unit word ("165K listeners") takes that unit; a
    bare number takes ``unit``. Without ``unit``, bare numbers are not
    figures of anything and are left out — pass ``unit`` to read them. Dates,
    clock times and percentages are never figures.

    >>> [m.text for m in extract("over 446,000 people tuned in; 7 million tweets")]
    ['over 446,000 people', '7 million tweets']
    """
    if not isinstance(text, str):
        raise ParseError("text", text, "a string")
    policy = policy or ReadingPolicy.NEWS
    return list(_mentions(text, unit, policy))


def _mentions(text: str, unit: str | None, policy: ReadingPolicy) -> Iterator[Mention]:
    for raw in scan(text):
        if raw.unit is None and unit is None:
            continue
        figure = _build(raw, text, unit, policy, strict_unit=False)
        yield Mention(figure=figure, start=raw.start, end=raw.end, text=text[raw.start : raw.end])


def _build(
    raw: RawMention, text: str, unit: str | None, policy: ReadingPolicy, *, strict_unit: bool
) -> Figure:
    """Turn what the reader found into a Figure, or raise ParseError quoting the text."""
    phrase = text[raw.start : raw.end]
    try:
        wanted = None if unit is None else canonical_unit(unit)
    except ValidationError as err:
        raise ParseError("unit", unit, err.expected) from None
    unit_name = raw.unit or wanted
    if unit_name is None:
        raise ParseError(
            "text", text, "a unit word after the number (people, listeners, tweets, …) or unit="
        )
    if strict_unit and wanted and raw.unit and dimension_of(raw.unit) != dimension_of(wanted):
        raise ParseError(
            "text", text, f"a figure in {wanted}, but the text counts {raw.unit_text!r}"
        )
    if raw.hedge and raw.plus:
        raise ParseError("text", text, "one hedge, but found a hedge word and a '+'")
    try:
        if raw.vague is not None:
            figure = Figure.vague(raw.vague, unit_name, policy)
        elif len(raw.values) == 2:
            figure = Figure.between(raw.values[0], raw.values[1], unit_name)
        else:
            qualifier = Qualifier[raw.hedge] if raw.hedge else Qualifier.EXACT
            if raw.plus:
                qualifier = Qualifier.AT_LEAST
            if qualifier is Qualifier.EXACT:
                figure = Figure.exact(raw.values[0], unit_name)
            else:
                figure = Figure._hedged(qualifier, raw.values[0], unit_name, policy)
    except ValidationError as err:
        raise ParseError(
            "text",
            text,
            f"a readable figure, but {phrase!r} gives {err.value!r} "
            f"where {err.field} should be {err.expected}",
        ) from None
    return attrs.evolve(figure, text=phrase, policy=policy.name)
