"""The date and time reader behind :meth:`polevents.timeline.Span.parse`.

A small hand-written grammar, not dateutil's fuzzy tokenizer:

1. The text (at most :data:`MAX_LENGTH` characters) is cut into tokens by one
   regular expression with no nested repetition: numbers, words, a.m./p.m.,
   and single marks. Every step after that looks at most a fixed number of
   tokens ahead, so reading is linear in the length of the text.
2. Tokens are grouped into items: a date ("April 20", "21-04-2022", "Q2
   2022"), a clock time ("2:00 p.m.", "22h30", "1800 hrs"), a zone ("PKT",
   "Eastern time", "+05:00"), a range separator ("to", "–", "hasta") or a
   word that carries nothing ("on", "the", "local time"). A word or mark that
   fits none of these is refused, naming it: the reader never skips what it
   does not understand.
3. The items make either one moment or a range of two; fields missing from one
   end of a range come from the other ("April 20-22, 2022"), and what the text
   leaves open (the year of "October 14", the day of "10 pm", the week of
   "Friday") is settled against ``reference`` in the given ``direction``.

Nothing here changes process-wide state (no warnings filters, no locale), so
reading from many threads at once is safe.

Conventions (recorded in docs/decisions.md):

- The whole text is the phrase. Words around a date are refused, not skipped:
  a skipped "until", "every", "around" or "the spring of" would give a span
  nobody wrote.
- Written years have four digits, from :data:`MIN_YEAR` to :data:`MAX_YEAR`;
  offsets lie within ±24 hours.
- "dd-mm-yyyy" and "mm-dd-yyyy" follow ``dayfirst`` when both readings exist;
  when only one does ("21-04-2022") it is taken, and all such dates in one
  text are read in one order. Year-first dates are always year-month-day.
- A range is exact. Days, months and years at its end count whole ("April
  20-22" runs to the end of the 22nd); clock times count as instants ("to
  7 p.m." ends at 19:00). A time range whose end is not after its start runs
  past midnight; a date range whose end lacks the year runs into the next.
- An end without a.m./p.m. takes the other end's ("2-7 p.m.", "2:00 to
  7:00 p.m."), or the other half when that would put the start after the end.
- English "9:30" (no a.m./p.m., no leading zero, hour 1-12) is refused unless
  the other end of its range settles it; "09:30", "21:30" and "9:30" in the
  other languages are 24-hour times. "1800 hrs" and "0416 GMT" are times to
  the minute; "22 h", "22 Uhr" and "21 heures" to the hour.
- A number of hours ("5 heures", "2 hours") is not a clock time unless a date
  or a clock word ("à", "a las", "alle", "um") stands beside it.
- A weekday, a bare day, a date without a year and a time without a date are
  settled against ``reference``: "back" takes the latest reading that starts
  by then, "forward" the earliest not over by then, "nearest" the closest
  (a tie is refused). A written date is chosen as a whole date; only a bare
  time is chosen by the clock. A reference span stands for every instant in
  it: when the reading would differ between its first and last instant (a
  bare "8 pm" in a notice dated only to the day) the text is refused.
- "this Friday", "ce samedi", "este lunes" follow the direction like a bare
  weekday: looking forward the coming one (the reference day itself if it is
  a Friday), looking back the past one, "nearest" the closest; "last Friday"
  the one strictly before the reference day;
  "el próximo domingo" (es, pt, fr, it) the one strictly after it. English and
  German "next Friday" are read only beside a date that settles them.
- "tonight" and "last night" without a clock time run from 18:00 to midnight;
  "the week of 14 March" is the Monday-to-Sunday week holding that day (a
  Sunday is refused); "Q2 2022" is April to June, exact, to the month.
- "midnight" alone is refused (the start or the end of a day?); in a range it
  is 00:00, so "10 pm to midnight" ends at the next midnight. A midnight with
  a day on its own side of a range ("from midnight Saturday to 6 a.m.",
  "Saturday from midnight to 6 a.m.") is refused as it is alone.
- German "am" is never a.m.
- A range of weekdays is chosen whole: looking forward it starts on or after
  the reference day, looking back it ends by that day's end, except that a
  range holding the reference day inside it ("between Friday and Sunday"
  written on the Saturday) is the one under way, in either direction, never
  the week after or before. A reference day that is the last day of a range
  looking forward ("from Wednesday to Sunday" written on a Sunday may be the
  week ending that day or the coming one) or its first day looking back is
  refused.
- "the night of April 10" (one day) is refused: the night running into that
  day or the one after it? A night named by two days ("the night of 9-10
  September", "la nuit du 9 au 10") spans both days, inexact. Any range with a
  part of the day but no clock time is inexact over its whole days.
- A part of the day without a clock time ("on Friday night") is the whole
  day, inexact. A clock time before 6:00 with "night" and a day ("Friday night
  at 2 am") is refused: the small hours may fall on the next day.
- "4 o'clock" and a number after "at", "a las", "às", "um" are clock hours,
  never days of the month; a.m./p.m. or a part of the day must settle the
  half ("4 o'clock Monday afternoon" is 16:00); after those words an hour
  from 13 to 23 is a 24-hour time, and "tonight at 10" is 22:00. A number
  beside both a weekday and a part of the day ("Saturday 3 in the
  afternoon") may be either, and is refused.
- Italian "alle 20.30", "alle ore 20.45" and German "23.56 MEZ" are 24-hour
  times; an English "10.30 GMT" is not read. After a clock word ("at 7.30",
  "a las 20.30") a dotted time reads as "7:30" would. The minutes of a clock
  time are never a day of the month: "19 h 30", "20 heures 30" and "20 Uhr
  30" are 19:30, 20:30 to the minute; a number after the hour word that may
  be a day instead ("20 h 30 mars", "20 h 5") is refused, and so is any
  number joined by "." or ":" to a number that no reading took whole.
- "tonight" settles a 12-hour "7:30" or "7.30" from 6 to 11 as p.m.; "tonight
  at 1:30" may be the small hours and is refused.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import TYPE_CHECKING, Literal

from dateutil import parser as _dateparser
from dateutil import tz as _tz
from dateutil.relativedelta import relativedelta

from polevents._dates_words import (
    CLOCK_ARTICLES,
    DURATION_WORDS,
    LANGUAGES,
    LONGEST_PHRASE,
    ORDINAL_SUFFIXES,
    Words,
    words_for,
)
from polevents.errors import ParseError, ValidationError

if TYPE_CHECKING:
    from polevents.timeline import Precision, Span

__all__ = ["DIRECTIONS", "MAX_LENGTH", "MAX_YEAR", "MIN_YEAR", "read"]

#: Longest text the reader accepts, in characters. A date or time phrase is
#: short; longer text is refused before any work is done.
MAX_LENGTH = 200
#: Years written in the text must lie in this range (four digits; the ends of
#: the calendar are kept clear so that no zone offset can overflow).
MIN_YEAR = 1000
MAX_YEAR = 9998
DIRECTIONS = ("back", "forward", "nearest")

Direction = Literal["back", "forward", "nearest"]

_TOKEN = re.compile(
    r"(?P<space>\s+)"
    r"|(?P<mer>[aApP]\.?[ ]?[mM]\.?)(?![^\W\d_])"
    r"|(?P<num>[0-9]+)"
    r"|(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)*['’]?\.?)"
    r"|(?P<other>.)",
    re.DOTALL,
)
_ISO = re.compile(
    r"^(?P<year>\d{4})-(?P<month>\d{2})(?:-(?P<day>\d{2})(?:[T ](?P<hour>\d{2})"
    r"(?::(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,]\d+)?)?)?"
    r"(?P<offset>Z|[+-]\d{2}(?::?\d{2})?)?)?)?$",
    re.ASCII,
)
_FIELDS = ("year", "month", "day", "hour", "minute", "second")
_DASHES = frozenset("-–—")
_DATE_MARKS = frozenset("-/.")
_IGNORED_MARKS = frozenset(",;()")


def _key(text: str) -> str:
    """A word as the tables spell it: lower case, no accents, no final stop."""
    decomposed = unicodedata.normalize("NFD", text.replace("’", "'"))
    plain = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return plain.casefold().rstrip(".")


@dataclass(slots=True)
class _Tok:
    kind: str  # num, word, mer, mark
    text: str
    start: int
    end: int
    key: str
    spaced: bool  # white space before it


def _tokens(text: str) -> list[_Tok]:
    out: list[_Tok] = []
    spaced = False
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup or "other"
        if kind == "space":
            spaced = True
            continue
        piece = match.group()
        if kind == "other":
            kind = "mark"
            key = piece.replace("’", "'").replace("−", "-")
        else:
            key = _key(piece)
        out.append(_Tok(kind, piece, match.start(), match.end(), key, spaced))
        spaced = False
    return out


# --- items ----------------------------------------------------------------------------


@dataclass(slots=True)
class _Date:
    text: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    quarter: int | None = None
    week: bool = False
    relative: int | None = None
    tonight: bool = False
    last: bool = False
    next: bool = False
    next_with_date: bool = False
    this: bool = False
    numeric: tuple[int, int] | None = None  # day and month in an order still to settle
    order: list[str] = field(default_factory=list)  # fields as written


@dataclass(slots=True)
class _Time:
    text: str
    hour: int
    minute: int | None = None
    second: int | None = None
    mer: str | None = None  # "a" or "p"
    clock24: bool = False  # written as a 24-hour clock ("14:00", "22h", "1800 hrs")
    special: str | None = None  # "noon" or "midnight"
    may_count: bool = False  # "5 heures": a clock time only beside a date
    twelve: bool = False  # English "9:30": a.m. or p.m. still to settle


@dataclass(slots=True)
class _Zone:
    text: str
    zone: tzinfo


@dataclass(slots=True)
class _Bare:
    text: str
    value: int
    clock: bool = False  # after "a las", "às", "um": an hour, never a day


@dataclass(slots=True)
class _Sep:
    text: str
    dash: bool


@dataclass(slots=True)
class _Part:
    text: str
    part: str
    night_of: bool = False  # "the night of April 10", "la nuit du 9 au 10"


@dataclass(slots=True)
class _List:
    text: str


_Item = _Date | _Time | _Zone | _Bare | _Sep | _Part | _List


class _Skip(Exception):  # noqa: N818 - a control-flow signal, never raised to users
    """A candidate reading that does not exist (30 February, year 10000)."""


# --- the reader ---------------------------------------------------------------------------


class _Reader:
    def __init__(
        self,
        text: str,
        tz: str | tzinfo | None,
        dayfirst: bool,
        reference: object,
        direction: str,
        lang: str,
    ) -> None:
        self.text = text
        self.tz_arg = tz
        self.dayfirst = dayfirst
        self.reference = reference
        self.direction = direction
        self.lang = lang
        words = words_for(lang)
        assert words is not None
        self.words: Words = words
        self.hint: tzinfo | None = None

    def fail(self, expected: str) -> ParseError:
        return ParseError("text", self.text, expected)

    def cannot_place(self, part: str, why: str = "") -> ParseError:
        extra = f" ({why})" if why else ""
        return self.fail(f"a date or time, but could not place {part!r}{extra}")

    # --- entry -------------------------------------------------------------------------

    def read(self) -> Span:
        from polevents.timeline import get_zone

        if self.tz_arg is not None:
            try:
                self.hint = get_zone(self.tz_arg)
            except ValidationError as err:
                raise ParseError("tz", self.tz_arg, err.expected) from None
        if len(self.text) > MAX_LENGTH:
            # before any other work, so that a megabyte costs nothing; the
            # message quotes only the start of the text
            raise ParseError(
                "text",
                self.text[:40] + "…",
                f"a date or time phrase of at most {MAX_LENGTH} characters "
                f"(got {len(self.text)}): pass only the words that give the time",
            )
        text = self.text.strip()
        if not text:
            raise self.fail("a date or time, such as '21-04-2022' or 'April 2022'")
        if "/" in text and text.count("/") == 1:
            parts = [p.strip() for p in text.split("/")]
            if all(_ISO.match(p) for p in parts):
                start, end = (self.iso(p) for p in parts)
                return self.make(start.start, end.start, exact=True, precision=end.precision)
        if _ISO.match(text) and ("T" in text or _ISO.match(text).group("offset")):  # type: ignore[union-attr]
            return self.iso(text)
        items = self.scan(_tokens(text))
        return self.interpret(items)

    # --- ISO 8601 ------------------------------------------------------------------------

    def iso(self, text: str) -> Span:
        from polevents.timeline import Precision

        match = _ISO.match(text)
        if match is None:
            raise self.fail("a valid ISO 8601 date or time")
        self.check_year(int(match.group("year")), match.group("year"))
        try:
            parsed = _dateparser.isoparse(text)
        except (ValueError, OverflowError):
            raise self.fail(f"a valid ISO 8601 date or time, not {text!r}") from None
        if parsed.tzinfo is not None:
            offset = parsed.utcoffset()
            if offset is None or abs(offset) >= timedelta(hours=24):  # pragma: no cover
                raise self.fail("an offset within ±24 hours")
        precision = Precision(sum(1 for f in _FIELDS if match.group(f) is not None))
        zone = parsed.tzinfo if parsed.tzinfo is not None else self.zone_or_fail(None)
        return self.widen(parsed.replace(tzinfo=None), precision, zone)

    # --- step 2: tokens to items -----------------------------------------------------------

    def scan(self, toks: list[_Tok]) -> list[_Item]:
        if self.lang == "de":
            # German "am" is "on the", even after a number ("10 am 21. April" is
            # not a.m.: German writes the 24-hour clock)
            toks = [
                _Tok("word", t.text, t.start, t.end, "am", t.spaced)
                if t.kind == "mer" and t.key.replace(" ", "") == "am"
                else t
                for t in toks
            ]
        items: list[_Item] = []
        self.opened: str | None = None
        self.opened_at = 0
        i = 0
        n = len(toks)
        while i < n:
            i = self.scan_one(toks, i, items)
        return items

    def scan_one(self, toks: list[_Tok], i: int, items: list[_Item]) -> int:
        tok = toks[i]
        if tok.kind == "num":
            return self.scan_number(toks, i, items)
        if tok.kind == "mer":
            # "am" not after a number is a word (German "am Montag").
            tok = _Tok("word", tok.text, tok.start, tok.end, _key(tok.text).replace(" ", ""), True)
            toks[i] = tok
        if tok.kind == "word":
            return self.scan_word(toks, i, items)
        return self.scan_mark(toks, i, items)

    def span_text(self, toks: list[_Tok], i: int, j: int) -> str:
        return self.text.strip()[toks[i].start : toks[j - 1].end]

    # numbers

    def scan_number(self, toks: list[_Tok], i: int, items: list[_Item]) -> int:
        tok = toks[i]
        n = len(toks)
        width = len(tok.text)
        if (
            i >= 2
            and toks[i - 1].key in (".", ":")
            and not toks[i - 1].spaced
            and not tok.spaced
            and toks[i - 2].kind == "num"
        ):
            # "10.30 GMT": a number joined to the one before by a mark that no
            # reading above took whole; its minutes are never a day of the month
            raise self.cannot_place(
                self.span_text(toks, i - 2, i + 1),
                "a clock time or a date written with '.' that is not read in this language",
            )

        def at(k: int) -> _Tok | None:
            return toks[k] if k < n else None

        def joined(k: int) -> bool:
            t = at(k)
            return t is not None and not t.spaced

        nxt = at(i + 1)
        # numeric dates: 2022-04-21, 21-04-2022, 21/04/2022, 21.04.2022, 09/janvier/2021
        if nxt is not None and nxt.kind == "mark" and nxt.key in _DATE_MARKS and joined(i + 1):
            mid = at(i + 2)
            sep2 = at(i + 3)
            last = at(i + 4)
            if (
                mid is not None
                and joined(i + 2)
                and sep2 is not None
                and sep2.key == nxt.key
                and joined(i + 3)
                and last is not None
                and last.kind == "num"
                and joined(i + 4)
                and (mid.kind == "num" or (mid.kind == "word" and mid.key in self.words.months))
            ):
                return self.numeric_date(toks, i, items)
            if (
                nxt.key == "/"
                and mid is not None
                and mid.kind == "num"
                and joined(i + 2)
                and width <= 2
                and len(mid.text) <= 2
                and not (sep2 is not None and sep2.key in _DATE_MARKS and joined(i + 3))
            ):
                # "21/04": a day and a month, no year
                a, b = int(tok.text), int(mid.text)
                items.append(_Date(self.span_text(toks, i, i + 3), numeric=(a, b)))
                return i + 3
        # clock times: 22:30, 22:30:15, 22h30, 22.30 Uhr
        if nxt is not None and nxt.key == ":" and joined(i + 1):
            mins = at(i + 2)
            if mins is None or mins.kind != "num" or not joined(i + 2) or len(mins.text) != 2:
                raise self.cannot_place(self.span_text(toks, i, min(i + 3, n)))
            j = i + 3
            second = None
            if (
                at(j) is not None
                and at(j).key == ":"  # type: ignore[union-attr]
                and joined(j)
                and at(j + 1) is not None
                and at(j + 1).kind == "num"  # type: ignore[union-attr]
                and len(at(j + 1).text) == 2  # type: ignore[union-attr]
            ):
                second = int(at(j + 1).text)  # type: ignore[union-attr]
                j += 2
            return self.clock(toks, i, j, int(tok.text), int(mins.text), second, items)
        if (
            nxt is not None
            and nxt.kind == "word"
            and nxt.key == "h"
            and width <= 2
            and at(i + 2) is not None
            and at(i + 2).kind == "num"  # type: ignore[union-attr]
            and len(at(i + 2).text) == 2  # type: ignore[union-attr]
            and (joined(i + 2) or not nxt.spaced)
        ):
            minute = int(at(i + 2).text)  # type: ignore[union-attr]
            j = i + 3
            if at(j) is not None and at(j).key in self.words.hour_words:  # type: ignore[union-attr]
                j += 1
            return self.clock(toks, i, j, int(tok.text), minute, None, items, clock24=True)
        if (
            nxt is not None
            and nxt.key == "."
            and joined(i + 1)
            and width <= 2
            and at(i + 2) is not None
            and at(i + 2).kind == "num"  # type: ignore[union-attr]
            and len(at(i + 2).text) == 2  # type: ignore[union-attr]
        ):
            after = at(i + 3)
            minute = int(at(i + 2).text)  # type: ignore[union-attr]
            if after is not None and after.key in self.words.hour_words:
                # "22.30 Uhr"
                return self.clock(toks, i, i + 4, int(tok.text), minute, None, items, clock24=True)
            if after is not None and after.kind == "mer":
                # "7.00am" (British)
                return self.clock(toks, i, i + 3, int(tok.text), minute, None, items)
            if joined(i + 2) and (
                (i > 0 and toks[i - 1].key in self.words.hour_articles)
                # German writes the 24-hour clock: "23.56 MEZ"
                or (self.lang == "de" and self.zone_at(toks, i + 3) is not None)
            ):
                # Italian "alle 20.30", "alle ore 20.45", "dalle 8.00 alle 22.00"
                return self.clock(toks, i, i + 3, int(tok.text), minute, None, items, clock24=True)
            if joined(i + 2) and i > 0 and toks[i - 1].key in self.words.bare_hour_articles:
                # "at 7.30", "a las 7.30", "um 20.30": a clock time after a clock
                # word, read as "7:30" would be (an English "7.30" still needs
                # a.m./p.m. or a part of the day)
                return self.clock(toks, i, i + 3, int(tok.text), minute, None, items)
        # "12 noon"
        if tok.text == "12" and nxt is not None:
            hit = self.phrase_at(toks, i + 1)
            if hit is not None and hit[1] == "noon":
                items.append(
                    _Time(self.span_text(toks, i, hit[0]), 12, clock24=True, special="noon")
                )
                return hit[0]
        # 4-digit 24-hour times: "1800 hrs", "0416 GMT"
        if (
            width == 4
            and nxt is not None
            and (nxt.key in self.words.hour_words or self.zone_at(toks, i + 1) is not None)
        ):
            hour, minute = int(tok.text[:2]), int(tok.text[2:])
            j = i + 2 if nxt.key in self.words.hour_words else i + 1
            return self.clock(toks, i, j, hour, minute, None, items, clock24=True, hhmm=True)
        # "4 o'clock": a clock hour, never a day of the month; a.m./p.m. or a
        # part of the day ("4 o'clock Monday afternoon") must say which half
        if width <= 2 and nxt is not None and nxt.kind == "word" and nxt.key == "o'clock":
            return self.clock(toks, i, i + 2, int(tok.text), None, None, items)
        # an hour with a.m./p.m. or an hour word: "10 pm", "21 heures", "22 Uhr"
        if width <= 2 and nxt is not None and nxt.kind == "mer":
            return self.clock(toks, i, i + 1, int(tok.text), None, None, items)
        if (
            width <= 2
            and nxt is not None
            and nxt.kind == "word"
            and nxt.key in self.words.hour_words
            and not (self.lang == "en" and nxt.key in DURATION_WORDS)
        ):
            hour = int(tok.text)
            # "5 heures" may be a duration; "à 18 heures" and "18 heures dimanche" are not
            may_count = nxt.key in DURATION_WORDS and not (
                i > 0 and toks[i - 1].key in CLOCK_ARTICLES
            )
            if at(i + 2) is not None and at(i + 2).kind == "num":  # type: ignore[union-attr]
                # "19 h 30", "20 heures 30", "20 Uhr 30": the number after the
                # hour word is its minutes, never a day of the month
                end = self.minutes_after_hour(toks, i)
                self.clock(toks, i, end, hour, int(toks[i + 2].text), None, items, clock24=True)
                made = items[-1]
                assert isinstance(made, _Time)
                made.may_count = may_count
                return end
            item = _Time(self.span_text(toks, i, i + 2), hour, clock24=True)
            item.may_count = may_count
            items.append(item)
            return i + 2
        # ordinals and day-first dates: "21st", "1er", "21 April 2022", "11. Januar"
        if width <= 2:
            j = i + 1
            ordinal = False
            if (
                nxt is not None
                and not nxt.spaced
                and (
                    (nxt.kind == "word" and nxt.key in ORDINAL_SUFFIXES)
                    or (nxt.kind == "mark" and nxt.key in ORDINAL_SUFFIXES)
                )
            ):
                ordinal = True
                j += 1
            k = j
            if at(k) is not None and at(k).key == "." and self.lang == "de":  # type: ignore[union-attr]
                k += 1
            if at(k) is not None and at(k).kind == "word" and at(k).key in ("of", "de", "del"):  # type: ignore[union-attr]
                k += 1
            month_tok = at(k)
            if (
                month_tok is not None
                and month_tok.kind == "word"
                and month_tok.key in self.words.months
            ):
                date_item = _Date("", day=int(tok.text), month=self.words.months[month_tok.key])
                date_item.order = ["day", "month"]
                end = self.year_after(toks, k + 1, date_item)
                date_item.text = self.span_text(toks, i, end)
                items.append(date_item)
                return end
            if ordinal:
                items.append(_Date(self.span_text(toks, i, j), day=int(tok.text), order=["day"]))
                return j
        if width == 4:
            year = int(tok.text)
            self.check_year(year, tok.text)
            items.append(_Date(tok.text, year=year, order=["year"]))
            return i + 1
        if width <= 2 and i > 0 and toks[i - 1].key in self.words.hour_articles:
            # Italian "alle 19", "dalle 14": the article is that of "le ore"
            items.append(_Time(tok.text, int(tok.text), clock24=True))
            return i + 1
        if width <= 2:
            clock = i > 0 and toks[i - 1].key in self.words.bare_hour_articles
            items.append(_Bare(tok.text, int(tok.text), clock))
            return i + 1
        raise self.cannot_place(tok.text, "a number that is neither a day, a year nor a time")

    def minutes_after_hour(self, toks: list[_Tok], i: int) -> int:
        """Check the number after "19 h", "20 heures" is minutes; return where the time ends."""
        n = len(toks)
        minutes = toks[i + 2]
        text = self.span_text(toks, i, i + 3)
        k = i + 3
        if k < n and toks[k].key in ("de", "del", "of", ".", "er", "st", "nd", "rd", "th"):
            k += 1
        month = k < n and toks[k].kind == "word" and toks[k].key in self.words.months
        if month or len(minutes.text) != 2:
            raise self.cannot_place(
                self.span_text(toks, i, min(k + 1, n)) if month else text,
                f"{minutes.text!r} after the hour {toks[i].text!r} may be its minutes or a day "
                "of the month",
            )
        return i + 3

    def year_after(self, toks: list[_Tok], k: int, item: _Date) -> int:
        """Take a year written after a month ("April 2022", "abril de 2022", "April 21, 2022")."""
        n = len(toks)
        j = k
        while j < n and toks[j].kind in ("mark", "word") and toks[j].key in (",", "de", "del", "."):
            j += 1
            if j - k > 2:
                break
        if j < n and toks[j].kind == "num":
            digits = toks[j].text
            following = toks[j + 1] if j + 1 < n else None
            is_time = following is not None and (
                following.key in (":", "h")
                or following.kind == "mer"
                or following.key in self.words.hour_words
            )
            if len(digits) == 4 and not is_time:
                year = int(digits)
                self.check_year(year, digits)
                item.year = year
                item.order.append("year")
                return j + 1
            if len(digits) == 2 and not is_time and j > k and toks[j - 1].key in (",", "'"):
                raise self.fail(
                    f"a four-digit year, not {digits!r}: a two-digit year could be any century"
                )
        return k

    def numeric_date(self, toks: list[_Tok], i: int, items: list[_Item]) -> int:
        a_t, mid, last = toks[i], toks[i + 2], toks[i + 4]
        text = self.span_text(toks, i, i + 5)
        if len(a_t.text) == 4:
            # year first: always year-month-day, whatever dayfirst says
            if mid.kind != "num" or len(last.text) > 2 or len(mid.text) > 2:
                raise self.cannot_place(text, "year-first dates are year-month-day")
            year = int(a_t.text)
            self.check_year(year, a_t.text)
            items.append(
                _Date(
                    text,
                    year=year,
                    month=int(mid.text),
                    day=int(last.text),
                    order=["year", "month", "day"],
                )
            )
            return i + 5
        if len(last.text) != 4:
            raise self.fail(f"a four-digit year in {text!r}: a two-digit year could be any century")
        if len(a_t.text) > 2 or (mid.kind == "num" and len(mid.text) > 2):
            raise self.cannot_place(text)
        year = int(last.text)
        self.check_year(year, last.text)
        if mid.kind == "word":
            items.append(
                _Date(
                    text,
                    year=year,
                    month=self.words.months[mid.key],
                    day=int(a_t.text),
                    order=["day", "month", "year"],
                )
            )
        else:
            items.append(
                _Date(text, year=year, numeric=(int(a_t.text), int(mid.text)), order=["year"])
            )
        return i + 5

    def clock(
        self,
        toks: list[_Tok],
        i: int,
        j: int,
        hour: int,
        minute: int | None,
        second: int | None,
        items: list[_Item],
        *,
        clock24: bool = False,
        hhmm: bool = False,
    ) -> int:
        n = len(toks)
        mer = None
        if j < n and toks[j].kind == "mer":
            mer = "a" if toks[j].key.startswith("a") else "p"
            j += 1
        elif not clock24:
            clock24 = minute is not None
        if j < n and toks[j].kind == "word" and toks[j].key in self.words.hour_words and not hhmm:
            j += 1
            clock24 = clock24 or mer is None
        text = self.span_text(toks, i, j)
        if (minute is not None and minute > 59) or (second is not None and second > 59):
            raise self.fail(f"a clock time with minutes and seconds below 60, not {text!r}")
        item = _Time(text, hour, minute, second, mer, clock24)
        # English writes "9:30" for both halves of the day; "09:30" and "21:30"
        # are 24-hour, and so is "9:30" in the other languages.
        item.twelve = (
            self.lang == "en"
            and mer is None
            and not hhmm
            and (":" in text or "." in text)
            and 1 <= hour <= 12
            and not toks[i].text.startswith("0")
            and not (j > 0 and toks[j - 1].key in self.words.hour_words)
        )
        items.append(item)
        return j

    # words

    def phrase_at(self, toks: list[_Tok], i: int) -> tuple[int, str, object] | None:
        """The longest known phrase starting at token i: (end, kind, value)."""
        keys: list[str] = []
        best: tuple[int, str, object] | None = None
        for k in range(i, min(len(toks), i + LONGEST_PHRASE)):
            if toks[k].kind not in ("word", "mark"):
                break
            keys.append(toks[k].key)
            hit = self.words.phrases.get(tuple(keys))
            if hit is not None:
                best = (k + 1, hit[0], hit[1])
        return best

    def zone_at(self, toks: list[_Tok], i: int) -> tuple[int, tzinfo, str] | None:
        """A zone written at token i: an abbreviation, a zone name or UTC±hh."""
        from polevents.timeline import TIMEZONE_ABBREVIATIONS, get_zone

        if i >= len(toks):
            return None
        tok = toks[i]
        if tok.kind == "word":
            raw = tok.text.rstrip(".")
            if raw in ("UTC", "GMT") and i + 1 < len(toks) and toks[i + 1].key in ("+", "-"):
                end, offset = self.offset_at(toks, i + 1)
                return end, offset, self.span_text(toks, i, end)
            if raw == "Z" and not tok.spaced and i > 0 and toks[i - 1].kind == "num":
                return i + 1, UTC, raw
            candidates = TIMEZONE_ABBREVIATIONS.get(raw)
            if candidates is not None:
                return i + 1, self.choose_zone(raw, candidates), raw
        hit = self.phrase_at(toks, i)
        if hit is not None and hit[1] == "zone":
            names = hit[2]
            assert isinstance(names, tuple)
            text = self.span_text(toks, i, hit[0])
            if len(names) == 1:
                return hit[0], get_zone(names[0]), text
            return hit[0], self.choose_zone(text, names), text
        return None

    def choose_zone(self, word: str, candidates: tuple[str, ...]) -> tzinfo:
        from polevents.timeline import get_zone

        if len(candidates) == 1:
            return get_zone(candidates[0])
        hint = self.hint
        chosen = [name for name in candidates if hint is not None and hint == get_zone(name)]
        if len(chosen) == 1:
            return get_zone(chosen[0])
        raise self.fail(
            f"an unambiguous zone, but {word} may mean any of "
            f"{', '.join(candidates)}: pass tz= to choose"
        )

    def offset_at(self, toks: list[_Tok], i: int) -> tuple[int, tzinfo]:
        """An offset "+05:00", "+0500", "+5", "-04" starting with its sign at token i."""
        n = len(toks)
        sign = -1 if toks[i].key == "-" else 1
        if i + 1 >= n or toks[i + 1].kind != "num":
            raise self.cannot_place(toks[i].text, "an offset such as +05:00")
        digits = toks[i + 1].text
        j = i + 2
        if len(digits) in (3, 4):
            hours, minutes = int(digits[:-2]), int(digits[-2:])
        elif len(digits) <= 2:
            hours, minutes = int(digits), 0
            if j + 1 < n and toks[j].key == ":" and toks[j + 1].kind == "num":
                minutes = int(toks[j + 1].text)
                j += 2
        else:
            raise self.cannot_place(self.span_text(toks, i, j), "an offset such as +05:00")
        text = self.span_text(toks, i, j)
        if hours >= 24 or minutes >= 60:
            raise self.fail(f"an offset within ±24 hours, not {text!r}")
        return j, timezone(sign * timedelta(hours=hours, minutes=minutes))

    def scan_word(self, toks: list[_Tok], i: int, items: list[_Item]) -> int:
        tok = toks[i]
        key = tok.key
        words = self.words
        last_item = items[-1] if items else None
        # a soft separator after an opener: "de 14 h a 19 h", "between 2 and 7"
        if (
            key in words.soft_separators
            and self.opened is not None
            and isinstance(last_item, _Date | _Time | _Bare | _Zone | _Part)
        ):
            items.append(_Sep(tok.text, dash=False))
            j = i + 1
            # "a las", "às", "alle": the article after the separator carries nothing
            if j < len(toks) and toks[j].key in ("las", "la", "los", "el", "as", "o", "le"):
                j += 1
            return j
        zone = self.zone_at(toks, i)
        if zone is not None:
            items.append(_Zone(zone[2], zone[1]))
            return zone[0]
        # "last Friday", "el próximo domingo", "this Friday", "ce samedi"
        marker = words.last | words.next | words.next_with_date | words.this
        if key in marker and i + 1 < len(toks):
            after = self.weekday_at(toks, i + 1)
            if after is not None:
                end, day = after
                item = _Date(self.span_text(toks, i, end), weekday=day, order=["weekday"])
                if key in words.this:
                    item.this = True
                elif key in words.last:
                    item.last = True
                elif key in words.next:
                    item.next = True
                else:
                    item.next_with_date = True
                items.append(item)
                return end
        # "Q2 2022", "2nd quarter of 2022"
        if (
            key == "q"
            and i + 1 < len(toks)
            and toks[i + 1].kind == "num"
            and not toks[i + 1].spaced
        ):
            return self.quarter(toks, i, i + 2, int(toks[i + 1].text), items)
        if (
            key in words.ordinal_words
            and i + 1 < len(toks)
            and toks[i + 1].key in words.quarter_words
        ):
            return self.quarter(toks, i, i + 2, words.ordinal_words[key], items)
        hit = self.phrase_at(toks, i)
        if hit is not None and (hit[0] > i + 1 or key not in words.months):
            end, kind, value = hit
            text = self.span_text(toks, i, end)
            if kind == "filler":
                return end
            if kind == "day_part":
                assert isinstance(value, str)
                night_of = value == "night" and end < len(toks) and toks[end].key in words.night_of
                items.append(_Part(text, value, night_of))
                return end
            if kind == "relative":
                assert isinstance(value, tuple)
                items.append(_Date(text, relative=value[0], tonight=value[1]))
                return end
            if kind == "separator":
                items.append(_Sep(text, dash=False))
                return end
            if kind in ("noon", "midnight"):
                hour = 12 if kind == "noon" else 0
                items.append(_Time(text, hour, clock24=True, special=kind))
                return end
            if kind == "week_of":
                items.append(_Date(text, week=True))
                return end
            if kind == "weekday":
                assert isinstance(value, int)
                items.append(_Date(text, weekday=value, order=["weekday"]))
                return end
        if key in words.openers:
            self.opened = tok.text
            self.opened_at = len(items)
            return i + 1
        if key in words.months:
            return self.month_first(toks, i, items)
        if key in words.weekdays:
            items.append(_Date(tok.text, weekday=words.weekdays[key], order=["weekday"]))
            return i + 1
        if key in words.lists:
            items.append(_List(tok.text))
            return i + 1
        raise self.cannot_place(tok.text)

    def weekday_at(self, toks: list[_Tok], i: int) -> tuple[int, int] | None:
        hit = self.phrase_at(toks, i)
        if hit is not None and hit[1] == "weekday":
            assert isinstance(hit[2], int)
            return hit[0], hit[2]
        if toks[i].key in self.words.weekdays:
            return i + 1, self.words.weekdays[toks[i].key]
        return None

    def month_first(self, toks: list[_Tok], i: int, items: list[_Item]) -> int:
        """ "April", "April 2022", "April 21", "April 21, 2022", "Apr. 21st"."""
        n = len(toks)
        item = _Date("", month=self.words.months[toks[i].key], order=["month"])
        j = i + 1
        if j < n and toks[j].key == "." and not toks[j].spaced:
            j += 1
        if (
            j + 3 < n
            and toks[j].key == ","
            and toks[j + 1].kind == "num"
            and len(toks[j + 1].text) <= 2
            and toks[j + 2].key == ","
            and toks[j + 3].kind == "num"
            and len(toks[j + 3].text) == 4
        ):
            j += 1  # "March, 9, 2020"
        if j < n and toks[j].kind == "num" and len(toks[j].text) <= 2:
            after = toks[j + 1] if j + 1 < n else None
            is_time = after is not None and (
                after.key in (":", "h") or after.kind == "mer" or after.key in self.words.hour_words
            )
            if not is_time:
                item.day = int(toks[j].text)
                item.order.append("day")
                j += 1
                if (
                    j < n
                    and not toks[j].spaced
                    and (toks[j].key in ORDINAL_SUFFIXES)
                    and toks[j].kind in ("word", "mark")
                ):
                    j += 1
        j = self.year_after(toks, j, item)
        item.text = self.span_text(toks, i, j)
        items.append(item)
        return j

    def quarter(self, toks: list[_Tok], i: int, j: int, number: int, items: list[_Item]) -> int:
        text = self.span_text(toks, i, j)
        if not 1 <= number <= 4:
            raise self.fail(f"a quarter from 1 to 4, not {text!r}")
        item = _Date(text, quarter=number, order=["quarter"])
        n = len(toks)
        k = j
        if k < n and toks[k].key in ("of", "de", "del", "des", "du", "dell'", "des"):
            k += 1
        if k < n and toks[k].kind == "num" and len(toks[k].text) == 4:
            year = int(toks[k].text)
            self.check_year(year, toks[k].text)
            item.year = year
            item.order.append("year")
            j = k + 1
        elif k < n and toks[k].kind == "num":
            raise self.fail(
                f"a four-digit year, not {toks[k].text!r}: a two-digit year could be any century"
            )
        item.text = self.span_text(toks, i, j)
        items.append(item)
        return j

    # marks

    def scan_mark(self, toks: list[_Tok], i: int, items: list[_Item]) -> int:
        tok = toks[i]
        if tok.key in _IGNORED_MARKS or (tok.key == "." and items):
            return i + 1
        if tok.key == "+" or (
            tok.key == "-"
            and tok.text != "-"
            and items
            and isinstance(items[-1], _Time)
            and not tok.spaced
        ):
            end, offset = self.offset_at(toks, i)
            items.append(_Zone(self.span_text(toks, i, end), offset))
            return end
        if tok.key in _DASHES:
            items.append(_Sep(tok.text, dash=True))
            return i + 1
        raise self.cannot_place(tok.text)

    def check_year(self, year: int, text: str) -> None:
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise self.fail(f"a year from {MIN_YEAR} to {MAX_YEAR}, not {text!r}")

    # --- step 3: items to a span -------------------------------------------------------------

    def interpret(self, items: list[_Item]) -> Span:
        lists = [it for it in items if isinstance(it, _List)]
        if lists:
            raise self.fail(
                f"one date or time, but {lists[0].text!r} joins more than one: "
                "read them one at a time"
            )
        self.settle_numeric_order(items)
        seps = [k for k, it in enumerate(items) if isinstance(it, _Sep)]
        if len(seps) == 2 and self.dash_joins_date(items, seps[0]):
            # "July 28, 2023 – From 9:00am to 8:00pm": the dash joins a date and a range
            del items[seps[0]]
            seps = [seps[1] - 1]
        if len(seps) > 1:
            raise self.fail(
                "one range at most, but the text has "
                + " and ".join(repr(items[k].text) for k in seps)
            )
        if self.opened is not None and not seps:
            follows = items[self.opened_at] if self.opened_at < len(items) else None
            # "del 21 de abril" is "of 21 April": de, del, du, do also mean "of"
            weak = _key(self.opened) in self.words.weak_openers
            if not (weak and isinstance(follows, _Date) and follows.month is not None):
                raise self.fail(f"the end of the range opened by {self.opened!r}")
        if seps:
            k = seps[0]
            left, right = items[:k], items[k + 1 :]
            sep = items[k]
            assert isinstance(sep, _Sep)
            if not any(isinstance(it, _Date | _Time | _Bare) for it in left) or not any(
                isinstance(it, _Date | _Time | _Bare) for it in right
            ):
                raise self.cannot_place(sep.text, "a range needs a time on both sides")
            if sep.dash and self.is_date_then_time(left, right):
                # "samedi 09/janvier/2021 - 07:44": the dash joins a date and its time
                return self.single(left + right)
            return self.range(left, right)
        return self.single(items)

    def dash_joins_date(self, items: list[_Item], k: int) -> bool:
        sep = items[k]
        before = items[:k]
        return (
            isinstance(sep, _Sep)
            and sep.dash
            and self.opened_at == k + 1
            and any(isinstance(it, _Date) for it in before)
            and not any(isinstance(it, _Time | _Bare) for it in before)
        )

    def is_date_then_time(self, left: list[_Item], right: list[_Item]) -> bool:
        return (
            any(isinstance(it, _Date) for it in left)
            and not any(isinstance(it, _Time | _Bare) for it in left)
            and any(isinstance(it, _Time) for it in right)
            and not any(isinstance(it, _Date | _Bare) for it in right)
        )

    def settle_numeric_order(self, items: list[_Item]) -> None:
        """Read every "dd-mm"/"mm-dd" date of the text in one order."""
        numeric = [it for it in items if isinstance(it, _Date) and it.numeric is not None]
        if not numeric:
            return
        orders = ["dmy", "mdy"] if self.dayfirst else ["mdy", "dmy"]
        possible = []
        for order in orders:
            if all(_day_month(it.numeric, order) is not None for it in numeric):  # type: ignore[arg-type]
                possible.append(order)
        if not possible:
            bad = numeric[0].text
            raise self.fail(f"a date that exists, not {bad!r} (read as day-month or month-day)")
        order = possible[0]
        for it in numeric:
            assert it.numeric is not None
            dm = _day_month(it.numeric, order)
            assert dm is not None
            it.day, it.month = dm
            it.numeric = None
            first = ["day", "month"] if order == "dmy" else ["month", "day"]
            it.order = first + it.order

    # one side of a range, or the whole text

    def side(self, items: list[_Item]) -> _Side:
        side = _Side()
        for it in items:
            if isinstance(it, _Date):
                side.add_date(it, self)
            elif isinstance(it, _Time):
                if side.time is not None:
                    raise self.fail(
                        f"one time, but the text gives {side.time.text!r} and {it.text!r}"
                    )
                side.time = it
            elif isinstance(it, _Zone):
                if side.zone is not None and side.zone.zone != it.zone:
                    raise self.fail(
                        f"one time zone, but the text gives {side.zone.text!r} and {it.text!r}"
                    )
                side.zone = it
            elif isinstance(it, _Part):
                if side.part is not None and side.part.part != it.part:
                    raise self.fail(f"one part of the day, not {side.part.text!r} and {it.text!r}")
                side.part = it
            elif isinstance(it, _Bare):
                side.bares.append(it)
        # a bare number beside a weekday is its day ("viernes 22", "domingo (28)")
        for bare in list(side.bares):
            if bare.clock and side.tonight and side.time is None and 6 <= bare.value <= 11:
                # "tonight at 10": the evening settles p.m. ("tonight at 1" may be
                # the small hours, 1 p.m. is not tonight: left open)
                side.time = _Time(bare.text, bare.value, mer="p")
                side.bares.remove(bare)
            elif side.relative is not None and side.confirm_day is None and not bare.clock:
                # "tomorrow (25)": the day of the month, said again
                side.confirm_day = bare
                side.bares.remove(bare)
            elif (
                side.weekday is not None
                and side.day is None
                and side.month is None
                and not bare.clock
            ):
                if side.part is not None and side.time is None and bare.value <= 12:
                    raise self.cannot_place(
                        bare.text,
                        f"a number beside a weekday and {side.part.text!r}: it could be the "
                        "day of the month or the hour",
                    )
                if not 1 <= bare.value <= 31:
                    raise self.fail(f"a day of the month, not {bare.text!r}")
                side.day = bare.value
                side.order.append("day")
                side.bares.remove(bare)
            elif side.part is not None and side.time is None:
                side.time = _Time(bare.text, bare.value)
                side.bares.remove(bare)
            elif bare.clock and side.time is None and 13 <= bare.value <= 23:
                # "a las 15", "um 20": only a 24-hour clock has that hour
                side.time = _Time(bare.text, bare.value, clock24=True)
                side.bares.remove(bare)
        time = side.time
        if side.tonight and time is not None and time.twelve and 6 <= time.hour <= 11:
            # "tonight at 7:30", "tonight at 7.30": the evening settles p.m.
            # (from 6, as tonight runs from 18:00; "tonight at 1:30" stays open)
            time.mer = "p"
        if side.time is not None and side.time.may_count and not side.has_date():
            raise self.fail(
                f"a date beside {side.time.text!r}, or a clock word before it: "
                "alone it may count hours rather than name one"
            )
        if side.bares and side.bares[0].clock:
            raise self.cannot_place(
                side.bares[0].text,
                "an hour with no a.m./p.m., minutes or part of the day: "
                "it could be morning or evening",
            )
        if side.bares:
            raise self.cannot_place(
                side.bares[0].text,
                "a number with no a.m./p.m., minutes, month or year: it could be a day or an hour",
            )
        return side

    def single(self, items: list[_Item]) -> Span:
        from polevents.timeline import Precision

        side = self.side(items)
        if side.empty():
            raise self.fail("a date or time, such as '21-04-2022' or 'April 2022'")
        zone = self.zone_or_fail(side.zone)
        hour = self.hour_of(side.time, side.part) if side.time is not None else None
        if side.time is not None and side.time.special == "midnight":
            raise self.fail(
                "a time that is not 'midnight' alone: it may be the start or the end of the day"
            )
        self.check_night(side, hour)
        side.check_gaps(self)
        ref = self.ref(zone) if side.needs_reference() else None

        def build(fields: tuple[int, int, int]) -> tuple[datetime, datetime]:
            y, m, d = fields
            if side.quarter is not None:
                start = _naive(y, 3 * side.quarter - 2, 1)
                return self.loose(start, zone), self.loose(start + relativedelta(months=3), zone)
            if side.week:
                day = _naive(y, m, d)
                monday = day - timedelta(days=day.weekday())
                return self.loose(monday, zone), self.loose(monday + timedelta(days=7), zone)
            # A written date is chosen as a whole date ("Friday at 10 pm" on a
            # Friday is that Friday); only a bare time is chosen by the clock.
            start, precision = self.local_start(side, fields, None if side.has_date() else hour)
            return self.loose(start, zone), self.loose(_step(start, precision), zone)

        fields = self.resolve(side, ref, build)
        self.check_weekday(side, fields)
        # the chosen reading, built again strictly (skipped wall times refused)
        if side.quarter is not None:
            y = fields[0]
            start = _naive(y, 3 * side.quarter - 2, 1)
            return self.exact(start, start + relativedelta(months=3), zone, Precision.MONTH)
        if side.week:
            day = _naive(*fields)
            if day.weekday() == 6:
                raise self.fail(
                    f"a week of a day that is not a Sunday ({day:%d %B %Y} is a Sunday, and "
                    "weeks start on Sunday in some countries and Monday in others)"
                )
            monday = day - timedelta(days=day.weekday())
            return self.exact(monday, monday + timedelta(days=7), zone, Precision.DAY)
        # A part of the day without a clock time ("on Friday night", "Monday
        # afternoon") is read as the whole day, inexact: the day holds the part
        # however it is bounded. "Friday night" is not narrowed to 18:00-24:00
        # as "tonight" is: in news translated from languages that name a night
        # by the day it runs into, "on Friday night" may be the small hours
        # that open Friday, which the whole day holds too.
        start, precision = self.local_start(side, fields, hour)
        if side.tonight and side.time is None:
            begin = self.place(start + timedelta(hours=18), zone, "start")
            end = self.place(start + timedelta(days=1), zone, "end")
            return self.make(begin, end, exact=False, precision=Precision.HOUR)
        if side.tonight and hour is not None and hour < 12:
            raise self.fail(f"an evening time for tonight, not {side.time.text!r}")  # type: ignore[union-attr]
        return self.widen(start, precision, zone)

    def range(self, left_items: list[_Item], right_items: list[_Item]) -> Span:

        self.pair_bares(left_items, right_items)
        left, right = self.side(left_items), self.side(right_items)
        for s in (left, right):
            # "from midnight Saturday to 6 a.m.": as alone, the midnight that
            # opens Saturday or the one that closes it; only a midnight with no
            # day of its own takes its place from the range
            if s.time is not None and s.time.special == "midnight" and s.has_date():
                raise self.fail(
                    f"a range whose {s.time.text!r} has no day beside it: "
                    f"{s.time.text!r} with {' '.join(s.texts)!r} may be the start or the end "
                    "of that day"
                )
        for s in (left, right):
            if s.quarter is not None or s.week or (s.tonight and s.time is None):
                raise self.fail("a range of dates or times, not of quarters, weeks or 'tonight'")
        if (left.time is None) != (right.time is None):
            raise self.fail("a range with a time on both ends, or on neither")
        # a date written at one end of a range of times is the date of both
        # ("from 2:00 a.m. to 7:00 a.m. on April 21")
        if left.time is not None and right.has_date() and not left.has_date():
            right.move_date(left)
        # fields missing from one end come from the other ("April 20-22, 2022")
        if left.has_ymd() and right.has_ymd():
            _inherit(left, right)
            _inherit(right, left)
        zone_l = self.zone_or_fail(left.zone or right.zone)
        zone_r = self.zone_or_fail(right.zone or left.zone)
        if right.time is None and not right.has_date():
            raise self.fail("a range whose end gives a date or a time")
        h1, h2 = self.range_hours(left, right)
        self.check_night(left, h1, in_range=True)
        self.check_night(right, h2, in_range=True)
        left.check_gaps(self)
        if right.has_ymd():
            right.check_gaps(self)
        needs = left.needs_reference() or right.relative is not None or right.last or right.next
        ref = self.ref(zone_l) if needs else None

        def ends(
            fields: tuple[int, int, int],
        ) -> tuple[datetime, datetime, Precision, tuple[int, int, int]]:
            start, p1 = self.local_start(left, fields, h1)
            start_at = start.replace(tzinfo=zone_l)
            end_fields, bumped = self.right_fields(left, right, fields, ref)
            while True:
                end_local, p2 = self.local_start(right, end_fields, h2)
                if right.time is None:
                    end_local = _step(end_local, p2)
                end_at = end_local.replace(tzinfo=zone_r)
                if end_at.astimezone(UTC) > start_at.astimezone(UTC) or bumped is None:
                    break
                end_fields = _bump(end_fields, bumped)
                bumped = None
            precision = max(p1, p2) if right.time is not None else min(p1, p2)
            return start, end_local, precision, end_fields

        # A range of weekdays is chosen among whole weeks: looking forward it
        # starts on or after the reference day, looking back it ends by that
        # day's end. When the reference day falls inside one ("between Friday
        # and Sunday" written on the Saturday) that one is under way and is
        # read, never the week after or before; when it is the last day of one
        # looking forward ("from Wednesday to Sunday" written on a Sunday, a
        # schedule of the coming week) or the first day looking back, the
        # range under way and the next (or last) one are both said that way,
        # and the text is refused. A range of dates is chosen like a single date.
        straddled: list[str] = []
        weekdays_only = (
            ref is not None
            and left.weekday is not None
            and not left.has_ymd()
            and not (left.this or left.last or left.next or left.relative is not None)
            and self.direction in ("back", "forward")
        )

        def build(fields: tuple[int, int, int]) -> tuple[datetime, datetime]:
            start, end, _, _ = ends(fields)
            if left.has_date():
                # chosen as whole dates, like a single date
                start = start.replace(hour=0, minute=0, second=0)
                if end.time() != datetime.min.time():
                    end = end.replace(hour=0, minute=0, second=0) + timedelta(days=1)
            begin, finish = self.loose(start, zone_l), self.loose(end, zone_r)
            if weekdays_only:
                assert ref is not None
                first_day = _midnight(ref[0].date(), zone_l)
                after_last = _midnight(ref[1].date() + timedelta(days=1), zone_l)
                under_way = begin < first_day and finish > after_last
                if self.direction == "forward" and begin < first_day and not under_way:
                    if finish > first_day:
                        straddled.append(_days(start, end))
                    raise _Skip("a range of weekdays starting before the reference day")
                if self.direction == "back" and finish > after_last and not under_way:
                    if begin < after_last:
                        straddled.append(_days(start, end))
                    raise _Skip("a range of weekdays ending after the reference day")
            return begin, finish

        fields = self.resolve(left, ref, build)
        if straddled:
            edge, other = ("end", "next") if self.direction == "forward" else ("start", "last")
            raise self.fail(
                f"a range of weekdays that does not {edge} on the day the text was written: "
                f"it may be the range under way ({straddled[0]}) or the {other} one"
            )
        self.check_weekday(left, fields)
        start, end, precision, end_fields = ends(fields)
        self.check_weekday(right, end_fields)
        begin = self.place(start, zone_l, "start")
        finish = self.place(end, zone_r, "end")
        if right.time is not None and left.time is not None:
            precision = max(
                _time_precision(left.time), _time_precision(right.time), key=lambda p: p.value
            )
        # "the night of 9-10 September", "from Monday afternoon to Wednesday":
        # a part of a day with no clock time bounds the range inside the whole
        # days, which hold it but which it does not fill.
        exact = not any(s.part is not None and s.time is None for s in (left, right))
        return self.make(begin, finish, exact=exact, precision=precision)

    def right_fields(
        self,
        left: _Side,
        right: _Side,
        fields: tuple[int, int, int],
        ref: tuple[datetime, datetime] | None,
    ) -> tuple[tuple[int, int, int], str | None]:
        """The end's year, month and day; and which field may roll over if it is too early."""
        y, m, d = fields
        if right.relative is not None or right.last or right.next:
            assert ref is not None
            return self.relative_day(right, ref), None
        if right.weekday is not None and not right.has_ymd():
            start = _naive(y, m, d)
            ahead = (right.weekday - start.weekday()) % 7 or 7
            end = start + timedelta(days=ahead)
            return (end.year, end.month, end.day), None
        if not right.has_ymd():
            return fields, "day"
        ry = right.year if right.year is not None else y
        rm = right.month if right.month is not None else m
        rd = right.day if right.day is not None else (1 if right.month is not None else d)
        bump = None
        if right.year is None:
            bump = "year"
        return (ry, rm, rd), bump

    def pair_bares(self, left: list[_Item], right: list[_Item]) -> None:
        """A bare number at the inner end of a range takes its role from the other end."""
        core_l = [it for it in left if isinstance(it, _Date | _Time | _Bare)]
        core_r = [it for it in right if isinstance(it, _Date | _Time | _Bare)]
        if not core_l or not core_r:
            return
        last_l, first_r = core_l[-1], core_r[0]
        if isinstance(last_l, _Bare) and not isinstance(first_r, _Bare):
            paired = self.like(last_l, first_r, first=True)
            if not _clashes(paired, core_l):
                left[left.index(last_l)] = paired
        elif isinstance(first_r, _Bare) and not isinstance(last_l, _Bare):
            paired = self.like(first_r, last_l, first=False)
            if not _clashes(paired, core_r):
                right[right.index(first_r)] = paired

    def like(self, bare: _Bare, partner: _Date | _Time | _Bare, *, first: bool) -> _Item:
        if isinstance(partner, _Time):
            if partner.special is not None:
                raise self.cannot_place(bare.text, "a number beside 'noon' or 'midnight'")
            return _Time(
                bare.text,
                bare.value,
                mer=None,
                clock24=partner.clock24 and partner.mer is None,
            )
        if isinstance(partner, _Date):
            role = (partner.order[0] if first else partner.order[-1]) if partner.order else None
            if role == "day":
                return _Date(bare.text, day=bare.value, order=["day"])
        raise self.cannot_place(bare.text, "a number whose role the other end does not show")

    def range_hours(self, left: _Side, right: _Side) -> tuple[int | None, int | None]:
        t1, t2 = left.time, right.time
        if t1 is None or t2 is None:
            return (
                self.hour_of(t1, left.part) if t1 is not None else None,
                self.hour_of(t2, right.part) if t2 is not None else None,
            )
        # "2-7 p.m.", "2:00 to 7:00 p.m.": an end without a.m./p.m. takes the other
        # end's, unless that would put the start after the end, when it takes
        # the other half.
        soft1 = t1.mer is None and (not t1.clock24 or t1.twelve)
        soft2 = t2.mer is None and (not t2.clock24 or t2.twelve)
        if soft1 and t2.mer is not None:
            h2 = self.hour_of(t2, right.part)
            first = _twelve(t1.hour, t2.mer)
            if first is None:
                raise self.fail(f"a clock hour from 1 to 12 before a.m./p.m., not {t1.text!r}")
            if (first, t1.minute or 0) > (h2, t2.minute or 0):
                first = _twelve(t1.hour, "p" if t2.mer == "a" else "a")
            assert first is not None
            return first, h2
        if soft2 and t1.mer is not None:
            h1 = self.hour_of(t1, left.part)
            second = _twelve(t2.hour, t1.mer)
            if second is None:
                raise self.fail(f"a clock hour from 1 to 12 before a.m./p.m., not {t2.text!r}")
            if (second, t2.minute or 0) < (h1, t1.minute or 0):
                second = _twelve(t2.hour, "p" if t1.mer == "a" else "a")
            assert second is not None
            return h1, second
        # "9:00 to 17:00": a 24-hour end makes the other one 24-hour too
        firm1 = t1.clock24 and t1.mer is None and not t1.twelve
        firm2 = t2.clock24 and t2.mer is None and not t2.twelve
        end24 = t2.clock24 and t2.mer is None and t2.hour == 24 and not t2.minute
        h1 = self.hour_of(t1, left.part, as24=t1.twelve and firm2)
        h2 = 0 if end24 else self.hour_of(t2, right.part, as24=t2.twelve and firm1)
        return h1, h2

    def check_night(self, side: _Side, hour: int | None, *, in_range: bool = False) -> None:
        """Refuse a night that may belong to the day it names or to the next."""
        part = side.part
        if part is None or part.part != "night":
            return
        if part.night_of and side.time is None and not in_range:
            raise self.fail(
                f"a clock time or both days with {part.text!r}: the night of one day may be "
                "the one that runs into it or the one that follows it"
            )
        if hour is not None and hour < 6 and side.has_date():
            # "Friday night at 2 am", "last night at 2 am": the small hours after
            # that day, or those that open it?
            assert side.time is not None
            raise self.fail(
                f"a day for {side.time.text!r} itself, not the day of {part.text!r}: "
                "a night runs past midnight, so its small hours may fall on the next day"
            )

    def hour_of(self, time: _Time | None, part: _Part | None, *, as24: bool = False) -> int:
        assert time is not None
        if time.special is not None:
            hour = time.hour
        elif time.mer is not None:
            clock = _twelve(time.hour, time.mer)
            if clock is None:
                raise self.fail(f"a clock hour from 1 to 12 before a.m./p.m., not {time.text!r}")
            hour = clock
        elif time.clock24 and (as24 or not time.twelve):
            if not 0 <= time.hour <= 23:
                raise self.fail(f"a clock hour from 0 to 23, not {time.text!r}")
            hour = time.hour
            if part is not None and not _PART_HOURS[part.part](hour) and 1 <= hour <= 12:
                # "10 heures du soir", "alle 10 di sera": the part of the day says
                # which half a 12-hour clock time is in
                half = _twelve(hour, _PART_HALF[part.part](hour))
                hour = half if half is not None else hour
        elif part is not None:
            clock = _twelve(time.hour, _PART_HALF[part.part](time.hour))
            if clock is None:
                raise self.fail(f"a clock hour from 1 to 12 with {part.text!r}, not {time.text!r}")
            hour = clock
        else:
            raise self.fail(
                f"a clock time with a.m./p.m. or in 24-hour form ('09:30', '21:30'), "
                f"not {time.text!r}: it could be morning or evening"
            )
        if part is not None and not _PART_HOURS[part.part](hour):
            raise self.fail(f"a time that fits {part.text!r}, not {time.text!r}")
        return hour

    # resolving what the text leaves open

    def resolve(
        self,
        side: _Side,
        ref: tuple[datetime, datetime] | None,
        build: Callable[[tuple[int, int, int]], tuple[datetime, datetime]],
    ) -> tuple[int, int, int]:
        y, m, d = side.year, side.month, side.day
        if side.quarter is not None:
            m, d = 1, 1
        if side.relative is not None or side.last or side.next:
            assert ref is not None
            day = self.relative_day(side, ref)
            written = (side.year, side.month, side.day)
            if any(w is not None and w != got for w, got in zip(written, day, strict=True)):
                raise self.fail(
                    f"a date that agrees with {' '.join(side.texts)!r}: the relative day is "
                    f"{day[0]:04d}-{day[1]:02d}-{day[2]:02d}"
                )
            return day
        if y is not None and (m is not None or side.quarter is not None):
            return y, m if m is not None else 1, d if d is not None else 1
        if y is not None and m is None and d is None:
            return y, 1, 1
        assert ref is not None
        center = (ref[0] if self.direction == "forward" else ref[1]).date()
        candidates: list[tuple[int, int, int]] = []
        if m is not None or side.quarter is not None:
            spread = 8 if (m, d) == (2, 29) else 2
            for year in range(center.year - spread, center.year + spread + 1):
                candidates.append((year, m or 1, d or 1))
        elif d is not None:
            for shift in range(-4, 5):
                year, month = divmod(center.year * 12 + center.month - 1 + shift, 12)
                candidates.append((year, month + 1, d))
        else:
            for shift in range(-14, 15):
                try:
                    near = center + timedelta(days=shift)
                except OverflowError:
                    continue
                if side.weekday is None or near.weekday() == side.weekday:
                    candidates.append((near.year, near.month, near.day))
        # "this Sunday" follows the direction like a bare "Sunday": in a notice
        # (forward) it is the coming one, never the one just past
        return self.choose(candidates, ref, build, self.direction)

    def relative_day(self, side: _Side, ref: tuple[datetime, datetime]) -> tuple[int, int, int]:
        """The day of "yesterday", "last Friday", "el próximo domingo"."""
        base = (ref[0] if self.direction == "forward" else ref[1]).date()
        try:
            if side.last:
                assert side.weekday is not None
                day = base - timedelta(days=(base.weekday() - side.weekday - 1) % 7 + 1)
            elif side.next:
                assert side.weekday is not None
                day = base + timedelta(days=(side.weekday - base.weekday() - 1) % 7 + 1)
            else:
                assert side.relative is not None
                day = base + timedelta(days=side.relative)
        except OverflowError:
            raise self.fail("a day within the calendar") from None
        return day.year, day.month, day.day

    def pick(
        self,
        spans: list[tuple[datetime, datetime, tuple[int, int, int]]],
        point: datetime,
        direction: str,
    ) -> tuple[int, int, int] | None:
        if direction == "back":
            before = [s for s in spans if s[0] <= point]
            return max(before, key=lambda s: s[0])[2] if before else None
        after = [s for s in spans if s[1] > point]
        return min(after, key=lambda s: s[0])[2] if after else None

    def choose(
        self,
        candidates: list[tuple[int, int, int]],
        ref: tuple[datetime, datetime],
        build: Callable[[tuple[int, int, int]], tuple[datetime, datetime]],
        direction: str,
    ) -> tuple[int, int, int]:
        spans: list[tuple[datetime, datetime, tuple[int, int, int]]] = []
        for fields in candidates:
            try:
                start, end = build(fields)
                spans.append((start.astimezone(UTC), end.astimezone(UTC), fields))
            except (_Skip, OverflowError, ValueError):
                continue
        first, last = ref[0].astimezone(UTC), ref[1].astimezone(UTC)
        if direction in ("back", "forward"):
            # A reference span stands for any instant in it (a report dated 21
            # April was written at some time that day): the reading must be the
            # same from its first instant and from its last.
            early, late = self.pick(spans, first, direction), self.pick(spans, last, direction)
            if early is not None and early == late:
                return early
            if early is not None or late is not None:
                # (no word "reference" here: data files rephrase those messages
                # as a missing published date, and this one is not that)
                raise self.fail(
                    "a date for the time: written between "
                    f"{ref[0]:%Y-%m-%d %H:%M} and {ref[1]:%Y-%m-%d %H:%M}, it leaves open which "
                    f"day is meant, looking {direction}; give the date in the text, or the "
                    "moment it was written as a datetime"
                )
        else:

            def distance(s: tuple[datetime, datetime, object]) -> timedelta:
                if s[1] <= first:
                    return first - s[1]
                if s[0] > last:
                    return s[0] - last
                return timedelta(0)

            if spans:
                ranked = sorted(spans, key=distance)
                if len(ranked) > 1 and distance(ranked[0]) == distance(ranked[1]):
                    raise self.fail(
                        "one nearest reading, but two are equally near to when the text "
                        "was written; pass direction='back' or 'forward'"
                    )
                return ranked[0][2]
        raise self.fail(f"a date that exists near when the text was written, looking {direction}")

    def check_weekday(self, side: _Side, fields: tuple[int, int, int]) -> None:
        if side.confirm_day is not None and side.confirm_day.value != fields[2]:
            raise self.fail(
                f"a day of the month that agrees with {' '.join(side.texts)!r}, "
                f"not {side.confirm_day.text!r}"
            )
        if side.weekday is None:
            return
        try:
            day = date(*fields)
        except ValueError:
            raise self.fail(f"a date that exists, not {fields}") from None
        if day.weekday() != side.weekday:
            raise self.fail(f"a weekday that matches the date: {day:%d %B %Y} is a {day:%A}")

    def local_start(
        self, side: _Side, fields: tuple[int, int, int], hour: int | None
    ) -> tuple[datetime, Precision]:
        from polevents.timeline import Precision

        y, m, d = fields
        if side.time is not None and hour is not None:
            start = _naive(y, m, d, hour, side.time.minute or 0, side.time.second or 0)
            return start, _time_precision(side.time)
        if side.day is not None or side.weekday is not None or side.relative is not None:
            return _naive(y, m, d), Precision.DAY
        if side.month is not None:
            return _naive(y, m, 1), Precision.MONTH
        if side.year is not None:
            return _naive(y, 1, 1), Precision.YEAR
        return _naive(y, m, d), Precision.DAY

    # reference and zone

    def zone_or_fail(self, written: _Zone | None) -> tzinfo:
        if written is not None:
            return written.zone
        if self.hint is None:
            raise self.fail("a time zone: the text has none, so pass tz= (an IANA name)")
        return self.hint

    def ref(self, zone: tzinfo) -> tuple[datetime, datetime]:
        """The first and last instants the reference may be, in ``zone``."""
        from polevents.timeline import Span

        ref = self.reference
        if ref is None:
            raise self.fail(
                "a full date, or reference= to say when the text was written "
                "(the text leaves the day, month or year open)"
            )
        try:
            if isinstance(ref, Span):
                return ref.start.astimezone(zone), (ref.end - timedelta(microseconds=1)).astimezone(
                    zone
                )
            if isinstance(ref, datetime):
                if ref.tzinfo is None or ref.utcoffset() is None:
                    raise ValidationError(
                        "reference", ref, "a time-zone-aware datetime, date or Span"
                    )
                moment = ref.astimezone(zone)
                return moment, moment
            if isinstance(ref, date):
                start = datetime(ref.year, ref.month, ref.day, tzinfo=zone)
                return start, start + timedelta(days=1) - timedelta(microseconds=1)
        except OverflowError:
            raise ValidationError(
                "reference", ref, "a time that stays within the calendar in this zone"
            ) from None
        raise ValidationError("reference", ref, "a time-zone-aware datetime, date or Span")

    # building spans

    def loose(self, local: datetime, zone: tzinfo) -> datetime:
        aware = local.replace(tzinfo=zone)
        aware.astimezone(UTC)  # raises OverflowError at the ends of the calendar
        return aware

    def place(self, local: datetime, zone: tzinfo, which: str) -> datetime:
        aware = local.replace(tzinfo=zone)
        try:
            aware.astimezone(UTC)
        except OverflowError:
            raise self.fail(f"a time within the calendar, not {local:%Y-%m-%d %H:%M}") from None
        if not _tz.datetime_exists(aware):
            if which == "start":
                raise self.fail(
                    f"a time that exists in {zone}: {local:%Y-%m-%d %H:%M} was skipped "
                    "when the clocks went forward"
                )
            aware = _tz.resolve_imaginary(aware)
        return aware

    def widen(self, local: datetime, precision: Precision, zone: tzinfo) -> Span:
        """The whole unit of ``precision`` from a local time: an inexact span."""
        keep = _FIELDS[: int(precision)]
        parts = {f: getattr(local, f) for f in keep}
        start_local = _naive(
            parts.get("year", 1),
            parts.get("month", 1),
            parts.get("day", 1),
            parts.get("hour", 0),
            parts.get("minute", 0),
            parts.get("second", 0),
        )
        end_local = _step(start_local, precision)
        start = self.place(start_local, zone, "start")
        end = self.place(end_local, zone, "end")
        if _tz.datetime_ambiguous(start_local, zone):
            # A wall time that happens twice (clocks going back): honest is both.
            start = _tz.enfold(start, fold=0)
            end = _tz.enfold(end, fold=1)
        return self.make(start, end, exact=False, precision=precision)

    def exact(self, start: datetime, end: datetime, zone: tzinfo, precision: Precision) -> Span:
        return self.make(
            self.place(start, zone, "start"), self.place(end, zone, "end"), True, precision
        )

    def make(
        self, start: datetime, end: datetime, exact: bool, precision: Precision | None
    ) -> Span:
        from polevents.timeline import Span

        try:
            return Span(start, end, exact=exact, precision=precision, text=self.text)
        except ValidationError as err:
            raise self.fail(f"a span that ends after it starts ({err.expected})") from None


