"""The date reader (polevents._dates) through Span.parse: issue 11.

Ranges, directions, zone words, other languages, every refusal rule with its
message, the examples of issue 11 "Why", threads, length, totality and round
trips.
"""

from __future__ import annotations

import contextlib
import threading
import time
import warnings
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from dateutil import tz as dtz
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from polevents import ParseError, Precision, Span, ValidationError
from polevents import strategies as pst
from polevents._dates import MAX_LENGTH
from polevents.timeline import TIMEZONE_ABBREVIATIONS, TIMEZONE_NAMES, get_zone

K = "Asia/Karachi"
PKT = dtz.gettz(K)
NY = dtz.gettz("America/New_York")
PARIS = dtz.gettz("Europe/Paris")
ARTICLE_DAY = Span.parse("April 21, 2022", tz=K)


def pk(*args: int) -> datetime:
    return datetime(*args, tzinfo=PKT)


def window(span: Span) -> tuple[datetime, datetime, bool, Precision | None]:
    return span.start, span.end, span.exact, span.precision


# --- issue 11, "Why": each example gives the right span or a clear refusal ----------------


def test_why_day_range_with_month_first():
    span = Span.parse("April 20-22, 2022", tz=K)
    assert window(span) == (pk(2022, 4, 20), pk(2022, 4, 23), True, Precision.DAY)


def test_why_day_range_with_day_first():
    span = Span.parse("20-22 April 2022", tz=K)
    assert window(span) == (pk(2022, 4, 20), pk(2022, 4, 23), True, Precision.DAY)


def test_why_numeric_date_range():
    span = Span.parse("21-04-2022 to 22-04-2022", tz=K, dayfirst=True)
    assert window(span) == (pk(2022, 4, 21), pk(2022, 4, 23), True, Precision.DAY)
    # Only one order can read 21-04: it is read that way even without dayfirst.
    assert Span.parse("21-04-2022 to 22-04-2022", tz=K) == span


def test_why_quarter():
    span = Span.parse("Q2 2022", tz=K)
    assert window(span) == (pk(2022, 4, 1), pk(2022, 7, 1), True, Precision.MONTH)
    assert Span.parse("the second quarter of 2022", tz=K) == span


def test_why_year_one_is_refused_not_2001():
    with pytest.raises(ParseError, match="a year from 1000 to 9998, not '0001'"):
        Span.parse("1 January 0001", tz=K)


def test_why_0416_gmt_is_a_time_not_the_year_416():
    span = Span.parse("0416 GMT", reference=datetime(2022, 4, 21, 6, tzinfo=UTC))
    assert window(span) == (
        datetime(2022, 4, 21, 4, 16, tzinfo=UTC),
        datetime(2022, 4, 21, 4, 17, tzinfo=UTC),
        False,
        Precision.MINUTE,
    )


def test_why_two_times_joined_by_and_are_refused():
    with pytest.raises(ParseError, match="'and' joins more than one"):
        Span.parse("7:47 PM and 10:47 PM ET", reference=ARTICLE_DAY)


def test_why_french_time_before_date():
    span = Span.parse(
        "22h30 ce 11 janvier", tz="Europe/Paris", reference=date(2022, 1, 12), lang="fr"
    )
    assert window(span) == (
        datetime(2022, 1, 11, 22, 30, tzinfo=PARIS),
        datetime(2022, 1, 11, 22, 31, tzinfo=PARIS),
        False,
        Precision.MINUTE,
    )


@pytest.mark.parametrize(
    ("text", "direction", "start"),
    [
        ("the 12th", "back", pk(2022, 4, 12)),
        ("the 12th", "forward", pk(2022, 5, 12)),
        ("the 21st", "forward", pk(2022, 4, 21)),
        ("on the 3rd at 10 pm", "back", pk(2022, 4, 3, 22)),
        ("on the 3rd at 10 pm", "forward", pk(2022, 5, 3, 22)),
    ],
)
def test_why_bare_day_is_not_the_reference_day(text, direction, start):
    span = Span.parse(text, tz=K, reference=ARTICLE_DAY, direction=direction)
    assert span.start == start


def test_why_advisory_looks_forward():
    issued = date(2025, 10, 13)
    forward = Span.parse("October 14", tz=K, reference=issued, direction="forward")
    assert forward.start == pk(2025, 10, 14)
    back = Span.parse("October 14", tz=K, reference=issued)
    assert back.start == pk(2024, 10, 14)
    assert Span.parse("October 14", tz=K, reference=issued, direction="nearest") == forward


def test_why_pta_advisory_sentence_is_refused_naming_a_word():
    sentence = (
        "PTA said the maintenance would now be carried out from 2:00 a.m. to 7:00 a.m. on April 21"
    )
    with pytest.raises(ParseError, match="could not place 'PTA'"):
        Span.parse(sentence, tz=K, reference=ARTICLE_DAY)
    # The phrase itself reads.
    span = Span.parse("from 2:00 a.m. to 7:00 a.m. on April 21", tz=K, reference=ARTICLE_DAY)
    assert window(span) == (pk(2022, 4, 21, 2), pk(2022, 4, 21, 7), True, Precision.MINUTE)


def test_why_military_hours_across_midnight():
    notice = pk(2022, 4, 21, 12)
    span = Span.parse("1800 hrs to 0600 hrs", tz=K, reference=notice, direction="forward")
    assert window(span) == (pk(2022, 4, 21, 18), pk(2022, 4, 22, 6), True, Precision.MINUTE)
    dated = Span.parse("1800 hrs to 0600 hrs on 21 April 2022", tz=K)
    assert dated == span


def test_why_eastern_time():
    span = Span.parse("8 p.m. Eastern time", reference=datetime(2022, 4, 21, 23, tzinfo=NY))
    assert window(span) == (
        datetime(2022, 4, 21, 20, tzinfo=NY),
        datetime(2022, 4, 21, 21, tzinfo=NY),
        False,
        Precision.HOUR,
    )


@pytest.mark.parametrize(
    "text",
    [
        "9999-12-31",
        "31 December 9999",
        "0001-01-01T00:00+05:00",
        "1 January 0001 10 pm",
        "April 21, 2022 10 pm UTC+25",
        "April 21, 2022 10 pm +24:00",
        "April 21, 2022 10:00+99:00",
        "2022-04-21T10:00+24:00",
    ],
)
def test_why_calendar_ends_and_big_offsets_are_parse_errors(text):
    with pytest.raises(ParseError):
        Span.parse(text, tz="Pacific/Kiritimati")


@pytest.mark.parametrize("year", [2, 3, 9997, 9998])
@pytest.mark.parametrize("text", ["December 25", "January 1", "Monday", "10 pm", "the 31st"])
@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "Etc/GMT+12", "UTC"])
def test_why_references_at_the_ends_of_the_calendar(year, text, zone):
    for direction in ("back", "forward", "nearest"):
        try:
            span = Span.parse(text, tz=zone, reference=date(year, 1, 1), direction=direction)
        except ParseError:
            continue
        assert span.start < span.end


