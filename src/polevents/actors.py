"""People, their roles, parties and organisations (after the Popolo standard).

>>> from polevents import Person, Role, Span
>>> pm = Role(
...     title="Prime Minister",
...     start=Span.parse("2018-08-18", tz="Asia/Karachi"),
...     end=Span.parse("2022-04-10", tz="Asia/Karachi"),
... )
>>> khan = Person(name="Imran Khan", roles=(pm,))
>>> khan.formerly("Prime Minister", on=Span.parse("2022-04-20", tz="Asia/Karachi"))
<Certainty.YES: 'yes'>
>>> khan.holds("Prime Minister", on=Span.parse("April 2022", tz="Asia/Karachi"))
<Certainty.MAYBE: 'maybe'>
"""

from __future__ import annotations

import attrs

from polevents import _validators as v
from polevents.certainty import Certainty
from polevents.errors import ValidationError
from polevents.timeline import Span

__all__ = ["ROLE_ALIASES", "Organization", "Party", "Person", "Role", "same_title"]

#: Short forms of role titles that news writing uses, folded (lower case, no
#: accents, single spaces) to the title they stand for. ``holds("PM")``
#: matches a role titled "Prime Minister", and the other way round. Extend it
#: for your own titles (``ROLE_ALIASES["dc"] = "deputy commissioner"``).
ROLE_ALIASES: dict[str, str] = {
    "pm": "prime minister",
    "dpm": "deputy prime minister",
    "cm": "chief minister",
    "fm": "foreign minister",
    "vp": "vice president",
    "potus": "president of the united states",
    "flotus": "first lady of the united states",
    "mp": "member of parliament",
    "mna": "member of the national assembly",
    "mpa": "member of the provincial assembly",
    "mla": "member of the legislative assembly",
    "mep": "member of the european parliament",
    "ceo": "chief executive officer",
    "coas": "chief of army staff",
    "cj": "chief justice",
    "cjp": "chief justice of pakistan",
}


def _title(title: str) -> str:
    folded = v.fold(title).replace(".", "")
    folded = " ".join(folded.split())
    return ROLE_ALIASES.get(folded, ROLE_ALIASES.get(folded.replace(" ", ""), folded))


def same_title(a: str, b: str) -> bool:
    """Whether two role titles name the same post, allowing the short forms of
    :data:`ROLE_ALIASES` (and dots: "P.M.").

    >>> same_title("PM", "Prime Minister"), same_title("prime  ministér", "P.M.")
    (True, True)
    >>> same_title("Chief Minister", "Prime Minister")
    False
    """
    v.name_argument("a", a, "a role title such as 'Prime Minister' or 'PM'")
    v.name_argument("b", b, "a role title such as 'Prime Minister' or 'PM'")
    return _title(a) == _title(b)


@attrs.frozen(kw_only=True)
class Organization:
    """A body that is not a party: a regulator, an administration, a broadcaster."""

    name: str = attrs.field(validator=v.text)
    abbreviation: str | None = attrs.field(default=None, validator=v.optional_text)
    kind: str | None = attrs.field(default=None, validator=v.optional_text)
    country: str | None = attrs.field(default=None, validator=v.optional_country)
    id: str | None = attrs.field(default=None, validator=v.identifier)

    def matches(self, name: str) -> bool:
        """Whether ``name`` is its name or abbreviation (ignoring case and accents)."""
        v.argument("name", name, str, "a name")
        return v.name_matches(name, self.name, self.abbreviation)

    def __str__(self) -> str:
        return self.abbreviation or self.name


@attrs.frozen(kw_only=True)
class Party:
    """A political party."""

    name: str = attrs.field(validator=v.text)
    abbreviation: str | None = attrs.field(default=None, validator=v.optional_text)
    country: str | None = attrs.field(default=None, validator=v.optional_country)
    id: str | None = attrs.field(default=None, validator=v.identifier)

    def matches(self, name: str) -> bool:
        """Whether ``name`` is its name or abbreviation (ignoring case and accents)."""
        v.argument("name", name, str, "a name")
        return v.name_matches(name, self.name, self.abbreviation)

    def __str__(self) -> str:
        return self.abbreviation or self.name