@dataclass(slots=True)
class _Side:
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    quarter: int | None = None
    week: bool = False
    relative: int | None = None
    tonight: bool = False
    last: bool = False
    next: bool = False
    next_with_date: bool = False
    this: bool = False
    confirm_day: _Bare | None = None
    order: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    time: _Time | None = None
    zone: _Zone | None = None
    part: _Part | None = None
    bares: list[_Bare] = field(default_factory=list)

    def add_date(self, item: _Date, reader: _Reader) -> None:
        for name in ("year", "month", "day", "weekday", "quarter", "relative"):
            value = getattr(item, name)
            if value is None:
                continue
            if getattr(self, name) is not None and getattr(self, name) != value:
                raise reader.fail(
                    f"one date, but the text gives {' and '.join([*self.texts, item.text])!r}"
                )
            if getattr(self, name) is not None and name != "weekday":
                raise reader.fail(
                    f"one date, but the text gives {' and '.join([*self.texts, item.text])!r}"
                )
            setattr(self, name, value)
        self.week = self.week or item.week
        self.tonight = self.tonight or item.tonight
        self.last = self.last or item.last
        self.next = self.next or item.next
        self.next_with_date = self.next_with_date or item.next_with_date
        self.this = self.this or item.this
        self.order.extend(item.order)
        self.texts.append(item.text)

    def move_date(self, other: _Side) -> None:
        """Give this side's date to ``other`` (which has none)."""
        for name in (
            "year",
            "month",
            "day",
            "weekday",
            "quarter",
            "relative",
            "confirm_day",
        ):
            setattr(other, name, getattr(self, name))
            setattr(self, name, None)
        for flag in ("week", "tonight", "last", "next", "next_with_date", "this"):
            setattr(other, flag, getattr(self, flag))
            setattr(self, flag, False)
        other.order, other.texts = self.order, self.texts
        self.order, self.texts = [], []

    def empty(self) -> bool:
        return self.time is None and not self.has_date()

    def has_ymd(self) -> bool:
        return self.year is not None or self.month is not None or self.day is not None

    def has_date(self) -> bool:
        return (
            self.has_ymd()
            or self.weekday is not None
            or self.relative is not None
            or self.quarter is not None
            or self.week
        )

    def needs_reference(self) -> bool:
        return self.relative is not None or self.last or self.next or self.year is None

    def check_gaps(self, reader: _Reader) -> None:
        if self.week:
            if self.day is None or self.month is None:
                raise reader.fail("a day and month after 'week of', such as 'the week of 14 March'")
            if self.time is not None:
                raise reader.fail("a week without a clock time")
            return
        if self.quarter is not None:
            if self.month is not None or self.day is not None or self.time is not None:
                raise reader.fail("a quarter and a year only, such as 'Q2 2022'")
            return
        if self.next_with_date and (self.day is None or self.month is None):
            raise reader.fail(
                f"a date beside {' '.join(self.texts)!r}: 'next' before a weekday may mean "
                "this coming one or the one after"
            )
        if (self.relative is not None or self.last or self.next) and self.day is None:
            if self.has_ymd():
                raise reader.fail(
                    f"either a relative day or a whole date, not both ({' '.join(self.texts)!r})"
                )
            return
        if self.year is not None and self.month is None and self.day is not None:
            raise reader.fail("a date without gaps: a year and a day but no month")
        if self.time is not None and self.day is None and self.weekday is None and self.has_ymd():
            raise reader.fail("a day for the time: a month or year alone is too coarse")
        if self.weekday is not None and self.day is None and self.has_ymd():
            raise reader.fail("a weekday with a full date, or with none")
        if self.month is not None and not 1 <= self.month <= 12:
            raise reader.fail(f"a month from 1 to 12, not {self.month}")
        if self.day is not None and not 1 <= self.day <= 31:
            raise reader.fail(f"a day of the month from 1 to 31, not {self.day}")


