from datetime import UTC, date, datetime, timedelta

import pytest
from dateutil import tz as dtz
from hypothesis import given
from hypothesis import strategies as st

from polevents import Certainty, ParseError, Precision, Span, ValidationError
from polevents import strategies as pst
from polevents.timeline import get_zone

PKT = dtz.gettz("Asia/Karachi")
NY = dtz.gettz("America/New_York")
K = "Asia/Karachi"
# Report 001 is dated 21 April 2022; report 000 says "Wednesday evening".
ARTICLE_DAY = Span.parse("April 21, 2022", tz=K)


def pk(*args: int) -> datetime:
    return datetime(*args, tzinfo=PKT)


def expect(span: Span, start: datetime, end: datetime, exact: bool, precision: Precision):
    assert (span.start, span.end, span.exact, span.precision) == (start, end, exact, precision)


# --- the phrasings of issue 3 and the two reports, written down by hand -------------


def test_day_first_date_from_the_lahore_letter():
    span = Span.parse("21-04-2022", tz=K, dayfirst=True)
    expect(span, pk(2022, 4, 21), pk(2022, 4, 22), False, Precision.DAY)


def test_month_name_date():
    expect(
        Span.parse("April 21, 2022", tz=K), pk(2022, 4, 21), pk(2022, 4, 22), False, Precision.DAY
    )
    expect(
        Span.parse("21 April 2022", tz=K), pk(2022, 4, 21), pk(2022, 4, 22), False, Precision.DAY
    )


def test_whole_month_and_year():
    expect(Span.parse("April 2022", tz=K), pk(2022, 4, 1), pk(2022, 5, 1), False, Precision.MONTH)
    expect(Span.parse("2022", tz=K), pk(2022, 1, 1), pk(2023, 1, 1), False, Precision.YEAR)


def test_weekday_night_in_an_article_dated_the_next_day():
    span = Span.parse("Wednesday night at 10 pm local time", tz=K, reference=ARTICLE_DAY)
    expect(span, pk(2022, 4, 20, 22), pk(2022, 4, 20, 23), False, Precision.HOUR)


def test_weekday_alone_is_the_day_on_or_before_the_reference():
    span = Span.parse("Wednesday evening", tz=K, reference=ARTICLE_DAY)
    expect(span, pk(2022, 4, 20), pk(2022, 4, 21), False, Precision.DAY)
    same_day = Span.parse("Thursday", tz=K, reference=ARTICLE_DAY)
    assert same_day.start == pk(2022, 4, 21)


def test_maintenance_window_and_its_move():
    before = Span.parse("April 21, 2022 from 2:00 p.m. to 7:00 p.m.", tz=K)
    after = Span.parse("April 21 from 2:00 a.m. to 7:00 a.m.", tz=K, reference=ARTICLE_DAY)
    expect(before, pk(2022, 4, 21, 14), pk(2022, 4, 21, 19), True, Precision.MINUTE)
    expect(after, pk(2022, 4, 21, 2), pk(2022, 4, 21, 7), True, Precision.MINUTE)
    assert before.overlaps(after) is Certainty.NO


@pytest.mark.parametrize(
    "text",
    [
        "21-04-2022 14:00–19:00",
        "21-04-2022 2–7 p.m.",
        "21-04-2022 2 p.m. to 7 p.m.",
        "21-04-2022 2-7pm",
    ],
)
def test_window_spellings(text):
    span = Span.parse(text, tz=K, dayfirst=True)
    assert (span.start, span.end, span.exact) == (pk(2022, 4, 21, 14), pk(2022, 4, 21, 19), True)


def test_window_without_a_date_takes_the_reference_time():
    span = Span.parse("14:00–19:00", tz=K, reference=pk(2022, 4, 21, 20))
    assert (span.start, span.end) == (pk(2022, 4, 21, 14), pk(2022, 4, 21, 19))
    # A whole day as reference leaves open whether it was the day before.
    with pytest.raises(ParseError, match="leaves open which day"):
        Span.parse("14:00–19:00", tz=K, reference=ARTICLE_DAY)


def test_window_crossing_midnight():
    span = Span.parse("April 20, 2022 10 pm to 1 am", tz=K)
    expect(span, pk(2022, 4, 20, 22), pk(2022, 4, 21, 1), True, Precision.HOUR)
    assert span.duration == timedelta(hours=3)
    late = Span.parse("April 20, 2022 10 to 1 a.m.", tz=K)
    assert (late.start, late.end) == (pk(2022, 4, 20, 22), pk(2022, 4, 21, 1))


