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
"""

from __future__ import annotations

import enum
from collections.abc import Iterable

__all__ = ["Certainty"]


class Certainty(enum.Enum):
    """YES, NO or MAYBE, combined with Kleene's strong three-valued logic."""

    YES = "yes"
    NO = "no"
    MAYBE = "maybe"

    @classmethod
    def of(cls, value: bool) -> Certainty:
        """YES for ``True``, NO for ``False``.

        >>> Certainty.of(3 > 2)
        <Certainty.YES: 'yes'>
        """
        return cls.YES if value else cls.NO

    @classmethod
    def all(cls, answers: Iterable[Certainty]) -> Certainty:
        """Kleene AND of any number of answers (YES for none).

        >>> Certainty.all([Certainty.YES, Certainty.MAYBE])
        <Certainty.MAYBE: 'maybe'>
        """
        result = cls.YES
        for answer in answers:
            result = result & answer
        return result

    @classmethod
    def any(cls, answers: Iterable[Certainty]) -> Certainty:
        """Kleene OR of any number of answers (NO for none).

        >>> Certainty.any([Certainty.NO, Certainty.MAYBE])
        <Certainty.MAYBE: 'maybe'>
        """
        result = cls.NO
        for answer in answers:
            result = result | answer
        return result

    def __bool__(self) -> bool:
        raise TypeError(
            f"the truth value of {self!r} is ambiguous: compare it instead, "
            "e.g. `answer is Certainty.YES` or `answer is not Certainty.NO`"
        )

    def __and__(self, other: object) -> Certainty:
        if not isinstance(other, Certainty):
            return NotImplemented
        if self is Certainty.NO or other is Certainty.NO:
            return Certainty.NO
        if self is Certainty.YES and other is Certainty.YES:
            return Certainty.YES
        return Certainty.MAYBE

    def __or__(self, other: object) -> Certainty:
        if not isinstance(other, Certainty):
            return NotImplemented
        if self is Certainty.YES or other is Certainty.YES:
            return Certainty.YES
        if self is Certainty.NO and other is Certainty.NO:
            return Certainty.NO
        return Certainty.MAYBE

    def __invert__(self) -> Certainty:
        if self is Certainty.MAYBE:
            return Certainty.MAYBE
        return Certainty.NO if self is Certainty.YES else Certainty.YES