def test_why_long_digit_runs_are_refused_at_once():
    started = time.perf_counter()
    with pytest.raises(ParseError, match=f"at most {MAX_LENGTH} characters"):
        Span.parse("1" * 1_000_000, tz=K)
    assert time.perf_counter() - started < 0.5


def test_reading_time_grows_linearly():
    def cost(text: str) -> float:
        started = time.perf_counter()
        for _ in range(20):
            with contextlib.suppress(ParseError):
                Span.parse(text, tz=K, reference=ARTICLE_DAY)
        return time.perf_counter() - started

    short = cost("1 " * 10)
    long = cost("1 " * (MAX_LENGTH // 2))
    assert long < short * 40 + 0.05  # 10x the text: far from quadratic


# --- ranges -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "start", "end", "precision"),
    [
        ("2 p.m. to 7 p.m. on April 21, 2022", pk(2022, 4, 21, 14), pk(2022, 4, 21, 19), 4),
        ("April 21, 2022 from 2:00 p.m. to 7:00 p.m.", pk(2022, 4, 21, 14), pk(2022, 4, 21, 19), 5),
        ("21 April 2022, 2-7pm", pk(2022, 4, 21, 14), pk(2022, 4, 21, 19), 4),
        ("between 2 and 7 p.m. on 21 April 2022", pk(2022, 4, 21, 14), pk(2022, 4, 21, 19), 4),
        ("21 April 2022 10 pm to midnight", pk(2022, 4, 21, 22), pk(2022, 4, 22), 4),
        ("21 April 2022 18:00 to 24:00", pk(2022, 4, 21, 18), pk(2022, 4, 22), 5),
        ("April 20 10 pm to April 21 2 am 2022", pk(2022, 4, 20, 22), pk(2022, 4, 21, 2), 4),
        ("April 20, 2022 10 pm to April 21", None, None, None),
        ("April to June 2022", pk(2022, 4, 1), pk(2022, 7, 1), 2),
        ("2020-2022", pk(2020, 1, 1), pk(2023, 1, 1), 1),
        ("20 April to 2 May 2022", pk(2022, 4, 20), pk(2022, 5, 3), 3),
        ("December 28, 2021 to January 3, 2022", pk(2021, 12, 28), pk(2022, 1, 4), 3),
        ("the week of 14 March 2022", pk(2022, 3, 14), pk(2022, 3, 21), 3),
        ("the week of 16 March 2022", pk(2022, 3, 14), pk(2022, 3, 21), 3),
    ],
)
def test_ranges(text, start, end, precision):
    if start is None:
        with pytest.raises(ParseError):
            Span.parse(text, tz=K)
        return
    span = Span.parse(text, tz=K)
    assert window(span) == (start, end, True, Precision(precision))


def test_yearless_range_rolls_into_the_next_year():
    span = Span.parse(
        "December 28 to January 3", tz=K, reference=date(2021, 12, 1), direction="forward"
    )
    assert (span.start, span.end) == (pk(2021, 12, 28), pk(2022, 1, 4))


def test_weekday_range():
    span = Span.parse("Monday to Wednesday", tz=K, reference=ARTICLE_DAY)
    assert (span.start, span.end) == (pk(2022, 4, 18), pk(2022, 4, 21))


def test_range_with_zones_at_each_end():
    span = Span.parse("21 April 2022 7 pm ET to 4 am GMT")
    assert span.start == datetime(2022, 4, 21, 23, tzinfo=UTC)
    assert span.end == datetime(2022, 4, 22, 4, tzinfo=UTC)


def test_relative_days_in_a_range_with_confirming_numbers():
    span = Span.parse(
        "from 10 pm tonight (24) until 4 am tomorrow (25)",
        tz="Asia/Colombo",
        reference=date(2019, 4, 24),
        direction="forward",
    )
    colombo = dtz.gettz("Asia/Colombo")
    assert (span.start, span.end) == (
        datetime(2019, 4, 24, 22, tzinfo=colombo),
        datetime(2019, 4, 25, 4, tzinfo=colombo),
    )
    with pytest.raises(ParseError, match="agrees with"):
        Span.parse("tomorrow (26)", tz=K, reference=date(2019, 4, 24))


# --- directions -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "back", "forward", "nearest"),
    [
        ("Saturday", pk(2022, 4, 16), pk(2022, 4, 23), pk(2022, 4, 23)),
        ("Thursday", pk(2022, 4, 21), pk(2022, 4, 21), pk(2022, 4, 21)),
        ("the 19th", pk(2022, 4, 19), pk(2022, 5, 19), pk(2022, 4, 19)),
        ("March 3", pk(2022, 3, 3), pk(2023, 3, 3), pk(2022, 3, 3)),
        ("May 3", pk(2021, 5, 3), pk(2022, 5, 3), pk(2022, 5, 3)),
        ("Q1", pk(2022, 1, 1), pk(2023, 1, 1), pk(2022, 1, 1)),
    ],
)
def test_directions(text, back, forward, nearest):
    for direction, start in (("back", back), ("forward", forward), ("nearest", nearest)):
        span = Span.parse(text, tz=K, reference=ARTICLE_DAY, direction=direction)
        assert span.start == start, direction


def test_a_bare_time_needs_a_reference_instant_or_a_date():
    morning = pk(2022, 4, 21, 9)
    assert Span.parse("10 pm", tz=K, reference=morning).start == pk(2022, 4, 20, 22)
    assert Span.parse("10 pm", tz=K, reference=morning, direction="forward").start == pk(
        2022, 4, 21, 22
    )
    with pytest.raises(ParseError, match="leaves open which day is meant, looking forward"):
        Span.parse("10 pm", tz=K, reference=ARTICLE_DAY, direction="forward")
    assert Span.parse("10 pm", tz=K, reference=ARTICLE_DAY, direction="nearest").start == pk(
        2022, 4, 21, 22
    )


def test_nearest_refuses_a_tie():
    # Sunday noon: Thursday before and Thursday after are 2.5 and 3.5 days off, but
    # Wednesday and the next Thursday... the tie is Saturday + 3.5 days.
    with pytest.raises(ParseError, match="equally near"):
        Span.parse("Wednesday", tz=K, reference=pk(2022, 4, 24, 0), direction="nearest")


def test_relative_day_with_its_date():
    span = Span.parse("today, Thursday, April 21, at 2:00 pm", tz=K, reference=ARTICLE_DAY)
    assert span.start == pk(2022, 4, 21, 14)


def test_dash_between_a_date_and_a_range():
    span = Span.parse("July 28, 2023 – From 9:00am to 8:00pm", tz=K)
    assert (span.start, span.end) == (pk(2023, 7, 28, 9), pk(2023, 7, 28, 20))


