"""Time spans read from news phrasing.

A :class:`Span` is a stretch of time between two time-zone-aware instants,
``[start, end)``. ``exact=True`` means the thing occupies the whole span (a
maintenance window from 14:00 to 19:00); ``exact=False`` means it happened
somewhere inside it (an event known only to the day). Questions about spans
answer with :class:`~polevents.certainty.Certainty`.

>>> from polevents import Span
>>> letter_day = Span.parse("21-04-2022", tz="Asia/Karachi", dayfirst=True)
>>> letter_day.precision, letter_day.exact
(<Precision.DAY: 3>, False)
>>> window = Span.parse("April 21, 2022 from 2:00 p.m. to 7:00 p.m.", tz="Asia/Karachi")
>>> str(window)
'2022-04-21 14:00 to 19:00 +05:00'
>>> window.overlaps(letter_day)
<Certainty.MAYBE: 'maybe'>
"""

from __future__ import annotations

import enum
import functools
import re
from datetime import UTC, date, datetime, timedelta, tzinfo

import attrs
from dateutil import tz as _tz
from dateutil.relativedelta import relativedelta

from polevents._dates_words import TIMEZONE_NAMES
from polevents.certainty import Certainty
from polevents.errors import ParseError, ValidationError

__all__ = ["TIMEZONE_ABBREVIATIONS", "TIMEZONE_NAMES", "Precision", "Span", "get_zone"]


class Precision(enum.IntEnum):
    """How finely a time was given: YEAR (coarsest) to SECOND (finest).

    ``Precision(7)`` raises a :class:`~polevents.errors.ValidationError`
    (a ``ValueError``, as enums raise).
    """

    @classmethod
    def _missing_(cls, value: object) -> Precision:
        raise ValidationError(
            "Precision", value, "1 (YEAR) to 6 (SECOND), or a member such as Precision.DAY"
        )

    YEAR = 1
    MONTH = 2
    DAY = 3
    HOUR = 4
    MINUTE = 5
    SECOND = 6

    def step(self) -> relativedelta:
        """One unit of this precision, e.g. one day for DAY."""
        return {
            Precision.YEAR: relativedelta(years=1),
            Precision.MONTH: relativedelta(months=1),
            Precision.DAY: relativedelta(days=1),
            Precision.HOUR: relativedelta(hours=1),
            Precision.MINUTE: relativedelta(minutes=1),
            Precision.SECOND: relativedelta(seconds=1),
        }[self]


#: Time-zone abbreviations and the IANA zones they may mean. An abbreviation
#: with more than one candidate is refused unless a ``tz`` hint picks one.
#: "ET", "EST" and "EDT" all mean New York's local time, as news writing uses
#: them, whatever the season.
TIMEZONE_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "PKT": ("Asia/Karachi",),
    "PST": ("Asia/Karachi", "America/Los_Angeles"),
    "IST": ("Asia/Kolkata", "Europe/Dublin", "Asia/Jerusalem"),
    "BST": ("Europe/London", "Asia/Dhaka"),
    "CST": ("America/Chicago", "Asia/Shanghai"),
    "ET": ("America/New_York",),
    "EST": ("America/New_York",),
    "EDT": ("America/New_York",),
    "CT": ("America/Chicago",),
    "CDT": ("America/Chicago",),
    "MT": ("America/Denver",),
    "MST": ("America/Denver",),
    "MDT": ("America/Denver",),
    "PT": ("America/Los_Angeles",),
    "PDT": ("America/Los_Angeles",),
    "GMT": ("UTC",),
    "UTC": ("UTC",),
    "CET": ("Europe/Paris",),
    "CEST": ("Europe/Paris",),
    "BRT": ("America/Sao_Paulo",),
    "ART": ("America/Argentina/Buenos_Aires",),
    "WIB": ("Asia/Jakarta",),
    "JST": ("Asia/Tokyo",),
    "KST": ("Asia/Seoul",),
    "HKT": ("Asia/Hong_Kong",),
    "AEST": ("Australia/Sydney",),
    "AEDT": ("Australia/Sydney",),
    "MSK": ("Europe/Moscow",),
    "EAT": ("Africa/Nairobi",),
    "WAT": ("Africa/Lagos",),
    "SAST": ("Africa/Johannesburg",),
    "NPT": ("Asia/Kathmandu",),
    "HST": ("Pacific/Honolulu",),
    "AKST": ("America/Anchorage",),
    "AKDT": ("America/Anchorage",),
    "WET": ("Europe/Lisbon",),
    "WEST": ("Europe/Lisbon",),
    "EET": ("Europe/Athens",),
    "EEST": ("Europe/Athens",),
}

