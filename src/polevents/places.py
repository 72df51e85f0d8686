"""Places, with their country and time zone.

>>> from polevents import Place
>>> pakistan = Place(name="Pakistan", country="PK", tz="Asia/Karachi")
>>> lahore = Place(name="Lahore", country="PK", tz="Asia/Karachi", parent=pakistan)
>>> park = Place(name="Greater Iqbal Park", country="PK", tz="Asia/Karachi", parent=lahore)
>>> park.within(pakistan)
True
"""

from __future__ import annotations

import functools
import zoneinfo
from collections.abc import Iterator
from datetime import tzinfo
from typing import Any

import attrs

from polevents import _validators as v
from polevents.errors import ValidationError
from polevents.timeline import get_zone

__all__ = ["MAX_DEPTH", "Place"]

#: The most places a parent chain may hold (a park in a city in a province in a
#: country is four). Deeper chains are refused, so that comparing and hashing
#: places (which follow the chain) stay cheap and never exhaust the stack.
MAX_DEPTH = 64


@functools.cache
def _iana_names() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def _zone(_instance: Place, _attribute: attrs.Attribute[Any], value: object) -> None:
    # Only names of the IANA database: dateutil would also read "UTC+5" as a
    # POSIX zone string, which means five hours *behind* UTC.
    if not isinstance(value, str) or value not in _iana_names():
        raise ValidationError("Place.tz", value, "an IANA time-zone name such as 'Asia/Karachi'")
    get_zone(value, field="Place.tz")


@attrs.frozen(kw_only=True)
class Place:
    """A place: a country, a city, a park.

    Args:
        name: What it is called.
        country: ISO 3166-1 alpha-2 code ("PK").
        tz: IANA time-zone name ("Asia/Karachi").
        parent: The place it lies in, if any.
        aliases: Other names ("Minar-e-Pakistan" for the park around it).
        id: An optional id for references in data files.
    """

    name: str = attrs.field(validator=v.text)
    country: str = attrs.field(validator=v.country)
    tz: str = attrs.field(validator=_zone)
    parent: Place | None = None
    aliases: tuple[str, ...] = attrs.field(default=(), validator=v.texts)
    id: str | None = attrs.field(default=None, validator=v.identifier)

    def __attrs_post_init__(self) -> None:
        if self.parent is None:
            return
        if not isinstance(self.parent, Place):
            raise ValidationError("Place.parent", self.parent, "a Place or None")
        if self.parent.depth >= MAX_DEPTH:
            raise ValidationError(
                "Place.parent",
                self.parent.name,
                f"a place at most {MAX_DEPTH} parents deep (polevents.places.MAX_DEPTH); "
                f"this one would lie {self.parent.depth + 1} deep",
            )

    @property
    def depth(self) -> int:
        """How many places lie above this one (0 for a place with no parent)."""
        return sum(1 for _ in self.ancestors())

    @property
    def zone(self) -> tzinfo:
        """The time zone as a tzinfo."""
        return get_zone(self.tz)

    def ancestors(self) -> Iterator[Place]:
        """The parent, its parent, and so on."""
        place = self.parent
        while place is not None:
            yield place
            place = place.parent

    def within(self, other: Place) -> bool:
        """True if this is ``other`` or lies inside it (along the parent chain)."""
        v.argument("other", other, Place, "a Place")
        return self == other or any(a == other for a in self.ancestors())

    def matches(self, name: str) -> bool:
        """Whether ``name`` is this place's name or an alias (ignoring case and accents)."""
        v.argument("name", name, str, "a place name")
        return v.name_matches(name, self.name, *self.aliases)

    def __str__(self) -> str:
        return self.name