def test_last_and_next():
    ref = date(2021, 4, 19)  # a Monday
    assert Span.parse("last Friday", tz=K, reference=ref).start == pk(2021, 4, 16)
    assert Span.parse("last Monday", tz=K, reference=ref).start == pk(2021, 4, 12)
    assert Span.parse(
        "el próximo lunes", tz=K, reference=ref, lang="es", direction="forward"
    ).start == pk(2021, 4, 26)
    with pytest.raises(ParseError, match="'next' before a weekday may mean"):
        Span.parse("next Wednesday", tz=K, reference=ref)
    dated = Span.parse("next Wednesday, April 21", tz=K, reference=ref, direction="forward")
    assert dated.start == pk(2021, 4, 21)


def test_this_weekday_follows_the_direction():
    wednesday = date(2022, 4, 20)
    # (direction, Friday, Monday): the coming one looking forward, the past one
    # looking back, the closer one when neither (Friday 22 is 2 days on,
    # Monday 18 is 2 days back)
    expected = {
        "forward": (pk(2022, 4, 22), pk(2022, 4, 25)),
        "back": (pk(2022, 4, 15), pk(2022, 4, 18)),
        "nearest": (pk(2022, 4, 22), pk(2022, 4, 18)),
    }
    for direction, (friday, monday) in expected.items():
        kwargs = {"tz": K, "reference": wednesday, "direction": direction}
        assert Span.parse("this Friday", **kwargs).start == friday
        assert Span.parse("this Monday", **kwargs).start == monday
        assert Span.parse("ce vendredi", lang="fr", **kwargs).start == friday
        assert Span.parse("este lunes", lang="es", **kwargs).start == monday


@pytest.mark.parametrize(
    ("text", "lang", "zone"),
    [
        ("this Sunday", "en", "Europe/London"),
        ("ce dimanche", "fr", "Europe/Paris"),
        ("este domingo", "es", "Europe/Madrid"),
        ("neste domingo", "pt", "Europe/Lisbon"),
        ("questa domenica", "it", "Europe/Rome"),
    ],
)
def test_this_weekday_in_a_notice_is_the_coming_one(text, lang, zone):
    # written Wednesday 6 March 2024: once read as Sunday 3 March (the nearest,
    # 3 days back) even in a notice; looking forward it is Sunday 10 March
    z = dtz.gettz(zone)
    forward = Span.parse(text, tz=zone, reference=date(2024, 3, 6), direction="forward", lang=lang)
    assert window(forward) == (
        datetime(2024, 3, 10, tzinfo=z),
        datetime(2024, 3, 11, tzinfo=z),
        False,
        Precision.DAY,
    )
    back = Span.parse(text, tz=zone, reference=date(2024, 3, 6), direction="back", lang=lang)
    assert back.start == datetime(2024, 3, 3, tzinfo=z)
    # written on a Sunday, both directions take that day
    for direction in ("forward", "back", "nearest"):
        today = Span.parse(
            text, tz=zone, reference=date(2024, 3, 10), direction=direction, lang=lang
        )
        assert today.start == datetime(2024, 3, 10, tzinfo=z)


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("this morning", "en", 21),
        ("esta mañana", "es", 21),
        ("mañana", "es", 22),
        ("heute Morgen", "de", 21),
        ("morgen", "de", 22),
        ("ce matin", "fr", 21),
        ("stamattina", "it", 21),
        ("last night", "en", 20),
    ],
)
def test_morning_is_not_tomorrow(text, lang, day):
    span = Span.parse(text, tz=K, reference=ARTICLE_DAY, lang=lang)
    assert span.start.date() == date(2022, 4, day)


def test_a_number_of_hours_is_not_a_clock_time():
    with pytest.raises(ParseError, match="could not place 'hours'"):
        Span.parse("2 hours", tz=K, reference=pk(2022, 4, 21, 9))
    with pytest.raises(ParseError, match="it may count hours"):
        Span.parse("5 heures", tz=K, reference=pk(2022, 4, 21, 9), lang="fr")
    assert Span.parse("à 18 heures", tz=K, reference=pk(2022, 4, 21, 20), lang="fr").start == pk(
        2022, 4, 21, 18
    )
    assert Span.parse("18 heures dimanche", tz=K, reference=ARTICLE_DAY, lang="fr").start == pk(
        2022, 4, 17, 18
    )


@pytest.mark.parametrize(
    ("text", "lang", "word"),
    [
        ("until April 21, 2022", "en", "until"),
        ("before 10 pm on April 21, 2022", "en", "before"),
        ("after April 21, 2022", "en", "after"),
        ("around 10 pm on April 21, 2022", "en", "around"),
        ("April 21, 2022 onwards", "en", "onwards"),
        ("every Thursday at 6 pm", "en", "every"),
        ("toda quinta-feira, às 18h30", "pt", "toda"),
        ("a partir das 17h", "pt", "partir"),
        ("the spring of 2024", "en", "spring"),
        ("the middle of 2023", "en", "middle"),
        ("late April 2022", "en", "late"),
        ("mid-April 2022", "en", "mid"),
        ("the 1990s", "en", "s"),
        ("20D", "es", "D"),
    ],
)
def test_words_that_change_the_meaning_are_refused(text, lang, word):
    # Span.parse reads a phrase and nothing around it: a word that would turn a
    # day into an open range, a recurrence or a vaguer time is never skipped.
    with pytest.raises(ParseError, match=f"could not place {word!r}"):
        Span.parse(text, tz=K, reference=ARTICLE_DAY, lang=lang)


def test_bad_direction_and_language():
    with pytest.raises(ValidationError, match="direction"):
        Span.parse("April 2022", tz=K, direction="sideways")
    with pytest.raises(ValidationError, match="lang"):
        Span.parse("April 2022", tz=K, lang="xx")