_ZONE_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_+\-]*(?:/[A-Za-z0-9_+\-]+)*$")


def get_zone(name: str | tzinfo, *, field: str = "tz") -> tzinfo:
    """The time zone for an IANA name (or a tzinfo, returned as is).

    Raises:
        ValidationError: the name is not an IANA time-zone name dateutil knows.

    >>> get_zone("Asia/Karachi").utcoffset(datetime(2022, 4, 21))
    datetime.timedelta(seconds=18000)
    """
    if isinstance(name, tzinfo):
        return name
    zone = _zone_named(name) if isinstance(name, str) else None
    if zone is None:
        raise ValidationError(field, name, "an IANA time-zone name such as 'Asia/Karachi'")
    return zone


@functools.lru_cache(maxsize=1024)
def _zone_named(name: str) -> tzinfo | None:
    # gettz("") is the machine's local zone and gettz("/some/path") reads a
    # file: neither is a zone name, so both are refused before asking. Cached:
    # dateutil keeps only a few zones and reads the zone file again otherwise
    # (a dataset's places ask for theirs once per event).
    return _tz.gettz(name) if _ZONE_NAME.match(name) else None


def _aware(field: str) -> attrs._ValidatorType[datetime]:
    def check(_instance: object, _attribute: attrs.Attribute[datetime], value: datetime) -> None:
        if not isinstance(value, datetime):
            raise ValidationError(field, value, "a datetime")
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValidationError(
                field, value, "a time-zone-aware datetime (naive times are ambiguous)"
            )

    return check


def _check_span(name: str, value: object) -> None:
    if not isinstance(value, Span):
        raise ValidationError(name, value, "a Span")


def _utc(value: datetime) -> datetime:
    return value.astimezone(UTC)


def _instant(value: object) -> object:
    # Spans compare (and hash) by instant: Python calls a wall time that happens
    # twice (fold=1) unequal to the same instant in another zone (PEP 495), so a
    # span would not equal itself read back from a file, which keeps the offset.
    return value.astimezone(UTC) if isinstance(value, datetime) else value


def _flag(field: str) -> attrs._ValidatorType[bool]:
    def check(_instance: object, _attribute: attrs.Attribute[bool], value: bool) -> None:
        if not isinstance(value, bool):
            raise ValidationError(field, value, "True or False")

    return check


def _precision(
    _instance: object, _attribute: attrs.Attribute[Precision | None], value: object
) -> None:
    if value is not None and not isinstance(value, Precision):
        raise ValidationError("Span.precision", value, "a Precision (Precision.DAY, …) or None")