def _clashes(paired: _Item, items: list[_Date | _Time | _Bare]) -> bool:
    """Does the side already have what the paired number would give it?

    "10 pm tonight (24)": the 24 is not a second hour but the day said again.
    """
    if isinstance(paired, _Time):
        return any(isinstance(it, _Time) for it in items)
    if isinstance(paired, _Date):
        return any(isinstance(it, _Date) and it.day is not None for it in items) or any(
            isinstance(it, _Date) and it.relative is not None for it in items
        )
    return False  # pragma: no cover


def _inherit(side: _Side, other: _Side) -> None:
    """Give ``side`` the coarser fields it lacks and ``other`` has."""
    names = ("year", "month", "day")
    given = [n for n in names if getattr(side, n) is not None]
    if not given:
        return
    finest = max(names.index(n) for n in given)
    for index, name in enumerate(names):
        if index < finest and getattr(side, name) is None and getattr(other, name) is not None:
            setattr(side, name, getattr(other, name))


def _bump(fields: tuple[int, int, int], which: str) -> tuple[int, int, int]:
    y, m, d = fields
    if which == "year":
        return y + 1, m, d
    moved = _naive(y, m, d) + timedelta(days=1)
    return moved.year, moved.month, moved.day


def _day_month(pair: tuple[int, int], order: str) -> tuple[int, int] | None:
    day, month = pair if order == "dmy" else (pair[1], pair[0])
    if 1 <= month <= 12 and 1 <= day <= 31:
        return day, month
    return None


