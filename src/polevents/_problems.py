"""What goes wrong in a data file: one :class:`Problem` per mistake, all at once.

Kept apart from :mod:`polevents.io` so that the converter, the file formats
and the main job can all raise the same errors without importing each other.

>>> err = LoadError([Problem("events[0].when", "cannot read the date", "someday")], "mine.json")
>>> print(err)
mine.json: events[0].when: cannot read the date
>>> isinstance(err, ValueError)
True
>>> print(LoadError([Problem("tz", "expected a zone"), Problem("events[0].title", "empty")]))
<text>: 2 problems
  tz: expected a zone
  events[0].title: empty
"""

from __future__ import annotations

from typing import Any

import attrs

from polevents.errors import PolEventsError, ValidationError

__all__ = ["CheckError", "LoadError", "Problem"]


def _text(field: str) -> Any:
    def check(_instance: object, _attribute: attrs.Attribute[str], value: object) -> None:
        if not isinstance(value, str):
            raise ValidationError(field, value, "a string")

    return check


@attrs.frozen
class Problem:
    """One thing wrong in a file: where (``events[2].hosts[0]``), what, and the value.

    Raises:
        ValidationError: a ``path`` or ``message`` that is not a string.
    """

    path: str = attrs.field(validator=_text("Problem.path"))
    message: str = attrs.field(validator=_text("Problem.message"))
    value: Any = None

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class LoadError(ValidationError):
    """A file could not be loaded; ``errors`` lists every problem found.

    ``source`` names the file (or ``<text>``). ``str()`` lists every
    problem: one on the same line as the source, several each on a line of
    its own under a count (as pydantic's ``ValidationError`` does);
    :meth:`report` gives one line per problem, each starting with the source.
    ``field``, ``value`` and ``expected`` are the first problem's.
    """

    errors: list[Problem]
    source: str

    def __init__(self, errors: list[Problem], source: str = "<text>") -> None:
        if not isinstance(errors, list | tuple) or not all(isinstance(p, Problem) for p in errors):
            raise ValidationError("LoadError.errors", errors, "a list of Problem")
        if not isinstance(source, str):
            raise ValidationError("LoadError.source", source, "the name of the file, or '<text>'")
        errors = list(errors)
        if not errors:
            errors = [Problem("", "the document could not be read")]
        self.errors = errors
        self.source = source
        first = errors[0]
        if len(errors) == 1:
            message = f"{source}: {first}"
        else:
            lines = "".join(f"\n  {p}" for p in errors)
            message = f"{source}: {len(errors)} problems{lines}"
        # ValidationError's own message form does not fit a list of problems.
        PolEventsError.__init__(self, message)
        self.field, self.value, self.expected, self.hint = (
            first.path,
            first.value,
            first.message,
            None,
        )

    def __str__(self) -> str:
        return str(self.args[0])

    def report(self) -> str:
        """Every problem, one per line."""
        return "\n".join(f"{self.source}: {p}" for p in self.errors)


class CheckError(LoadError):
    """The file loaded, but checking it found a contradiction in it.

    For instance two of its records that cannot follow each other, or an
    event that beat a record which the file says was set later by something
    smaller. It names the file and the path (``records[1]``, ``events[3]``)
    like a :class:`LoadError`, and is one, so that ``except LoadError``
    catches everything wrong with a file.
    """
