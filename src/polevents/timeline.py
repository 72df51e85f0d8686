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
import re
import warnings
from datetime import UTC, date, datetime, timedelta, tzinfo

import attrs
from dateutil import parser as _dateparser
from dateutil import tz as _tz
from dateutil.relativedelta import relativedelta

from polevents.certainty import Certainty
from polevents.errors import ParseError, ValidationError

__all__ = ["TIMEZONE_ABBREVIATIONS", "Precision", "Span", "get_zone"]


class Precision(enum.IntEnum):
    """How finely a time was given: YEAR (coarsest) to SECOND (finest)."""

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
    # gettz("") is the machine's local zone and gettz("/some/path") reads a
    # file: neither is a zone name, so both are refused before asking.
    zone = _tz.gettz(name) if isinstance(name, str) and _ZONE_NAME.match(name) else None
    if zone is None:
        raise ValidationError(field, name, "an IANA time-zone name such as 'Asia/Karachi'")
    return zone


def _aware(field: str) -> attrs._ValidatorType[datetime]:
    def check(_instance: object, _attribute: attrs.Attribute[datetime], value: datetime) -> None:
        if not isinstance(value, datetime):
            raise ValidationError(field, value, "a datetime")
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValidationError(
                field, value, "a time-zone-aware datetime (naive times are ambiguous)"
            )

    return check


def _utc(value: datetime) -> datetime:
    return value.astimezone(UTC)