def _naive(
    year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0
) -> datetime:
    try:
        return datetime(year, month, day, hour, minute, second)
    except (ValueError, OverflowError):
        raise _Skip(f"{year:04d}-{month:02d}-{day:02d} {hour:02d}:{minute:02d}") from None


def _days(start: datetime, end: datetime) -> str:
    """ "Wednesday 3 May to Sunday 7 May": the whole days of [start, end)."""
    last = end - timedelta(days=1) if end.time() == datetime.min.time() else end
    return f"{start:%A} {start.day} {start:%B} to {last:%A} {last.day} {last:%B}"


def _midnight(day: date, zone: tzinfo) -> datetime:
    """The start of ``day`` in ``zone`` (compared as an instant)."""
    return datetime(day.year, day.month, day.day, tzinfo=zone)


def _step(start: datetime, precision: Precision) -> datetime:
    try:
        result: datetime = start + precision.step()
    except (ValueError, OverflowError):
        raise _Skip(str(start)) from None
    return result


def _time_precision(time: _Time) -> Precision:
    from polevents.timeline import Precision

    if time.second is not None:
        return Precision.SECOND
    if time.minute is not None:
        return Precision.MINUTE
    return Precision.HOUR


def _twelve(hour: int, mer: str | None) -> int | None:
    if mer is None or not 1 <= hour <= 12:
        return None
    return (hour % 12) + (12 if mer == "p" else 0)


