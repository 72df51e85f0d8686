"""What goes wrong in a data file: one :class:`Problem` per mistake, all at once.

Kept apart from :mod:`polevents.io` so that the converter, the file formats
and the main job can all raise the same errors without importing each other.

>>> err = LoadError([Problem("events[0].when", "cannot read the date", "someday")], "mine.json")
>>> print(err)
mine.json: events[0].when: cannot read the date
>>> isinstance(err, ValueError)
True
"""

from __future__ import annotations

from typing import Any

import attrs

from polevents.errors import PolEventsError, ValidationError

__all__ = ["CheckError", "LoadError", "Problem"]


@attrs.frozen
class Problem:
    """One thing wrong in a file: where (``events[2].hosts[0]``), what, and the value."""

    path: str
    message: str
    value: Any = None

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class LoadError(ValidationError):
    """A file could not be loaded; ``errors`` lists every problem found.

    ``source`` names the file (or ``<text>``); ``str()`` gives the first
    problem and how many more there are, :meth:`report` every one of them.
    """

    errors: list[Problem]
    source: str

    def __init__(self, errors: list[Problem], source: str = "<text>") -> None:
        if not errors:
            errors = [Problem("", "the document could not be read")]
        self.errors = errors
        self.source = source
        first = errors[0]
        more = len(errors) - 1
        rest = f" (and {more} more problem{'s' if more != 1 else ''})" if more else ""
        # ValidationError's own message form does not fit a list of problems.
        PolEventsError.__init__(self, f"{source}: {first}{rest}")
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