@attrs.frozen(kw_only=True)
class Span:
    """A stretch of time ``[start, end)`` between two aware datetimes.

    Args:
        start: Where it begins (time-zone aware).
        end: Where it ends, strictly after ``start``; not included.
        exact: True if the thing fills the whole span, False if it happened
            somewhere inside it.
        precision: How finely the time was given, when it was read from text.
        text: The text it was read from (kept for provenance; not compared).
    """

    start: datetime = attrs.field(validator=_aware("Span.start"))
    end: datetime = attrs.field(validator=_aware("Span.end"))
    exact: bool = True
    precision: Precision | None = None
    text: str | None = attrs.field(default=None, eq=False)

    def __attrs_post_init__(self) -> None:
        if not _utc(self.start) < _utc(self.end):
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
        """
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
        """Does this thing cover all of ``other`` (a span or an instant)?"""
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
        """Does this thing end before ``other`` begins?"""
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
        """Does this thing begin after ``other`` ends?"""
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
    ) -> Span:
        """Read a span from text as news reports write times.

        Args:
            text: "21-04-2022", "April 2022", "Wednesday night at 10 pm",
                "April 21 from 2:00 a.m. to 7:00 a.m.", "2022-04-20T22:00+05:00", …
            tz: The IANA zone for times the text gives without one. An offset or a
                known abbreviation (PKT, ET, …) in the text wins over it.
            dayfirst: Read "04-05-2022" as 4 May. ISO dates are never flipped.
            reference: When the text was written; needed for weekdays without a
                date (the nearest such day on or before it), "today",
                "yesterday", "tomorrow", "tonight", and times without a date.
                A Span counts as its last instant (a report dated 21 April may
                have been written any time that day).

        Raises:
            ParseError: text that holds no time, an unknown zone, a naive time
                with no ``tz``, a local time that does not exist, a weekday that
                contradicts the date, or a relative time without ``reference``.
        """
        if not isinstance(text, str):
            raise ParseError("text", text, "a string holding a date or time")
        return _SpanReader(text, tz, dayfirst, reference).read()


# --- the reader -------------------------------------------------------------------------

_MER = r"(?:a\.?\s?m\.?|p\.?\s?m\.?)(?![a-z])"
_TIME_STRICT = rf"\d{{1,2}}:\d{{2}}(?:\s*{_MER})?|\d{{1,2}}\s*{_MER}"
_TIME_ANY = rf"\d{{1,2}}(?::\d{{2}})?(?:\s*{_MER})?"
_RANGE = re.compile(
    rf"(?<![\d:/\-.])(?P<t1>{_TIME_ANY})\s*(?:–|—|-|\bto\b|\buntil\b|\btill\b)\s*"
    rf"(?P<t2>{_TIME_STRICT})(?![\d]|[-/]\d)",
    re.IGNORECASE,
)
_TIME_PARTS = re.compile(r"^(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<mer>[ap])?", re.IGNORECASE)
_ISO = re.compile(
    r"^(?P<year>\d{4})-(?P<month>\d{2})(?:-(?P<day>\d{2})(?:[T ](?P<hour>\d{2})"
    r"(?::(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,]\d+)?)?)?"
    r"(?:Z|[+-]\d{2}(?::?\d{2})?)?)?)?$"
)
_LEADING_ISO_DATE = re.compile(r"^\s*\d{4}-\d{1,2}-\d{1,2}\b")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(?P<day>" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?P<word>today|tonight|yesterday|tomorrow)\b", re.IGNORECASE)
_ABBREVIATION = re.compile(r"\b(?P<abbr>[A-Z]{2,4})\b")
_FILLER = re.compile(
    r"\b(?:from|on|at|in|of|the|local|time|night|evening|morning|afternoon|and|between)\b"
    r"|[,;]",
    re.IGNORECASE,
)
# Two defaults that differ in every field: what the text leaves out comes from
# the default, so a field is given exactly when both parses agree on it.
_DEFAULTS = (datetime(2000, 1, 1, 0, 0, 0), datetime(2004, 12, 28, 13, 59, 59))
_FIELDS = ("year", "month", "day", "hour", "minute", "second")


@attrs.define
class _SpanReader:
    text: str
    tz: str | tzinfo | None
    dayfirst: bool
    reference: datetime | date | Span | None

    def fail(self, expected: str) -> ParseError:
        return ParseError("text", self.text, expected)

    def zone(self) -> tzinfo | None:
        """The zone from an abbreviation in the text, else from ``tz``."""
        hint = None
        if self.tz is not None:
            try:
                hint = get_zone(self.tz)
            except ValidationError as err:
                raise ParseError("tz", self.tz, err.expected) from None
        for match in _ABBREVIATION.finditer(self.text):
            candidates = TIMEZONE_ABBREVIATIONS.get(match.group("abbr"))
            if not candidates:
                continue
            if len(candidates) == 1:
                return get_zone(candidates[0])
            chosen = [name for name in candidates if hint is not None and hint == get_zone(name)]
            if len(chosen) == 1:
                return get_zone(chosen[0])
            raise self.fail(
                f"an unambiguous zone, but {match.group('abbr')} may mean any of "
                f"{', '.join(candidates)}: pass tz= to choose"
            )
        return hint

    def reference_in(self, zone: tzinfo | None) -> datetime | None:
        ref = self.reference
        if ref is None:
            return None
        if isinstance(ref, Span):
            # A text dated "21 April" may have been written any time that day:
            # look back from the latest moment it could have been.
            ref = ref.end - timedelta(microseconds=1)
        if isinstance(ref, datetime):
            if ref.tzinfo is None or ref.utcoffset() is None:
                raise ValidationError("reference", ref, "a time-zone-aware datetime, date or Span")
            return ref.astimezone(zone) if zone is not None else ref
        if isinstance(ref, date):
            return datetime(ref.year, ref.month, ref.day, tzinfo=zone)
        raise ValidationError("reference", ref, "a time-zone-aware datetime, date or Span")

    def read(self) -> Span:
        text = self.text.strip()
        if not text:
            raise self.fail("a date or time, such as '21-04-2022' or 'April 2022'")
        if "/" in text and all(_ISO.match(part.strip()) for part in text.split("/")):
            start, end = (self.iso(part.strip()) for part in text.split("/", 1))
            return self.span(start.start, end.start, exact=True, precision=end.precision)
        if _ISO.match(text):
            return self.iso(text)
        zone = self.zone()
        match = _RANGE.search(text)
        if match:
            return self.window(text, match, zone)
        return self.moment(text, zone)

    def span(
        self, start: datetime, end: datetime, *, exact: bool, precision: Precision | None
    ) -> Span:
        try:
            return Span(start=start, end=end, exact=exact, precision=precision, text=self.text)
        except ValidationError as err:
            raise self.fail(f"a span that ends after it starts ({err.expected})") from None

    def iso(self, text: str) -> Span:
        try:
            parsed = _dateparser.isoparse(text)
        except (ValueError, OverflowError):
            raise self.fail("a valid ISO 8601 date or time") from None
        match = _ISO.match(text)
        assert match is not None  # read() only hands over ISO text
        precision = Precision(sum(1 for f in _FIELDS if match.group(f) is not None))
        zone = self.zone() if parsed.tzinfo is None else parsed.tzinfo
        return self.widen(parsed.replace(tzinfo=None), precision, zone)

    def widen(self, local: datetime, precision: Precision, zone: tzinfo | None) -> Span:
        """The whole unit of ``precision`` around a local time: an inexact span."""
        if zone is None:
            raise self.fail("a time zone: the text has none, so pass tz= (an IANA name)")
        keep = _FIELDS[: int(precision)]
        parts = {f: getattr(local, f) for f in keep}
        start_local = datetime(
            parts.get("year", 1),
            parts.get("month", 1),
            parts.get("day", 1),
            parts.get("hour", 0),
            parts.get("minute", 0),
            parts.get("second", 0),
        )
        start = self.place(start_local, zone, "start")
        end = self.place(start_local + precision.step(), zone, "end")
        if _tz.datetime_ambiguous(start_local, zone):
            # A wall time that happens twice (clocks going back): honest is both.
            start = _tz.enfold(start, fold=0)
            end = _tz.enfold(self.place(start_local + precision.step(), zone, "end"), fold=1)
        return self.span(start, end, exact=False, precision=precision)

    def place(self, local: datetime, zone: tzinfo, which: str) -> datetime:
        aware = local.replace(tzinfo=zone)
        if which == "start" and not _tz.datetime_exists(aware):
            raise self.fail(
                f"a time that exists in {zone}: {local:%Y-%m-%d %H:%M} was skipped "
                "when the clocks went forward"
            )
        if which == "end" and not _tz.datetime_exists(aware):
            aware = _tz.resolve_imaginary(aware)
        return aware

    def fields(self, text: str) -> tuple[dict[str, int], tzinfo | None]:
        """The fields the text gives, and any zone offset written in it."""
        yearfirst = bool(_LEADING_ISO_DATE.match(text))
        dayfirst = self.dayfirst and not yearfirst
        results = []
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error")
                for default in _DEFAULTS:
                    results.append(
                        _dateparser.parse(
                            text,
                            default=default,
                            dayfirst=dayfirst,
                            yearfirst=yearfirst,
                            fuzzy=True,
                        )
                    )
        except Exception as err:  # dateutil raises ParserError, OverflowError, warnings, ...
            raise self.fail(f"a date or time dateutil can read ({err})") from None
        first, second = results
        given = {f: getattr(first, f) for f in _FIELDS if getattr(first, f) == getattr(second, f)}
        return given, first.tzinfo

    def moment(self, text: str, zone: tzinfo | None) -> Span:
        base, rest = self.base_date(_without_abbreviations(text), zone)
        rest_clean = _FILLER.sub(" ", rest).strip(" .")
        if not _has_date_words(rest_clean):
            if base is None:
                raise self.fail("a date or time, such as '21-04-2022' or 'April 2022'")
            if zone is None:
                raise self.fail("a time zone: the text has none, so pass tz= (an IANA name)")
            midnight = datetime(base.year, base.month, base.day)
            if re.search(r"\btonight\b", text, re.IGNORECASE):
                # "tonight": from 18:00 to midnight, somewhere within.
                start = self.place(midnight + timedelta(hours=18), zone, "start")
                end = self.place(midnight + timedelta(days=1), zone, "end")
                return self.span(start, end, exact=False, precision=Precision.HOUR)
            return self.widen(midnight, Precision.DAY, zone)
        given, text_zone = self.fields(rest_clean)
        if text_zone is not None:
            zone = text_zone  # an offset written in the text wins over tz
        if base is not None:
            for field, value in (("year", base.year), ("month", base.month), ("day", base.day)):
                if field in given and given[field] != value:
                    raise self.fail(f"a date that agrees with the weekday or relative day ({base})")
                given[field] = value
        precision = self.precision_of(given)
        given = self.fill_from_reference(given, zone)
        local = datetime(
            given["year"],
            given.get("month", 1),
            given.get("day", 1),
            given.get("hour", 0),
            given.get("minute", 0),
            given.get("second", 0),
        )
        return self.widen(local, precision, zone)

    def precision_of(self, given: dict[str, int]) -> Precision:
        present = [f in given for f in _FIELDS]
        if not any(present):
            raise self.fail("a date or time, such as '21-04-2022' or 'April 2022'")
        finest = max(i for i, p in enumerate(present) if p)
        first = min(i for i, p in enumerate(present) if p)
        # Fields must run without gaps from the first given to the finest;
        # leading ones (the date of "10 pm") may come from the reference.
        if not all(present[first : finest + 1]) and not (
            first >= 3 and all(present[3 : finest + 1])
        ):
            raise self.fail("a date or time without gaps (a year and an hour but no day?)")
        return Precision(finest + 1)

    def fill_from_reference(self, given: dict[str, int], zone: tzinfo | None) -> dict[str, int]:
        if "year" in given:
            return given
        ref = self.reference_in(zone)
        if ref is None:
            raise self.fail("a full date, or reference= to say when the text was written")
        filled = dict(given)
        # News looks back: the latest matching time on or before the reference.
        if "month" in given:
            filled["year"] = ref.year
            if (given["month"], given.get("day", 1)) > (ref.month, ref.day):
                filled["year"] = ref.year - 1
        else:
            filled.update(year=ref.year, month=ref.month, day=ref.day)
            moment = (given.get("hour", 0), given.get("minute", 0), given.get("second", 0))
            if "hour" in given and moment > (ref.hour, ref.minute, ref.second):
                previous = ref - timedelta(days=1)
                filled.update(year=previous.year, month=previous.month, day=previous.day)
        return filled

    def base_date(self, text: str, zone: tzinfo | None) -> tuple[date | None, str]:
        """A date named by a weekday or relative word, and the text without it."""
        relative = _RELATIVE.search(text)
        weekday = _WEEKDAY.search(text)
        if relative is None and weekday is None:
            return None, text
        ref = self.reference_in(zone)
        if ref is None:
            word = (relative or weekday).group(0)  # type: ignore[union-attr]
            raise self.fail(f"reference= to say which day {word!r} means")
        base: date | None = None
        rest = text
        if relative is not None:
            offset = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}
            base = ref.date() + timedelta(days=offset[relative.group("word").lower()])
            rest = rest.replace(relative.group(0), " ")
        if weekday is not None:
            target = _WEEKDAYS.index(weekday.group("day").lower())
            rest = rest.replace(weekday.group(0), " ")
            if base is None:
                base = ref.date() - timedelta(days=(ref.weekday() - target) % 7)
            elif base.weekday() != target:
                raise self.fail(f"a weekday that matches {base}")
        return base, rest

    def window(self, text: str, match: re.Match[str], zone: tzinfo | None) -> Span:
        (h1, m1, mer1), (h2, m2, mer2) = (
            _time_parts(match.group("t1")),
            _time_parts(match.group("t2")),
        )
        if mer1 is None and mer2 is not None:
            inherited = _clock(h1, mer2)
            # "10 to 1 a.m." is 10 p.m. to 1 a.m.: take the other half of the day
            # when the inherited one would put the start after the end.
            if inherited is not None and (inherited, m1) > (_clock(h2, mer2) or 0, m2):
                inherited = _clock(h1, "p" if mer2 == "a" else "a")
            start_hour = inherited
        else:
            start_hour = _clock(h1, mer1)
        end_hour = _clock(h2, mer2)
        if start_hour is None or end_hour is None or m1 > 59 or m2 > 59:
            raise self.fail("clock times such as '2:00 p.m.' or '14:00' in the range")
        date_text = (text[: match.start()] + " " + text[match.end() :]).strip()
        day = self.window_day(date_text, zone)
        if zone is None:
            zone = self.zone()
        start_local = datetime(day.year, day.month, day.day, start_hour, m1)
        end_local = datetime(day.year, day.month, day.day, end_hour, m2)
        if end_local <= start_local:
            end_local += timedelta(days=1)  # the window runs past midnight
        given_minutes = ":" in match.group("t1") or ":" in match.group("t2")
        if zone is None:
            raise self.fail("a time zone: the text has none, so pass tz= (an IANA name)")
        start = self.place(start_local, zone, "start")
        end = self.place(end_local, zone, "start")
        return self.span(
            start, end, exact=True, precision=Precision.MINUTE if given_minutes else Precision.HOUR
        )

    def window_day(self, date_text: str, zone: tzinfo | None) -> date:
        cleaned = _FILLER.sub(" ", _without_abbreviations(date_text)).strip(" .")
        base, rest = self.base_date(cleaned, zone)
        if not _has_date_words(rest):
            if base is not None:
                return base
            ref = self.reference_in(zone)
            if ref is None:
                raise self.fail("a date for the window, or reference= for the day")
            return ref.date()
        span = self.moment(cleaned, zone or get_zone("UTC"))
        if span.precision is None or span.precision < Precision.DAY:
            raise self.fail("a window on one day: the date must give the day")
        return span.start.date()


_DATE_WORDS = re.compile(
    r"\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b", re.IGNORECASE
)


def _has_date_words(text: str) -> bool:
    return _DATE_WORDS.search(text) is not None


def _without_abbreviations(text: str) -> str:
    """The text with known zone abbreviations blanked (the zone is read apart)."""
    return _ABBREVIATION.sub(
        lambda m: " " if m.group("abbr") in TIMEZONE_ABBREVIATIONS else m.group(0), text
    )


def _time_parts(text: str) -> tuple[int, int, str | None]:
    m = _TIME_PARTS.match(text.strip())
    if m is None:  # pragma: no cover - the range pattern only hands over times
        raise ValueError(text)
    mer = m.group("mer").lower() if m.group("mer") else None
    return int(m.group("h")), int(m.group("m") or 0), mer


def _clock(hour: int, meridiem: str | None) -> int | None:
    """The 24-hour clock hour, or None if the hour cannot be on the clock."""
    if meridiem is None:
        return hour if 0 <= hour <= 23 else None
    if not 1 <= hour <= 12:
        return None
    return (hour % 12) + (12 if meridiem == "p" else 0)