def test_abbreviation_sets_the_zone():
    span = Span.parse("April 21, 2022 6 p.m. ET")
    expect(
        span,
        datetime(2022, 4, 21, 18, tzinfo=NY),
        datetime(2022, 4, 21, 19, tzinfo=NY),
        False,
        Precision.HOUR,
    )
    assert span.start.utcoffset() == timedelta(hours=-4)
    assert Span.parse("April 21, 2022 2–7 p.m. PKT").start == pk(2022, 4, 21, 14)


def test_ambiguous_abbreviation_needs_a_hint():
    with pytest.raises(ParseError, match="PST may mean"):
        Span.parse("April 21, 2022 10 pm PST")
    assert Span.parse("April 21, 2022 10 pm PST", tz=K).start == pk(2022, 4, 21, 22)
    la = Span.parse("April 21, 2022 10 pm PST", tz="America/Los_Angeles")
    assert la.start.utcoffset() == timedelta(hours=-7)


def test_iso_input_is_never_flipped():
    span = Span.parse("2022-04-05", tz=K, dayfirst=True)
    assert span.start == pk(2022, 4, 5)
    leading = Span.parse("2022-04-05 10 pm", tz=K, dayfirst=True)
    assert leading.start == pk(2022, 4, 5, 22)


def test_offset_in_the_text_wins_over_tz():
    span = Span.parse("2022-04-20T22:00+05:00", tz="America/New_York")
    assert span.start == pk(2022, 4, 20, 22)
    assert span.start.utcoffset() == timedelta(hours=5)
    expect(span, pk(2022, 4, 20, 22), pk(2022, 4, 20, 22, 1), False, Precision.MINUTE)


def test_full_timestamp_is_a_one_second_inexact_span():
    span = Span.parse("2022-04-20T17:00:00Z")
    assert span.duration == timedelta(seconds=1)
    assert span.precision is Precision.SECOND
    assert not span.exact


def test_iso_interval():
    span = Span.parse("2022-04-21T14:00+05:00/2022-04-21T19:00+05:00")
    assert (span.start, span.end, span.exact) == (pk(2022, 4, 21, 14), pk(2022, 4, 21, 19), True)


@pytest.mark.parametrize(("word", "day"), [("today", 21), ("yesterday", 20), ("tomorrow", 22)])
def test_relative_days(word, day):
    span = Span.parse(word, tz=K, reference=ARTICLE_DAY)
    expect(span, pk(2022, 4, day), pk(2022, 4, day + 1), False, Precision.DAY)


def test_tonight():
    span = Span.parse("tonight", tz=K, reference=ARTICLE_DAY)
    assert (span.start, span.end, span.exact) == (pk(2022, 4, 21, 18), pk(2022, 4, 22), False)
    at_ten = Span.parse("tonight at 10 pm", tz=K, reference=ARTICLE_DAY)
    assert at_ten.start == pk(2022, 4, 21, 22)


def test_reference_as_datetime_and_date():
    ref = pk(2022, 4, 21, 9)
    assert Span.parse("Wednesday", tz=K, reference=ref).start == pk(2022, 4, 20)
    assert Span.parse("Wednesday", tz=K, reference=date(2022, 4, 21)).start == pk(2022, 4, 20)
    # "10 pm" before a 9 a.m. reference is the previous evening: news looks back.
    assert Span.parse("10 pm", tz=K, reference=ref).start == pk(2022, 4, 20, 22)


def test_month_day_without_year_looks_back():
    assert Span.parse("April 20", tz=K, reference=ARTICLE_DAY).start == pk(2022, 4, 20)
    assert Span.parse("December 25", tz=K, reference=ARTICLE_DAY).start == pk(2021, 12, 25)


# --- daylight saving in America/New_York ------------------------------------------------


def test_dst_spring_forward_day_is_23_hours():
    span = Span.parse("March 13, 2022", tz="America/New_York")
    assert span.duration == timedelta(hours=23)


def test_dst_fall_back_day_is_25_hours():
    assert Span.parse("November 6, 2022", tz="America/New_York").duration == timedelta(hours=25)


def test_dst_skipped_time_is_refused():
    with pytest.raises(ParseError, match="skipped"):
        Span.parse("March 13, 2022 2:30 am", tz="America/New_York")


def test_dst_repeated_time_covers_both():
    span = Span.parse("November 6, 2022 1:30 am", tz="America/New_York")
    # 1:30 EDT (05:30 UTC) up to 1:31 EST (06:31 UTC): both readings are inside.
    assert span.start.astimezone(UTC) == datetime(2022, 11, 6, 5, 30, tzinfo=UTC)
    assert span.end.astimezone(UTC) == datetime(2022, 11, 6, 6, 31, tzinfo=UTC)
    assert not span.exact