# --- clocks, zones and languages ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "start", "precision"),
    [
        ("21 April 2022 22h30", "en", pk(2022, 4, 21, 22, 30), 5),
        ("21 April 2022 22h", "fr", None, None),
        ("21 avril 2022 à 22h", "fr", pk(2022, 4, 21, 22), 4),
        ("21 avril 2022 à 22 heures", "fr", pk(2022, 4, 21, 22), 4),
        ("le jeudi 21 avril 2022 à 22h30", "fr", pk(2022, 4, 21, 22, 30), 5),
        ("21 de abril de 2022 a las 22:00", "es", pk(2022, 4, 21, 22), 5),
        ("jueves 21 de abril de 2022", "es", pk(2022, 4, 21), 3),
        ("a las 10 de la noche del 21 de abril de 2022", "es", pk(2022, 4, 21, 22), 4),
        ("quinta-feira, 21 de abril de 2022 às 18h40", "pt", pk(2022, 4, 21, 18, 40), 5),
        ("am Donnerstag, 21. April 2022 um 22 Uhr", "de", pk(2022, 4, 21, 22), 4),
        ("21.04.2022 um 22.30 Uhr", "de", pk(2022, 4, 21, 22, 30), 5),
        ("giovedì 21 aprile 2022 alle 22:30", "it", pk(2022, 4, 21, 22, 30), 5),
        ("April 21, 2022 at 10:47 PM", "en", pk(2022, 4, 21, 22, 47), 5),
        ("April 21, 2022 at 10:47:30 PM", "en", pk(2022, 4, 21, 22, 47, 30), 6),
        ("April 21, 2022 at 7.00am", "en", pk(2022, 4, 21, 7), 5),
        ("21 April 2022 at 12 noon", "en", pk(2022, 4, 21, 12), 4),
        ("21 avril 2022 à 10 h du soir", "fr", pk(2022, 4, 21, 22), 4),
        ("21 aprile 2022 alle 10 di sera", "it", pk(2022, 4, 21, 22), 4),
        ("21 April 2022 at 10:30 in the evening", "en", pk(2022, 4, 21, 22, 30), 5),
        ("10 am 21. April 2022", "de", None, None),
        ("21st of April, 2022", "en", pk(2022, 4, 21), 3),
        ("Thu, Apr. 21, 2022", "en", pk(2022, 4, 21), 3),
    ],
)
def test_clocks_and_languages(text, lang, start, precision):
    if start is None:
        with pytest.raises(ParseError):
            Span.parse(text, tz=K, lang=lang)
        return
    span = Span.parse(text, tz=K, lang=lang)
    assert (span.start, span.precision, span.exact) == (start, Precision(precision), False)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "del 20 al 22 de abril de 2022"),
        ("fr", "du 20 au 22 avril 2022"),
        ("pt", "de 20 a 22 de abril de 2022"),
        ("de", "vom 20. bis 22. April 2022"),
        ("it", "dal 20 al 22 aprile 2022"),
        ("en", "from April 20 to April 22, 2022"),
    ],
)
def test_day_ranges_in_every_language(lang, text):
    span = Span.parse(text, tz=K, lang=lang)
    assert window(span) == (pk(2022, 4, 20), pk(2022, 4, 23), True, Precision.DAY)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "de 14:00 a 19:00 del 21 de abril de 2022"),
        ("fr", "le 21 avril 2022 de 14h à 19h"),
        ("pt", "21 de abril de 2022, das 14h às 19h"),
        ("de", "21. April 2022 von 14 bis 19 Uhr"),
        ("it", "21 aprile 2022 dalle 14 alle 19"),
    ],
)
def test_clock_ranges_in_other_languages(lang, text):
    span = Span.parse(text, tz=K, lang=lang)
    assert (span.start, span.end, span.exact) == (pk(2022, 4, 21, 14), pk(2022, 4, 21, 19), True)


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("April 21, 2022 10 pm ET", -4),
        ("April 21, 2022 10 pm Eastern Time", -4),
        ("April 21, 2022 10 pm PKT", 5),
        ("April 21, 2022 10 pm Pakistan time", 5),
        ("April 21, 2022 22:00 GMT+5", 5),
        ("April 21, 2022 22:00 UTC-03:00", -3),
        ("April 21, 2022 22:00+0530", 5.5),
        ("April 21, 2022 22:00 UTC", 0),
        ("April 21, 2022 22:00Z", 0),
    ],
)
def test_zone_words_and_offsets(text, offset):
    span = Span.parse(text, tz="Europe/Paris")
    assert span.start.utcoffset() == timedelta(hours=offset)
    assert span.start.hour == 22


def test_zone_tables_name_real_zones():
    for table in (TIMEZONE_ABBREVIATIONS, TIMEZONE_NAMES):
        for zones in table.values():
            for name in zones:
                assert get_zone(name) is not None


def test_ambiguous_abbreviation_is_read_with_a_matching_tz():
    with pytest.raises(ParseError, match="IST may mean any of"):
        Span.parse("April 21, 2022 10 pm IST")
    span = Span.parse("April 21, 2022 10 pm IST", tz="Asia/Kolkata")
    assert span.start.utcoffset() == timedelta(hours=5, minutes=30)
    with pytest.raises(ParseError, match="IST may mean any of"):
        Span.parse("April 21, 2022 10 pm IST", tz=K)


def test_lowercase_et_is_not_eastern_time():
    with pytest.raises(ParseError, match="could not place 'et'"):
        Span.parse("April 21, 2022 10 pm et", tz=K)


# --- every refusal rule, with its message ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kwargs", "message"),
    [
        # nothing, or too much
        ("", {}, "a date or time, such as"),
        ("x" * (MAX_LENGTH + 1), {}, f"at most {MAX_LENGTH} characters"),
        # a word or mark the reader cannot place
        ("April 21, 2022 probably", {}, "could not place 'probably'"),
        ("around 10 pm April 21, 2022", {}, "could not place 'around'"),
        ("April 21, 2022 #", {}, "could not place '#'"),
        ("Muharram 9", {}, "could not place 'Muharram'"),
        # numbers without a role
        ("April 2022 5", {}, "could not place '5'"),
        ("at 10 on April 21, 2022", {}, "could not place '10'"),
        ("123456", {}, "could not place '123456'"),
        # two-digit years, years and offsets out of range
        ("21-04-22", {}, "a four-digit year"),
        ("April 21, '22", {}, "could not place"),
        ("Q2 22", {}, "a four-digit year"),
        ("21 April 0999", {}, "a year from 1000 to 9998"),
        ("21 April 9999", {}, "a year from 1000 to 9998"),
        ("April 21, 2022 10 pm UTC+24", {}, "an offset within ±24 hours"),
        # impossible dates and clocks
        ("31 February 2022", {}, "a date that exists"),
        ("13/13/2022", {}, "a date that exists, not '13/13/2022'"),
        ("April 21, 2022 25:00", {}, "a clock hour from 0 to 23"),
        ("April 21, 2022 10:75", {}, "minutes and seconds below 60"),
        ("April 21, 2022 13 pm", {}, "a clock hour from 1 to 12"),
        ("Q5 2022", {}, "a quarter from 1 to 4"),
        # gaps and contradictions
        ("2022 at 10 pm", {}, "a day for the time"),
        ("Thursday 20 April 2022", {}, "a weekday that matches the date"),
        ("today 20 April 2022", {"reference": ARTICLE_DAY}, "a date that agrees with 'today"),
        ("today, April", {"reference": ARTICLE_DAY}, "either a relative day or a whole date"),
        ("April 21, 2022 10 am in the evening", {}, "a time that fits"),
        ("midnight April 21, 2022", {}, "'midnight' alone"),
        ("the week of 17 April 2022", {}, "a week of a day that is not a Sunday"),
        # more than one of something
        ("April 21 and April 22, 2022", {}, "'and' joins more than one"),
        ("April 21, 2022 10 pm 11 pm", {}, "one time, but the text gives"),
        ("April 21, 2022 10 pm PKT ET", {}, "one time zone"),
        ("April 21, 2022 May 3, 2022", {}, "one date"),
        ("10 pm to 11 pm to midnight", {"reference": ARTICLE_DAY}, "one range at most"),
        ("from April 21, 2022", {}, "the end of the range opened by 'from'"),
        ("2 to 7 on April 21, 2022", {}, "could not place '2'"),
        ("April 21, 2022 at 7", {}, "could not place '7'"),
        ("April 21, 2022 to 10 pm", {}, "a range with a time on both ends"),
        # zones and references
        ("April 21, 2022 10 pm IST", {"tz": None}, "IST may mean any of"),
        ("21 April 2022", {"tz": None}, "a time zone"),
        ("Friday", {}, "reference= to say when the text was written"),
        ("next Friday", {"reference": ARTICLE_DAY}, "'next' before a weekday may mean"),
        ("10 pm", {"reference": ARTICLE_DAY}, "leaves open which day is meant"),
        ("March 13, 2022 2:30 am", {"tz": "America/New_York"}, "was skipped"),
    ],
)
def test_refusals(text, kwargs, message):
    kwargs = {"tz": K, **kwargs}
    with pytest.raises(ParseError) as info:
        Span.parse(text, **kwargs)
    assert message in str(info.value)
    assert repr(text)[:40].strip("'") in str(info.value) or info.value.field == "tz"