def _text(_instance: object, _attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise ValidationError("Span.text", value, "the text it was read from, or None")


@attrs.frozen
class Span:
    """A stretch of time ``[start, end)`` between two aware datetimes.

    ``start`` and ``end`` may be given by position or by name; the rest only
    by name.

    >>> from datetime import datetime, timezone, timedelta
    >>> pkt = timezone(timedelta(hours=5))
    >>> window = Span(datetime(2022, 4, 21, 2, tzinfo=pkt), datetime(2022, 4, 21, 7, tzinfo=pkt))
    >>> window.exact, window.duration
    (True, datetime.timedelta(seconds=18000))

    Args:
        start: Where it begins (time-zone aware).
        end: Where it ends, strictly after ``start``; not included.
        exact: True if the thing fills the whole span, False if it happened
            somewhere inside it.
        precision: How finely the time was given, when it was read from text.
        text: The text it was read from (kept for provenance; not compared).

    Two spans are equal when they cover the same instants with the same
    ``exact`` and ``precision``, whatever the zones their ends are written in.

    Raises:
        ValidationError: a naive or non-datetime ``start`` or ``end``, ``end``
            not after ``start``, or ``exact``, ``precision`` or ``text`` of the
            wrong type.
    """

    start: datetime = attrs.field(validator=_aware("Span.start"), eq=_instant)
    end: datetime = attrs.field(validator=_aware("Span.end"), eq=_instant)
    exact: bool = attrs.field(default=True, kw_only=True, validator=_flag("Span.exact"))
    precision: Precision | None = attrs.field(default=None, kw_only=True, validator=_precision)
    text: str | None = attrs.field(default=None, eq=False, kw_only=True, validator=_text)

    def __attrs_post_init__(self) -> None:
        try:
            start, end = _utc(self.start), _utc(self.end)
        except OverflowError:  # 0001-01-01 at +05:00 is before the first UTC instant
            name = "start"
            try:
                _utc(self.start)
            except OverflowError:
                pass
            else:
                name = "end"
            raise ValidationError(
                f"Span.{name}",
                getattr(self, name),
                "a time that lies between the years 1 and 9999 in UTC too",
            ) from None
        if not start < end:
            raise ValidationError("Span.end", self.end, f"a time after the start {self.start}")

    @property
    def duration(self) -> timedelta:
        """Elapsed time from start to end (daylight-saving changes included)."""
        return _utc(self.end) - _utc(self.start)

    # --- questions ------------------------------------------------------------------

    def overlaps(self, other: Span) -> Certainty:
        """Do the two things share any instant?

        NO if the spans are disjoint; YES if both are exact and intersect, or an
        inexact one lies inside an exact one; MAYBE otherwise.

        Raises:
            ValidationError: ``other`` is not a Span.
        """
        _check_span("other", other)
        a0, a1, b0, b1 = _utc(self.start), _utc(self.end), _utc(other.start), _utc(other.end)
        if a1 <= b0 or b1 <= a0:
            return Certainty.NO
        if self.exact and other.exact:
            return Certainty.YES
        if self.exact and b0 >= a0 and b1 <= a1:
            return Certainty.YES
        if other.exact and a0 >= b0 and a1 <= b1:
            return Certainty.YES
        return Certainty.MAYBE

    def contains(self, other: Span | datetime) -> Certainty:
        """Does this thing cover all of ``other`` (a span or an instant)?

        Raises:
            ValidationError: ``other`` is neither a Span nor an aware datetime.
        """
        if not isinstance(other, Span | datetime):
            raise ValidationError("other", other, "a Span or a time-zone-aware datetime")
        if isinstance(other, datetime):
            if other.tzinfo is None or other.utcoffset() is None:
                raise ValidationError("contains", other, "a time-zone-aware datetime")
            other = Span(start=other, end=other + timedelta(microseconds=1))
        a0, a1, b0, b1 = _utc(self.start), _utc(self.end), _utc(other.start), _utc(other.end)
        if a1 <= b0 or b1 <= a0:
            return Certainty.NO
        inside = a0 <= b0 and b1 <= a1
        if self.exact and inside:
            return Certainty.YES
        if self.exact and other.exact:
            return Certainty.NO
        return Certainty.MAYBE

    def before(self, other: Span) -> Certainty:
        """Does this thing end before ``other`` begins?

        Raises:
            ValidationError: ``other`` is not a Span.
        """
        _check_span("other", other)
        a0, a1, b0, b1 = _utc(self.start), _utc(self.end), _utc(other.start), _utc(other.end)
        if a1 <= b0:
            return Certainty.YES
        # The earliest this can end and the latest the other can start.
        possible = {
            (True, True): a1 <= b0,
            (False, True): a0 < b0,
            (True, False): a1 < b1,
            (False, False): a0 < b1,
        }[(self.exact, other.exact)]
        return Certainty.MAYBE if possible else Certainty.NO

    def after(self, other: Span) -> Certainty:
        """Does this thing begin after ``other`` ends?

        Raises:
            ValidationError: ``other`` is not a Span.
        """
        _check_span("other", other)
        return other.before(self)

    # --- text -----------------------------------------------------------------------

    def __str__(self) -> str:
        start, end = self.start, self.end.astimezone(self.start.tzinfo)
        offset = start.strftime("%z")
        offset = f"{offset[:3]}:{offset[3:]}" if offset else ""
        fmt = "%Y-%m-%d %H:%M" if start.second == 0 and end.second == 0 else "%Y-%m-%d %H:%M:%S"
        end_fmt = fmt[9:] if start.date() == end.date() else fmt
        text = f"{start.strftime(fmt)} to {end.strftime(end_fmt)} {offset}"
        return text if self.exact else f"{text} (somewhere within)"

    # --- reading ----------------------------------------------------------------------

    @classmethod
    def parse(
        cls,
        text: str,
        tz: str | tzinfo | None = None,
        dayfirst: bool = False,
        reference: datetime | date | Span | None = None,
        direction: str = "back",
        lang: str = "en",
    ) -> Span:
        """Read a span from a date or time phrase as news reports and notices write them.

        The whole text must be the phrase: every word is placed or the text is
        refused (:data:`~polevents._dates.MAX_LENGTH` characters at most).

        Args:
            text: "21-04-2022", "April 2022", "Wednesday night at 10 pm",
                "April 20-22, 2022", "from 2:00 a.m. to 7:00 a.m. on April 21",
                "1800 hrs to 0600 hrs", "Q2 2022", "22h30 ce 11 janvier", …
            tz: The IANA zone for times the text gives without one. An offset or a
                zone word (PKT, ET, "Eastern time", … see
                :data:`TIMEZONE_ABBREVIATIONS` and :data:`TIMEZONE_NAMES`) in the
                text wins over it; an ambiguous abbreviation (IST, PST, BST, CST)
                is read only when ``tz`` is one of its zones.
            dayfirst: Read "04-05-2022" as 4 May. ISO dates are never flipped, and
                a date only one order can read ("21-04-2022") is read that way.
            reference: When the text was written; needed for what the text leaves
                open (a weekday, "the 12th", "October 14", "10 pm", "today"). A
                Span counts as all of its instants: a report dated 21 April may
                have been written any time that day.
            direction: Where open dates lie from ``reference``: ``"back"`` (news
                looks back: the latest on or before it), ``"forward"`` (notices
                and schedules: the earliest not over by then) or ``"nearest"``.
            lang: The language of month, weekday and other words: en es pt fr de it.

        Raises:
            ParseError: text that is not wholly a date or time (naming the part it
                could not place), an unknown or ambiguous zone, a naive time with
                no ``tz``, a year outside 1000–9998 or an offset beyond ±24 h, a
                local time that does not exist, a weekday that contradicts the
                date, or an open date without ``reference``.
            ValidationError: a bad ``direction``, ``lang`` or ``reference``.

        >>> print(Span.parse("April 20-22, 2022", tz="Asia/Karachi"))
        2022-04-20 00:00 to 2022-04-23 00:00 +05:00
        """
        if not isinstance(text, str):
            raise ParseError("text", text, "a string holding a date or time")
        # Arguments of the wrong type are refused even where the text does not
        # need them, so that a mistake never hides until another text does.
        if tz is not None and not isinstance(tz, str | tzinfo):
            raise ValidationError("tz", tz, "an IANA time-zone name such as 'Asia/Karachi'")
        if not isinstance(dayfirst, bool):
            raise ValidationError("dayfirst", dayfirst, "True or False")
        if reference is not None and not isinstance(reference, datetime | date | Span):
            raise ValidationError("reference", reference, "a datetime, a date, a Span or None")
        from polevents import _dates

        return _dates.read(text, tz, dayfirst, reference, direction, lang)