_PART_HALF: dict[str, Callable[[int], str | None]] = {
    "morning": lambda h: "a",
    "afternoon": lambda h: "p",
    "evening": lambda h: "p",
    "night": lambda h: "p" if 6 <= h <= 11 else "a" if 1 <= h <= 4 else None,
    "small_hours": lambda h: "a",
}
_PART_HOURS: dict[str, Callable[[int], bool]] = {
    "morning": lambda h: 0 <= h < 12,
    "afternoon": lambda h: 12 <= h < 19,
    "evening": lambda h: 16 <= h < 24,
    "night": lambda h: h >= 18 or h < 6,
    "small_hours": lambda h: 0 <= h < 7,
}


def read(
    text: str,
    tz: str | tzinfo | None,
    dayfirst: bool,
    reference: object,
    direction: str,
    lang: str,
) -> Span:
    """Read ``text`` as one span; see :meth:`polevents.timeline.Span.parse`."""
    if direction not in DIRECTIONS:
        raise ValidationError("direction", direction, "one of 'back', 'forward', 'nearest'")
    if lang not in LANGUAGES:
        raise ValidationError("lang", lang, f"one of {', '.join(LANGUAGES)}")
    reader = _Reader(text, tz, dayfirst, reference, direction, lang)
    try:
        return reader.read()
    except _Skip as skip:
        raise reader.fail(f"a date that exists, not {skip.args[0]}") from None
    except (OverflowError, ValueError) as err:
        if isinstance(err, ValidationError):
            raise
        # The ends of the calendar: a year or offset that no datetime can hold.
        raise reader.fail(f"a date and time within the calendar ({err})") from None