def test_refusal_names_the_text_and_field():
    with pytest.raises(ParseError) as info:
        Span.parse("April 21, 2022 probably", tz=K)
    assert info.value.field == "text"
    assert info.value.value == "April 21, 2022 probably"


def test_unknown_zone_argument():
    with pytest.raises(ParseError) as info:
        Span.parse("21 April 2022", tz="Mars/Olympus")
    assert info.value.field == "tz"


def test_the_reader_changes_no_process_wide_state():
    # No warnings filters, no fuzzy dateutil tokenizer: only isoparse, tz and
    # relativedelta are used.
    import inspect

    from polevents import _dates, timeline

    for module in (_dates, timeline):
        source = inspect.getsource(module)
        for forbidden in (
            "catch_warnings",
            "simplefilter",
            "fuzzy=",
            "setlocale",
            "_dateparser.parse(",
        ):
            assert forbidden not in source, (module.__name__, forbidden)


# --- threads --------------------------------------------------------------------------------

_THREAD_TEXTS = [
    ("April 20-22, 2022", {}),
    ("21-04-2022 to 22-04-2022", {"dayfirst": True}),
    ("Wednesday night at 10 pm local time", {"reference": ARTICLE_DAY}),
    ("from 2:00 a.m. to 7:00 a.m. on April 21", {"reference": ARTICLE_DAY}),
    ("7:47 PM and 10:47 PM ET", {"reference": ARTICLE_DAY}),
    ("22h30 ce 11 janvier", {"reference": ARTICLE_DAY, "lang": "fr"}),
    ("1 January 0001", {}),
    ("Q2 2022", {}),
    ("hello", {}),
]


def _outcome(text: str, kwargs: dict[str, object]) -> object:
    try:
        return Span.parse(text, tz=K, **kwargs)  # type: ignore[arg-type]
    except ParseError as err:
        return str(err)


def test_eight_threads_reading_at_once():
    filters_before = list(warnings.filters)
    sequential = [_outcome(t, kw) for t, kw in _THREAD_TEXTS]
    results: dict[int, list[object]] = {}
    barrier = threading.Barrier(8)

    def work(index: int) -> None:
        barrier.wait()
        out = []
        for _ in range(30):
            out = [_outcome(t, kw) for t, kw in _THREAD_TEXTS]
            assert warnings.filters == filters_before
        results[index] = out

    threads = [threading.Thread(target=work, args=(i,)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert warnings.filters == filters_before
    assert len(results) == 8
    for out in results.values():
        assert out == sequential


# --- properties -------------------------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "April",
        "Apr.",
        "21",
        "2022",
        "0001",
        "9999",
        "-",
        "–",
        "to",
        "from",
        "between",
        "and",
        ",",
        " ",
        "10",
        "pm",
        "p.m.",
        "a.m.",
        ":",
        "00",
        "30",
        "h",
        "hrs",
        "GMT",
        "ET",
        "PKT",
        "IST",
        "+",
        "05",
        "UTC",
        "Q",
        "2",
        "the",
        "week",
        "of",
        "12th",
        "Monday",
        "today",
        "tonight",
        "last",
        "next",
        "noon",
        "midnight",
        "/",
        ".",
        "(",
        ")",
        "de",
        "a",
        "las",
        "janvier",
        "Uhr",
        "am",
        "°",
        "1800",
        "0600",
        "24",
        "99",
        "Z",
    ]
)


@st.composite
def _date_like(draw: st.DrawFn) -> str:
    return "".join(draw(st.lists(_PIECES, max_size=14)))


@st.composite
def _any_zone(draw: st.DrawFn) -> object:
    if draw(st.booleans()):
        return draw(pst.zones())
    minutes = draw(st.integers(min_value=-(24 * 60 - 1), max_value=24 * 60 - 1))
    return timezone(timedelta(minutes=minutes))


@st.composite
def _references(draw: st.DrawFn) -> object:
    kind = draw(st.sampled_from(["date", "datetime", "span"]))
    day = draw(st.dates(min_value=date(2, 1, 1), max_value=date(9998, 12, 31)))
    if kind == "date":
        return day
    moment = datetime(day.year, day.month, day.day, draw(st.integers(0, 23)), tzinfo=UTC)
    if kind == "datetime":
        return moment
    return Span(moment, moment + timedelta(hours=draw(st.integers(1, 48))))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(
    st.one_of(st.text(max_size=60), _date_like()),
    _any_zone(),
    _references(),
    st.sampled_from(["back", "forward", "nearest"]),
    st.sampled_from(["en", "es", "pt", "fr", "de", "it"]),
    st.booleans(),
)
def test_any_text_gives_a_span_or_a_parse_error(text, zone, reference, direction, lang, dayfirst):
    try:
        span = Span.parse(
            text, tz=zone, dayfirst=dayfirst, reference=reference, direction=direction, lang=lang
        )
    except ParseError:
        return
    assert isinstance(span, Span)
    assert span.start < span.end


def _only_honest_refusals(err: ParseError, text: str) -> None:
    """A written time may be refused only when it does not exist (clocks going
    forward) or is English "10:00"-"12:59", which may be morning or evening."""
    if "could be morning or evening" in str(err):
        assert any(f"{hour}:" in text for hour in (10, 11, 12)), text
        return
    assert "skipped" in str(err), str(err)


_FORMATS = {
    Precision.DAY: ["%d %B %Y", "%B %d, %Y", "%Y-%m-%d", "%A, %d %B %Y", "{dmy}"],
    Precision.HOUR: ["%d %B %Y %I %p", "%B %d, %Y at %I %p", "%Y-%m-%d %I %p", "{frh}"],
    Precision.MINUTE: [
        "%d %B %Y %H:%M",
        "%B %d, %Y at %I:%M %p",
        "%Y-%m-%dT%H:%M",
        "%H:%M on %A, %d %B %Y",
        "{h24} on %d %B %Y",
        "{fr}",
    ],
    Precision.MONTH: ["%B %Y"],
    Precision.YEAR: ["%Y"],
}