@attrs.frozen(kw_only=True)
class Role:
    """A post held for a time: a title, where, from when, until when.

    ``start`` and ``end`` are spans in which the role began and ended; a
    date-only span means "some time that day". ``None`` is open: since ever,
    or still held.
    """

    title: str = attrs.field(validator=v.text)
    organization: Organization | Party | None = attrs.field(
        default=None, validator=v.instance_of(Organization, Party, optional=True)
    )
    start: Span | None = attrs.field(default=None, validator=v.instance_of(Span, optional=True))
    end: Span | None = attrs.field(default=None, validator=v.instance_of(Span, optional=True))

    def __attrs_post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.end.end <= self.start.start:
            raise ValidationError(
                "Role.end", str(self.end), f"a time not before the start ({self.start})"
            )

    def covers(self, on: Span) -> Certainty:
        """Was the role held at the time of ``on``?

        For an exact ``on``, at every instant of it; for an inexact one, at
        the unknown time within it when the thing happened.
        """
        v.argument("on", on, Span, "a Span")
        latest_start = None if self.start is None else self.start.end
        earliest_start = None if self.start is None else self.start.start
        earliest_end = None if self.end is None else self.end.start
        latest_end = None if self.end is None else self.end.end
        surely = (latest_start is None or latest_start <= on.start) and (
            earliest_end is None or earliest_end >= on.end
        )
        if surely:
            return Certainty.YES
        if on.exact:
            possible = (earliest_start is None or earliest_start <= on.start) and (
                latest_end is None or latest_end > on.end
            )
        else:
            possible = (earliest_start is None or earliest_start < on.end) and (
                latest_end is None or latest_end > on.start
            )
        return Certainty.MAYBE if possible else Certainty.NO

    def ended_before(self, on: Span) -> Certainty:
        """Had the role ended before ``on`` (began)?"""
        v.argument("on", on, Span, "a Span")
        if self.end is None:
            return Certainty.NO
        if self.end.end <= on.start:
            return Certainty.YES
        last_moment = on.start if on.exact else on.end
        return Certainty.MAYBE if self.end.start < last_moment else Certainty.NO


@attrs.frozen(kw_only=True)
class Person:
    """A person, with other names they go by and the roles they held."""

    name: str = attrs.field(validator=v.text)
    id: str | None = attrs.field(default=None, validator=v.identifier)
    aliases: tuple[str, ...] = attrs.field(default=(), validator=v.texts)
    roles: tuple[Role, ...] = attrs.field(default=(), validator=v.tuple_of(Role))

    def matches(self, name: str) -> bool:
        """Whether ``name`` is this person's name or an alias.

        Case, accents and extra spaces do not matter:

        >>> Person(name="Imran Khan", aliases=("Imrān Khān",)).matches("IMRAN  khan")
        True
        """
        v.argument("name", name, str, "a name")
        return v.name_matches(name, self.name, *self.aliases)

    def _roles(self, title: str, on: Span) -> list[Role]:
        if not isinstance(title, str) or not title.strip():
            raise ValidationError("title", title, "a role title such as 'Prime Minister' or 'PM'")
        v.argument("on", on, Span, "a Span")
        return [role for role in self.roles if same_title(title, role.title)]

    def holds(self, title: str, on: Span) -> Certainty:
        """Did they hold ``title`` at the time of ``on``?

        Titles match ignoring case, accents and spacing, and by the short
        forms in :data:`ROLE_ALIASES` ("PM" for "Prime Minister").
        """
        return Certainty.any(role.covers(on) for role in self._roles(title, on))

    def formerly(self, title: str, on: Span) -> Certainty:
        """Had they held ``title`` before ``on``, and no longer held it then?"""
        roles = self._roles(title, on)
        ended = Certainty.any(role.ended_before(on) for role in roles)
        return ended & ~self.holds(title, on)

    def __str__(self) -> str:
        return self.name