def test_window_across_dst():
    span = Span.parse("March 13, 2022 1 am to 4 am", tz="America/New_York")
    assert span.duration == timedelta(hours=2)


# --- errors -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kwargs", "match"),
    [
        ("", {"tz": K}, "a date or time"),
        ("hello", {"tz": K}, "a date or time"),
        ("21 April 2022", {}, "time zone"),
        ("21 April 2022", {"tz": "Mars/Olympus_Mons"}, "IANA"),
        ("21 April 2022", {"tz": ""}, "IANA"),
        ("21 April 2022", {"tz": "../../etc/passwd"}, "IANA"),
        ("Wednesday", {"tz": K}, "reference"),
        ("tonight", {"tz": K}, "reference"),
        ("10 pm", {"tz": K}, "reference"),
        ("Thursday 20 April 2022", {"tz": K, "reference": ARTICLE_DAY}, "weekday"),
        ("April 21, 2022 13 pm to 14 pm", {"tz": K}, "clock hour from 1 to 12"),
        ("31 February 2022", {"tz": K}, "a date that exists, not 2022-02-31"),
        ("2022-13-45", {"tz": K}, "a month from 1 to 12, not 13"),
        ("April 21, 2022 10 pm ZZZT", {"tz": K}, "could not place 'ZZZT'"),
    ],
)
def test_parse_errors(text, kwargs, match):
    with pytest.raises(ParseError, match=match):
        Span.parse(text, **kwargs)


def test_parse_refuses_non_text():
    with pytest.raises(ParseError):
        Span.parse(20220421)  # type: ignore[arg-type]


def test_naive_reference_is_refused():
    with pytest.raises(ValidationError, match="reference"):
        Span.parse("Wednesday", tz=K, reference=datetime(2022, 4, 21))


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"start": datetime(2022, 4, 21), "end": pk(2022, 4, 22)}, "Span.start"),
        ({"start": pk(2022, 4, 21), "end": datetime(2022, 4, 22)}, "Span.end"),
        ({"start": "2022-04-21", "end": pk(2022, 4, 22)}, "Span.start"),
        ({"start": pk(2022, 4, 22), "end": pk(2022, 4, 21)}, "Span.end"),
        ({"start": pk(2022, 4, 22), "end": pk(2022, 4, 22)}, "Span.end"),
    ],
)
def test_span_validation(kwargs, field):
    with pytest.raises(ValidationError) as info:
        Span(**kwargs)
    assert info.value.field == field


def test_span_by_position_or_by_name():
    by_position = Span(pk(2022, 4, 21, 14), pk(2022, 4, 21, 19))
    by_name = Span(start=pk(2022, 4, 21, 14), end=pk(2022, 4, 21, 19), exact=True)
    assert by_position == by_name
    inexact = Span(pk(2022, 4, 21), pk(2022, 4, 22), exact=False, precision=Precision.DAY)
    assert inexact == ARTICLE_DAY
    with pytest.raises(TypeError):
        Span(pk(2022, 4, 21), pk(2022, 4, 22), False)  # type: ignore[misc]


def test_get_zone():
    assert get_zone("Asia/Karachi") is get_zone("Asia/Karachi")
    assert get_zone(PKT) is PKT
    with pytest.raises(ValidationError, match="IANA"):
        get_zone("Not/AZone")


# --- questions ------------------------------------------------------------------------


def test_inexact_inside_exact_overlaps():
    day = Span(start=pk(2022, 4, 21), end=pk(2022, 4, 22), exact=True)
    evening = Span(start=pk(2022, 4, 21, 18), end=pk(2022, 4, 21, 20), exact=False)
    assert day.overlaps(evening) is Certainty.YES
    assert evening.overlaps(day) is Certainty.YES
    assert day.contains(evening) is Certainty.YES
    assert evening.contains(pk(2022, 4, 21, 19)) is Certainty.MAYBE
    assert day.contains(pk(2022, 4, 22)) is Certainty.NO


def test_before_and_after():
    morning = Span(start=pk(2022, 4, 21, 2), end=pk(2022, 4, 21, 7))
    rally_day = Span.parse("21-04-2022", tz=K, dayfirst=True)
    assert morning.before(rally_day) is Certainty.MAYBE  # the rally may be that evening
    assert morning.before(Span(start=pk(2022, 4, 21, 18), end=pk(2022, 4, 21, 22))) is Certainty.YES
    assert rally_day.after(Span.parse("2022-04-20", tz=K)) is Certainty.YES
    evening = Span(start=pk(2022, 4, 21, 18), end=pk(2022, 4, 21, 22), exact=False)
    assert morning.after(evening) is Certainty.NO
    assert rally_day.before(evening) is Certainty.MAYBE