def _write(moment: datetime, fmt: str) -> str:
    if fmt == "{dmy}":
        return moment.strftime("%d-%m-%Y")
    if fmt == "{fr}":
        month = _FR[moment.month - 1]
        return f"{moment.hour}h{moment.minute:02d} le {moment.day} {month} {moment.year}"
    if fmt == "{frh}":
        return f"{moment.hour}h le {moment.day} {_FR[moment.month - 1]} {moment.year}"
    if fmt.startswith("{h24}"):
        return f"{moment.hour:02d}{moment.minute:02d} hrs" + moment.strftime(fmt[5:])
    return moment.strftime(fmt)


_FR = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]


@given(
    pst.instants(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
    st.sampled_from(list(_FORMATS)),
    st.data(),
)
def test_a_written_span_reads_back(moment, precision, data):
    fmt = data.draw(st.sampled_from(_FORMATS[precision]))
    zone = moment.tzinfo
    text = _write(moment, fmt)
    lang = "fr" if fmt in ("{fr}", "{frh}") else "en"
    try:
        span = Span.parse(text, tz=zone, dayfirst=fmt == "{dmy}", lang=lang)
    except ParseError as err:
        _only_honest_refusals(err, text)
        return
    assert span.precision is precision
    local = moment.replace(tzinfo=None)
    keep = ("year", "month", "day", "hour", "minute")[: int(precision)]
    expected = datetime(*(getattr(local, f) for f in keep), *([1] * max(0, 3 - len(keep))))
    assert span.start.replace(tzinfo=None) == expected
    assert not span.exact


@given(
    pst.instants(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
    st.integers(min_value=1, max_value=27),
    st.sampled_from(["a", "b", "c"]),
)
def test_a_written_day_range_reads_back(moment, length, style):
    first = moment.date()
    last = first + timedelta(days=length)
    if style == "a":
        text = f"{first:%B} {first.day} to {last:%B} {last.day}, {last.year}"
        if first.year != last.year:
            text = f"{first:%B} {first.day}, {first.year} to {last:%B} {last.day}, {last.year}"
    elif style == "b":
        text = f"{first:%d-%m-%Y} to {last:%d-%m-%Y}"
    else:
        text = f"{first:%Y-%m-%d} – {last:%Y-%m-%d}"
    zone = moment.tzinfo
    try:
        span = Span.parse(text, tz=zone, dayfirst=True)
    except ParseError as err:
        _only_honest_refusals(err, text)
        return
    assert span.exact
    assert span.start.replace(tzinfo=None) == datetime(first.year, first.month, first.day)
    after = last + timedelta(days=1)
    assert span.end.replace(tzinfo=None) == datetime(after.year, after.month, after.day)


@given(
    pst.instants(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
    st.integers(min_value=1, max_value=23 * 60),
)
def test_a_written_clock_range_reads_back(moment, minutes):
    start = moment.replace(second=0, microsecond=0, tzinfo=None)
    end = start + timedelta(minutes=minutes)
    text = f"from {start:%H:%M} to {end:%H:%M} on {start:%d %B %Y}"
    zone = moment.tzinfo
    try:
        span = Span.parse(text, tz=zone)
    except ParseError as err:
        _only_honest_refusals(err, text)
        return
    assert span.exact
    assert span.start.replace(tzinfo=None) == start
    assert span.end.replace(tzinfo=None) == end or span.end.replace(tzinfo=None) > end
    assert span.end.astimezone(UTC) > span.start.astimezone(UTC)


# --- readings once silently wrong (the gathered phrases of helper-dates-wrong) --------------

KYIV = dtz.gettz("Europe/Kyiv")
CHICAGO = dtz.gettz("America/Chicago")


@pytest.mark.parametrize(
    ("reference", "direction", "start", "end"),
    [
        # published Sunday 7 May 2023, looking back: the range ending that day
        (date(2023, 5, 7), "back", pk(2023, 5, 3), pk(2023, 5, 8)),
        # published Wednesday 10 May, looking forward: the range starting that day
        (date(2023, 5, 10), "forward", pk(2023, 5, 10), pk(2023, 5, 15)),
        # published Thursday 11 May, inside Wednesday 10 to Sunday 14 May: the
        # range under way, in either direction (once 17-21 May forward and
        # 3-7 May back: a jump of a week the text does not make)
        (date(2023, 5, 11), "forward", pk(2023, 5, 10), pk(2023, 5, 15)),
        (date(2023, 5, 11), "back", pk(2023, 5, 10), pk(2023, 5, 15)),
        # published Monday 8 May, between two ranges: the next or the last
        (date(2023, 5, 8), "forward", pk(2023, 5, 10), pk(2023, 5, 15)),
        (date(2023, 5, 8), "back", pk(2023, 5, 3), pk(2023, 5, 8)),
    ],
)
def test_a_range_of_weekdays_is_chosen_whole(reference, direction, start, end):
    span = Span.parse("from Wednesday to Sunday", tz=K, reference=reference, direction=direction)
    assert window(span) == (start, end, True, Precision.DAY)


@pytest.mark.parametrize(
    ("reference", "direction", "under_way"),
    [
        # published Sunday 7 May 2023 (more-en-038, a schedule of the coming
        # week): the range ending that day, or the next one
        (date(2023, 5, 7), "forward", "Wednesday 3 May to Sunday 7 May"),
        # published Wednesday 10 May, looking back: the range starting that
        # day, or the last one
        (date(2023, 5, 10), "back", "Wednesday 10 May to Sunday 14 May"),
    ],
)
def test_a_range_of_weekdays_on_its_far_edge_day_is_refused(reference, direction, under_way):
    with pytest.raises(ParseError, match=f"range under way \\({under_way}\\)"):
        Span.parse("from Wednesday to Sunday", tz=K, reference=reference, direction=direction)


DETROIT = dtz.gettz("America/Detroit")


@pytest.mark.parametrize("direction", ["forward", "back", "nearest"])
def test_a_weekend_under_way_is_read_not_jumped(direction):
    # dpr-063: Detroit police, Saturday 15 April 2023, "officers will be
    # enforcing a curfew between Friday and Sunday": the weekend under way,
    # Friday 14 to Sunday 16 April (once 21-23 April forward, 7-9 April back)
    span = Span.parse(
        "between Friday and Sunday",
        tz="America/Detroit",
        reference=date(2023, 4, 15),
        direction=direction,
    )
    assert window(span) == (
        datetime(2023, 4, 14, tzinfo=DETROIT),
        datetime(2023, 4, 17, tzinfo=DETROIT),
        True,
        Precision.DAY,
    )


def test_a_range_of_weekdays_may_start_on_the_reference_day_looking_forward():
    span = Span.parse("Sunday to Tuesday", tz=K, reference=date(2023, 5, 7), direction="forward")
    assert window(span) == (pk(2023, 5, 7), pk(2023, 5, 10), True, Precision.DAY)
    with pytest.raises(ParseError, match="does not start on the day the text was written"):
        Span.parse("Sunday to Tuesday", tz=K, reference=date(2023, 5, 7), direction="back")
    # ... and a range of dates is still chosen like a single date
    dates = Span.parse("May 5-9", tz=K, reference=date(2023, 5, 7), direction="forward")
    assert (dates.start, dates.end) == (pk(2023, 5, 5), pk(2023, 5, 10))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("On the night of April 10", "en"),
        ("the night of Friday", "en"),
        ("la nuit du 10 avril", "fr"),
        ("la noche del 10 de abril", "es"),
    ],
)
def test_the_night_of_one_day_is_refused(text, lang):
    # the night into 10 April (Ukrainian usage) or the one out of it
    with pytest.raises(ParseError, match="the night of one day may be"):
        Span.parse(text, tz="Europe/Kyiv", reference=date(2025, 4, 10), lang=lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("on the night of 9-10 September", "en"),
        ("the night of 9-10 September 2023", "en"),
        ("la nuit du 9 au 10 septembre", "fr"),
        ("la noche del 9 al 10 de septiembre", "es"),
    ],
)
def test_a_night_named_by_two_days_is_inexact_over_both(text, lang):
    span = Span.parse(text, tz="Europe/Kyiv", reference=date(2023, 9, 10), dayfirst=True, lang=lang)
    start, end = datetime(2023, 9, 9, tzinfo=KYIV), datetime(2023, 9, 11, tzinfo=KYIV)
    assert window(span) == (start, end, False, Precision.DAY)


