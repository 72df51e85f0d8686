"""The error hierarchy.

Every error a user can trigger is a :class:`PolEventsError`. Validation errors
name the field (or input), the offending value and what was expected, and keep
all three as attributes so that programs can report them their own way.

>>> from polevents.errors import ValidationError
>>> err = ValidationError("figure.low", -5.0, "a non-negative number")
>>> str(err)
'figure.low: got -5.0, expected a non-negative number'
>>> isinstance(err, ValueError)
True
"""

from __future__ import annotations

__all__ = ["IncomparableError", "ParseError", "PolEventsError", "ValidationError"]


class PolEventsError(Exception):
    """Base class of every error raised by polevents."""


class ValidationError(PolEventsError, ValueError):
    """A value does not meet what polevents expects of it.

    Args:
        field: The field, argument or input that was wrong (``"figure.low"``).
        value: The offending value, exactly as given.
        expected: What would have been accepted, in words.
        hint: An optional extra sentence on how to fix it.
    """

    field: str
    value: object
    expected: str
    hint: str | None

    def __init__(self, field: str, value: object, expected: str, hint: str | None = None) -> None:
        self.field = field
        self.value = value
        self.expected = expected
        self.hint = hint
        message = f"{field}: got {value!r}, expected {expected}"
        if hint:
            message = f"{message} ({hint})"
        super().__init__(message)


class ParseError(ValidationError):
    """Text could not be read: no figure, several figures, or a bad unit or date.

    The offending text is always quoted in the message.
    """


class IncomparableError(PolEventsError, TypeError):
    """Two things cannot be compared: different dimensions or different metrics."""
