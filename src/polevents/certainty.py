"""Three-valued answers: YES, NO and MAYBE.

An honest answer to "did it break the record?" is sometimes *maybe*. To keep
MAYBE from being silently read as yes or no, a :class:`Certainty` has no truth
value: ``if answer:`` raises :class:`TypeError`. Compare instead:

>>> from polevents import Certainty
>>> answer = Certainty.YES & Certainty.MAYBE
>>> answer
<Certainty.MAYBE: 'maybe'>
>>> answer is Certainty.YES
False
>>> Certainty.NO | Certainty.MAYBE
<Certainty.MAYBE: 'maybe'>
>>> ~Certainty.NO
<Certainty.YES: 'yes'>

Combining with anything but a Certainty (``Certainty.YES & True``) raises
:class:`~polevents.errors.ValidationError`: a bool would hide a MAYBE.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from typing import NoReturn

from polevents import _validators as v
from polevents.errors import ValidationError

__all__ = ["Certainty"]

_EXPECTED = "a Certainty (YES, NO or MAYBE), never a bool or None"


class Certainty(enum.Enum):
    """YES, NO or MAYBE, combined with Kleene's strong three-valued logic."""

    YES = "yes"
    NO = "no"
    MAYBE = "maybe"

    @classmethod
    def _missing_(cls, value: object) -> NoReturn:
        v.enum_missing(cls, value)

    @classmethod
    def of(cls, value: bool) -> Certainty:
        """YES for ``True``, NO for ``False``.

        >>> Certainty.of(3 > 2)
        <Certainty.YES: 'yes'>

        Raises:
            ValidationError: ``value`` is not a bool (numpy's bool is one too).
        """
        if not isinstance(value, bool) and type(value).__name__ != "bool_":
            raise ValidationError("value", value, "a bool (True or False)")
        return cls.YES if value else cls.NO

    @classmethod
    def all(cls, answers: Iterable[Certainty]) -> Certainty:
        """Kleene AND of any number of answers (YES for none).

        >>> Certainty.all([Certainty.YES, Certainty.MAYBE])
        <Certainty.MAYBE: 'maybe'>
        """
        result = cls.YES
        for answer in v.items("answers", answers, Certainty, "Certainty"):
            result = result & answer
        return result

    @classmethod
    def any(cls, answers: Iterable[Certainty]) -> Certainty:
        """Kleene OR of any number of answers (NO for none).

        >>> Certainty.any([Certainty.NO, Certainty.MAYBE])
        <Certainty.MAYBE: 'maybe'>
        """
        result = cls.NO
        for answer in v.items("answers", answers, Certainty, "Certainty"):
            result = result | answer
        return result

    def __bool__(self) -> bool:
        raise TypeError(
            f"the truth value of {self!r} is ambiguous: compare it instead, "
            "e.g. `answer is Certainty.YES` or `answer is not Certainty.NO`"
        )

    def __and__(self, other: object) -> Certainty:
        if not isinstance(other, Certainty):
            raise ValidationError("operand of &", other, _EXPECTED)
        if self is Certainty.NO or other is Certainty.NO:
            return Certainty.NO
        if self is Certainty.YES and other is Certainty.YES:
            return Certainty.YES
        return Certainty.MAYBE

    def __or__(self, other: object) -> Certainty:
        if not isinstance(other, Certainty):
            raise ValidationError("operand of |", other, _EXPECTED)
        if self is Certainty.YES or other is Certainty.YES:
            return Certainty.YES
        if self is Certainty.NO and other is Certainty.NO:
            return Certainty.NO
        return Certainty.MAYBE

    def __rand__(self, other: object) -> Certainty:
        return self & other

    def __ror__(self, other: object) -> Certainty:
        return self | other

    def __invert__(self) -> Certainty:
        if self is Certainty.MAYBE:
            return Certainty.MAYBE
        return Certainty.NO if self is Certainty.YES else Certainty.YES