def test_a_range_of_days_without_a_part_of_the_day_stays_exact():
    span = Span.parse("April 20-22, 2022", tz=K)
    assert window(span) == (pk(2022, 4, 20), pk(2022, 4, 23), True, Precision.DAY)
    # a part of the day with no clock time: inside the whole days, not filling them
    part = Span.parse("from Monday afternoon to Wednesday", tz=K, reference=date(2023, 9, 6))
    assert window(part) == (pk(2023, 9, 4), pk(2023, 9, 7), False, Precision.DAY)


def test_o_clock_is_a_clock_hour_never_a_day_of_the_month():
    # Wednesday 13 September 2023: "Monday the 4th" is 4 September, the Monday
    # before is the 11th; the text means 4 p.m. on the 11th
    span = Span.parse("4 o'clock Monday afternoon", tz=K, reference=date(2023, 9, 13))
    assert window(span) == (pk(2023, 9, 11, 16), pk(2023, 9, 11, 17), False, Precision.HOUR)
    saturday = Span.parse(
        "4 o'clock Saturday afternoon", tz="America/Chicago", reference=date(2020, 5, 31)
    )
    assert window(saturday) == (
        datetime(2020, 5, 30, 16, tzinfo=CHICAGO),
        datetime(2020, 5, 30, 17, tzinfo=CHICAGO),
        False,
        Precision.HOUR,
    )
    curly = Span.parse("at 4 o’clock in the afternoon on Monday", tz=K, reference=date(2023, 9, 13))
    assert curly == span
    with pytest.raises(ParseError, match="could be morning or evening"):
        Span.parse("4 o'clock", tz=K, reference=pk(2023, 9, 13, 12))
    with pytest.raises(ParseError, match='could not place "o\'clock"'):
        Span.parse("Monday o'clock", tz=K, reference=date(2023, 9, 13))


@pytest.mark.parametrize(
    ("text", "lang", "hour"),
    [
        ("el sábado a las 3 de la tarde", "es", 15),
        ("sábado às 3 da tarde", "pt", 15),
        ("Samstag um 3 nachmittags", "de", 15),
        ("el sábado a las 3 de la madrugada", "es", 3),
        ("el sábado a las 5 de la madrugada", "es", 5),
    ],
)
def test_an_hour_after_a_clock_article_is_never_a_day_of_the_month(text, lang, hour):
    # Monday 12 June 2023: "Saturday the 3rd" is 3 June; the Saturday before is the 10th
    span = Span.parse(text, tz=K, reference=date(2023, 6, 12), lang=lang)
    assert window(span) == (pk(2023, 6, 10, hour), pk(2023, 6, 10, hour + 1), False, Precision.HOUR)


@pytest.mark.parametrize(
    ("text", "lang", "message"),
    [
        ("Saturday 3 in the afternoon", "en", "day of the month or the hour"),
        ("el viernes 3 por la tarde", "es", "day of the month or the hour"),
        ("Friday night at 2 am", "en", "small hours may fall on the next day"),
        ("el viernes a las 2 de la noche", "es", "small hours may fall on the next day"),
        ("el sábado a las 3", "es", "could be morning or evening"),
    ],
)
def test_a_day_or_an_hour_left_open_is_refused(text, lang, message):
    with pytest.raises(ParseError, match=message):
        Span.parse(text, tz=K, reference=date(2023, 6, 12), lang=lang)


def test_a_weekday_night_is_the_whole_day():
    # "Friday night" is not narrowed to 18:00-24:00 as "tonight" is: the whole
    # day holds it, and also the small hours that open Friday, which news
    # translated from Ukrainian or Russian may mean
    span = Span.parse("on Friday night", tz=K, reference=date(2018, 9, 17))
    assert window(span) == (pk(2018, 9, 14), pk(2018, 9, 15), False, Precision.DAY)
    at_ten = Span.parse("Friday night at 10 pm", tz=K, reference=date(2018, 9, 17))
    assert window(at_ten) == (pk(2018, 9, 14, 22), pk(2018, 9, 14, 23), False, Precision.HOUR)


def test_an_hour_after_a_clock_article_past_noon_is_a_24_hour_time():
    span = Span.parse("el sábado a las 15", tz=K, reference=date(2023, 6, 12), lang="es")
    assert window(span) == (pk(2023, 6, 10, 15), pk(2023, 6, 10, 16), False, Precision.HOUR)
    assert Span.parse("Samstag um 20", tz=K, reference=date(2023, 6, 12), lang="de").start == pk(
        2023, 6, 10, 20
    )


ROME = dtz.gettz("Europe/Rome")
BERLIN = dtz.gettz("Europe/Berlin")


@pytest.mark.parametrize(
    ("text", "start", "end", "exact", "precision"),
    [
        ("sabato 6 maggio 2023 alle ore 20.45", (6, 20, 45), (6, 20, 46), False, Precision.MINUTE),
        ("6 maggio 2023 alle 20.30", (6, 20, 30), (6, 20, 31), False, Precision.MINUTE),
        ("6 maggio 2023 dalle 8.00 alle 22.00", (6, 8, 0), (6, 22, 0), True, Precision.MINUTE),
        ("6 maggio 2023 dalle ore 6 alle 14", (6, 6, 0), (6, 14, 0), True, Precision.HOUR),
    ],
)
def test_italian_ore_and_dotted_times(text, start, end, exact, precision):
    span = Span.parse(text, tz="Europe/Rome", lang="it")
    assert window(span) == (
        datetime(2023, 5, *start, tzinfo=ROME),
        datetime(2023, 5, *end, tzinfo=ROME),
        exact,
        precision,
    )