def test_str():
    assert str(Span.parse("April 21, 2022 2–7 p.m.", tz=K)) == "2022-04-21 14:00 to 19:00 +05:00"
    assert str(ARTICLE_DAY) == "2022-04-21 00:00 to 2022-04-22 00:00 +05:00 (somewhere within)"


def test_text_is_kept_but_not_compared():
    parsed = Span.parse("21-04-2022", tz=K, dayfirst=True)
    assert parsed.text == "21-04-2022"
    assert parsed == Span(
        start=pk(2022, 4, 21), end=pk(2022, 4, 22), exact=False, precision=Precision.DAY
    )


# --- properties -------------------------------------------------------------------------


def _true_overlap(a: tuple[datetime, datetime], b: tuple[datetime, datetime]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@given(pst.spans(), pst.spans())
def test_overlaps_is_symmetric(a, b):
    assert a.overlaps(b) is b.overlaps(a)


@given(pst.spans(), pst.spans(), st.data())
def test_overlaps_is_never_contradicted(a, b, data):
    truth = _true_overlap(data.draw(pst.occupied(a)), data.draw(pst.occupied(b)))
    answer = a.overlaps(b)
    if answer is Certainty.YES:
        assert truth
    elif answer is Certainty.NO:
        assert not truth


@given(pst.spans(), pst.spans(), st.data())
def test_before_and_contains_are_never_contradicted(a, b, data):
    (a0, a1), (b0, b1) = data.draw(pst.occupied(a)), data.draw(pst.occupied(b))
    before = a.before(b)
    if before is not Certainty.MAYBE:
        assert (a1 <= b0) == (before is Certainty.YES)
    contains = a.contains(b)
    if contains is not Certainty.MAYBE:
        assert (a0 <= b0 and b1 <= a1) == (contains is Certainty.YES)


@given(pst.spans(), pst.spans())
def test_before_can_be_yes_only_when_possible(a, b):
    if a.before(b) is Certainty.YES:
        assert a.overlaps(b) is Certainty.NO
        assert b.before(a) is Certainty.NO


@given(st.text(), st.booleans())
def test_parse_is_total(text, dayfirst):
    try:
        span = Span.parse(text, tz=K, dayfirst=dayfirst, reference=ARTICLE_DAY)
    except ValidationError:
        return
    assert isinstance(span, Span)
    assert span.start < span.end


@given(pst.instants(), st.sampled_from(list(Precision)))
def test_parsing_a_written_time_covers_it(moment, precision):
    formats = {
        Precision.YEAR: "%Y",
        Precision.MONTH: "%B %Y",
        Precision.DAY: "%d %B %Y",
        Precision.HOUR: "%d %B %Y %I %p",
        Precision.MINUTE: "%d %B %Y %H:%M",
        Precision.SECOND: "%d %B %Y %H:%M:%S",
    }
    zone = moment.tzinfo
    assert zone is not None
    text = moment.strftime(formats[precision])
    try:
        span = Span.parse(text, tz=zone)
    except ParseError as err:
        error = err
    else:
        assert span.precision is precision
        assert span.contains(moment) is not Certainty.NO
        return
    if "could be morning or evening" in str(error):
        assert moment.hour in (10, 11, 12)  # English "10:30" may be either half of the day
        return
    assert "skipped" in str(error)  # a wall time that does not exist in that zone


def test_spans_compare_and_hash_by_instant_ambiguous_local_times_included():
    from datetime import UTC

    from polevents.timeline import get_zone

    london = get_zone("Europe/London")
    second = datetime(2000, 10, 29, 1, 30, tzinfo=london, fold=1)  # 01:30 GMT, not BST
    end = datetime(2000, 10, 29, 3, tzinfo=london)
    local = Span(second, end)
    utc = Span(second.astimezone(UTC), end.astimezone(UTC))
    assert second != second.astimezone(UTC)  # PEP 495: Python's own == says no
    assert local == utc
    assert hash(local) == hash(utc)
    assert local != Span(second.replace(fold=0), end)  # 01:30 BST is another instant
    assert local != Span(second, end, exact=False)


def test_span_fields_are_type_checked():
    start = datetime(2022, 4, 21, 10, tzinfo=UTC)
    end = start + timedelta(hours=1)
    for bad in ({"exact": "no"}, {"exact": 1}, {"precision": 3}, {"text": 5}):
        with pytest.raises(ValidationError, match=f"Span.{next(iter(bad))}"):
            Span(start, end, **bad)