def test_dotted_times_need_a_clock_word_or_a_german_zone():
    span = Span.parse("6. Mai 2023 um 23.56 MEZ", tz="Europe/Berlin", lang="de")
    assert window(span) == (
        datetime(2023, 5, 6, 23, 56, tzinfo=BERLIN),
        datetime(2023, 5, 6, 23, 57, tzinfo=BERLIN),
        False,
        Precision.MINUTE,
    )
    # English "10.30 GMT" may be a 12-hour clock: still refused
    with pytest.raises(ParseError, match=r"could not place '10\.30'"):
        Span.parse("10.30 GMT on 6 May 2023", lang="en")
    with pytest.raises(ParseError, match="minutes and seconds below 60"):
        Span.parse("6 maggio 2023 alle 20.75", tz="Europe/Rome", lang="it")


def test_an_english_number_after_at_is_an_hour():
    # Wednesday 15 November 2023: "Friday the 3rd" is 3 November, the Friday
    # before is the 10th
    ref = date(2023, 11, 15)
    span = Span.parse("Friday at 3 in the afternoon", tz=K, reference=ref)
    assert window(span) == (pk(2023, 11, 10, 15), pk(2023, 11, 10, 16), False, Precision.HOUR)
    with pytest.raises(ParseError, match="could be morning or evening"):
        Span.parse("Friday at 3", tz=K, reference=ref)
    # "tonight" settles p.m.; the number is not the day of the month said again
    tonight = Span.parse("tonight at 10", tz=K, reference=ref)
    assert window(tonight) == (pk(2023, 11, 15, 22), pk(2023, 11, 15, 23), False, Precision.HOUR)
    assert Span.parse("at 10 tonight", tz=K, reference=ref) == tonight


# --- minutes never read as a day of the month (helper-dates-fix2) --------------------------

MONTREAL = dtz.gettz("America/Montreal")
PARIS = dtz.gettz("Europe/Paris")
LONDON = dtz.gettz("Europe/London")


@pytest.mark.parametrize(
    ("text", "reference", "zone", "lang", "start"),
    [
        # written Thursday 25 April 2024: the coming Tuesday is 30 April, and
        # "30" happened to agree with it; the time is 19:30 to the minute
        ("mardi à 19 h 30", date(2024, 4, 25), MONTREAL, "fr", (2024, 4, 30, 19, 30)),
        # written Monday 4 March 2024: the coming Saturday is 9 March (once
        # read as Saturday 30 March at 20:00, "30" taken as the day)
        ("samedi à 20 h 30", date(2024, 3, 4), PARIS, "fr", (2024, 3, 9, 20, 30)),
        ("samedi à 20h30", date(2024, 3, 4), PARIS, "fr", (2024, 3, 9, 20, 30)),
        ("samedi à 20 heures 30", date(2024, 3, 4), PARIS, "fr", (2024, 3, 9, 20, 30)),
        ("Samstag um 20 Uhr 30", date(2024, 3, 4), PARIS, "de", (2024, 3, 9, 20, 30)),
        # written Saturday 30 March 2024: "tonight" settles p.m.; the "30" of
        # "7.30" once agreed with the day and the time was read as 19:00-20:00
        ("tonight at 7.30", date(2024, 3, 30), LONDON, "en", (2024, 3, 30, 19, 30)),
        ("tonight at 7:30", date(2024, 3, 30), LONDON, "en", (2024, 3, 30, 19, 30)),
        ("tonight at 7.30", date(2024, 3, 29), LONDON, "en", (2024, 3, 29, 19, 30)),
        ("sábado a las 20.30", date(2024, 3, 4), PARIS, "es", (2024, 3, 9, 20, 30)),
    ],
)
def test_minutes_of_a_clock_time_are_never_a_day(text, reference, zone, lang, start):
    span = Span.parse(text, tz=zone, reference=reference, direction="forward", lang=lang)
    begin = datetime(*start, tzinfo=zone)
    assert window(span) == (begin, begin + timedelta(minutes=1), False, Precision.MINUTE)


def test_a_range_with_spaced_french_minutes():
    span = Span.parse(
        "le 9 mars 2024 de 9 h 30 à 17 h 15", tz="Europe/Paris", lang="fr", direction="forward"
    )
    assert window(span) == (
        datetime(2024, 3, 9, 9, 30, tzinfo=PARIS),
        datetime(2024, 3, 9, 17, 15, tzinfo=PARIS),
        True,
        Precision.MINUTE,
    )


@pytest.mark.parametrize(
    ("text", "lang", "match"),
    [
        # minutes or a day? "20 h, 30 mars" would say
        ("samedi à 20 h 30 mars", "fr", "may be its minutes or a day"),
        ("à 18 heures 15 mars", "fr", "may be its minutes or a day"),
        ("samedi à 20 h 5", "fr", "may be its minutes or a day"),
        # English "7.30" without a.m./p.m. or a part of the day
        ("Saturday at 7.30", "en", "it could be morning or evening"),
        ("7.30", "en", r"could not place '7\.30'"),
        # a time with no day: "tonight at 1:30" may be the small hours
        ("tonight at 1:30", "en", "morning or evening"),
        ("tonight at 1", "en", "morning or evening"),
    ],
)
def test_minutes_that_may_be_a_day_are_refused(text, lang, match):
    with pytest.raises(ParseError, match=match):
        Span.parse(
            text, tz="Europe/Paris", reference=date(2024, 3, 4), direction="forward", lang=lang
        )


# --- midnight beside a day in a range (helper-dates-fix2) ----------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # once read as Saturday 00:00-06:00, while "midnight Saturday" alone is
        # refused: the midnight that opens Saturday or the one that closes it
        ("from midnight Saturday to 6 a.m.", "en"),
        ("Saturday from midnight to 6 a.m.", "en"),
        ("from 10 pm Friday to midnight Saturday", "en"),
        ("de minuit samedi à 6 h", "fr"),
    ],
)
def test_midnight_beside_a_day_is_refused_in_a_range(text, lang):
    with pytest.raises(ParseError, match="may be the start or the end"):
        Span.parse(
            text, tz="Europe/London", reference=date(2024, 3, 6), direction="forward", lang=lang
        )


def test_midnight_without_a_day_of_its_own_takes_its_place_from_the_range():
    # the end "6 a.m. Saturday" settles it: 00:00 to 06:00 on Saturday 9 March 2024
    span = Span.parse(
        "from midnight to 6 a.m. Saturday",
        tz="Europe/London",
        reference=date(2024, 3, 6),
        direction="forward",
    )
    assert window(span) == (
        datetime(2024, 3, 9, tzinfo=LONDON),
        datetime(2024, 3, 9, 6, tzinfo=LONDON),
        True,
        Precision.HOUR,
    )
