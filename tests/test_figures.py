import math
from fractions import Fraction

import pint
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from polevents import (
    Certainty,
    Figure,
    IncomparableError,
    ParseError,
    Qualifier,
    ReadingPolicy,
    ValidationError,
    extract,
    ureg,
)
from polevents import strategies as pst

NEWS, LITERAL = ReadingPolicy.NEWS, ReadingPolicy.LITERAL
INF = math.inf


def inside(figure: Figure, value: Fraction) -> bool:
    """Membership written from the interval's definition, independently of Figure.contains."""
    low, high = figure.bounds
    above_low = low is None or value > low or (value == low and figure.low_inclusive)
    below_high = high is None or value < high or (value == high and figure.high_inclusive)
    return above_low and below_high


def shape(figure: Figure):
    low, high = figure.bounds
    return (figure.qualifier, low, high, figure.low_inclusive, figure.high_inclusive, figure.unit)


# --- reading phrases: hedges -------------------------------------------------------------

# Expected intervals are worked out by hand from the table in DESIGN.md.
HEDGES = [
    ("165,000 people", (Qualifier.PLAIN, 164_500, 165_500, True, True)),
    ("700,000 people", (Qualifier.PLAIN, 650_000, 750_000, True, True)),
    ("84 million people", (Qualifier.PLAIN, 83_500_000, 84_500_000, True, True)),
    ("2,468,668 people", (Qualifier.PLAIN, 2_468_667.5, 2_468_668.5, True, True)),
    ("exactly 165,000 people", (Qualifier.EXACT, 165_000, 165_000, True, True)),
    ("precisely 165,000 people", (Qualifier.EXACT, 165_000, 165_000, True, True)),
    ("around 165K people", (Qualifier.ABOUT, 148_500, 181_500, True, True)),
    ("about 165,000 people", (Qualifier.ABOUT, 148_500, 181_500, True, True)),
    ("approximately 165,000 users", (Qualifier.ABOUT, 148_500, 181_500, True, True)),
    ("roughly 165,000 people", (Qualifier.ABOUT, 148_500, 181_500, True, True)),
    ("some 165,000 people", (Qualifier.ABOUT, 148_500, 181_500, True, True)),
    ("~165K people", (Qualifier.ABOUT, 148_500, 181_500, True, True)),
    ("circa 165,000 people", (Qualifier.ABOUT, 148_500, 181_500, True, True)),
    ("almost 44,000 people", (Qualifier.ALMOST, 39_600, 44_000, True, False)),
    ("nearly 44,000 people", (Qualifier.ALMOST, 39_600, 44_000, True, False)),
    ("close to 44,000 people", (Qualifier.ALMOST, 39_600, 44_000, True, False)),
    ("just under 44,000 people", (Qualifier.ALMOST, 39_600, 44_000, True, False)),
    ("short of 44,000 people", (Qualifier.ALMOST, 39_600, 44_000, True, False)),
    ("over 44,000 listeners", (Qualifier.OVER, 44_000, 48_400, False, True)),
    ("more than 44,000 people", (Qualifier.OVER, 44_000, 48_400, False, True)),
    ("above 44,000 people", (Qualifier.OVER, 44_000, 48_400, False, True)),
    ("in excess of 44,000 people", (Qualifier.OVER, 44_000, 48_400, False, True)),
    ("upwards of 44,000 people", (Qualifier.OVER, 44_000, 48_400, False, True)),
    ("at least 44,000 people", (Qualifier.AT_LEAST, 44_000, 48_400, True, True)),
    ("44,000+ people", (Qualifier.AT_LEAST, 44_000, 48_400, True, True)),
    ("no fewer than 44,000 people", (Qualifier.AT_LEAST, 44_000, 48_400, True, True)),
    ("under 44,000 people", (Qualifier.UNDER, 39_600, 44_000, True, False)),
    ("less than 44,000 people", (Qualifier.UNDER, 39_600, 44_000, True, False)),
    ("below 44,000 people", (Qualifier.UNDER, 39_600, 44_000, True, False)),
    ("fewer than 44,000 people", (Qualifier.UNDER, 39_600, 44_000, True, False)),
    ("up to 44,000 people", (Qualifier.AT_MOST, 39_600, 44_000, True, True)),
    ("at most 44,000 people", (Qualifier.AT_MOST, 39_600, 44_000, True, True)),
    ("as many as 44,000 people", (Qualifier.AT_MOST, 39_600, 44_000, True, True)),
    ("a maximum of 44,000 people", (Qualifier.AT_MOST, 39_600, 44_000, True, True)),
    ("150,000–180,000 people", (Qualifier.BETWEEN, 150_000, 180_000, True, True)),
    ("150,000-180,000 people", (Qualifier.BETWEEN, 150_000, 180_000, True, True)),
    ("between 150K and 180K people", (Qualifier.BETWEEN, 150_000, 180_000, True, True)),
    ("150–180K people", (Qualifier.BETWEEN, 150_000, 180_000, True, True)),
    ("150 to 180 thousand people", (Qualifier.BETWEEN, 150_000, 180_000, True, True)),
    ("hundreds of people", (Qualifier.VAGUE, 200, 1_000, True, False)),
    ("thousands of people", (Qualifier.VAGUE, 2_000, 10_000, True, False)),
    ("tens of thousands of people", (Qualifier.VAGUE, 20_000, 100_000, True, False)),
    ("hundreds of thousands of people", (Qualifier.VAGUE, 200_000, 1_000_000, True, False)),
    ("millions of people", (Qualifier.VAGUE, 2_000_000, 1_000_000_000, True, False)),
]


@pytest.mark.parametrize(("text", "expected"), HEDGES)
def test_hedges_under_news(text, expected):
    assert shape(Figure.parse(text)) == (*expected, "person")


LITERAL_HEDGES = [
    ("over 44,000 people", (Qualifier.OVER, 44_000, None, False, False)),
    ("at least 44,000 people", (Qualifier.AT_LEAST, 44_000, None, True, False)),
    ("44K+ people", (Qualifier.AT_LEAST, 44_000, None, True, False)),
    ("under 44,000 people", (Qualifier.UNDER, 0, 44_000, True, False)),
    ("up to 44,000 people", (Qualifier.AT_MOST, 0, 44_000, True, True)),
    ("around 165K people", (Qualifier.ABOUT, 148_500, 181_500, True, True)),
    ("almost 44,000 people", (Qualifier.ALMOST, 39_600, 44_000, True, False)),
    ("165,000 people", (Qualifier.PLAIN, 165_000, 165_000, True, True)),
]


@pytest.mark.parametrize(("text", "expected"), LITERAL_HEDGES)
def test_hedges_under_literal(text, expected):
    figure = Figure.parse(text, policy=LITERAL)
    assert shape(figure) == (*expected, "person")
    assert figure.policy == "literal"


# --- reading phrases: number formats -------------------------------------------------------

NUMBERS = [
    ("165000", 165_000),
    ("165,000", 165_000),
    ("165 000", 165_000),
    ("165\u202f000", 165_000),
    ("165K", 165_000),
    ("165k", 165_000),
    ("1.3M", 1_300_000),
    ("1.3 million", 1_300_000),
    ("half a million", 500_000),
    ("a quarter of a million", 250_000),
    ("three quarters of a million", 750_000),
    ("a million", 1_000_000),
    ("7 million", 7_000_000),
    ("2 billion", 2_000_000_000),
    ("1,65,000", 165_000),
    ("4,46,000", 446_000),
    ("12,34,56,789", 123_456_789),
    ("1.65 lakh", 165_000),
    ("2 lakh", 200_000),
    ("2 crore", 20_000_000),
    ("1,000,000", 1_000_000),
    ("two million", 2_000_000),
    ("twenty thousand", 20_000),
    ("one lakh", 100_000),
    ("a dozen", 12),
    ("one hundred and twenty", 120),
    ("thirty-three and a half million", 33_500_000),
    ("1.1m", 1_100_000),
    ("2bn", 2_000_000_000),
    ("1.3 mn", 1_300_000),
]


@pytest.mark.parametrize(("number", "value"), NUMBERS)
def test_number_formats(number, value):
    figure = Figure.parse(f"{number} people", policy="literal")
    assert figure.bounds == (value, value)
    assert figure.nominal_value == value
    assert figure.text == f"{number} people"
    assert Figure.parse(f"{number} people").qualifier is Qualifier.PLAIN


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("165,000 listeners", "person"),
        ("165,000 people", "person"),
        ("165,000 users", "person"),
        ("165,000 viewers", "person"),
        ("165,000 attendees", "person"),
        ("7 million tweets", "post"),
        ("7 million posts", "post"),
        ("90 minutes", "minute"),
        ("5 hours", "hour"),
        ("30 seconds", "second"),
        ("2 million views", "view"),
    ],
)
def test_unit_words_select_the_unit(text, unit):
    assert Figure.parse(text).unit == unit


def test_unit_argument_when_text_has_none():
    figure = Figure.parse("tweeted over 7 million times", unit="tweet")
    assert figure.unit == "post"
    assert figure.text == "over 7 million"


def test_unit_word_of_same_dimension_is_accepted():
    assert Figure.parse("165,000 listeners", unit="people").unit == "person"


# --- the reports' own phrasings ------------------------------------------------------------

REPORTS = [
    # report 000
    ("talked with around 165K people on twitter space", (Qualifier.ABOUT, 148_500, 181_500)),
    ("about half a million people interacted", (Qualifier.ABOUT, 450_000, 550_000)),
    ("with an average of 165,000 people listening", (Qualifier.PLAIN, 164_500, 165_500)),
    ("to have more than 165K listeners at a live event", (Qualifier.OVER, 165_000, 181_500)),
    ("Thousands of people tuned in", (Qualifier.VAGUE, 2_000, 10_000)),
    # report 001
    ("over 446,000 people tuned from around the world", (Qualifier.OVER, 446_000, 490_600)),
    ("approximately half a million users interacted", (Qualifier.ABOUT, 450_000, 550_000)),
    ("an average of 165,000 users listening at a given time", (Qualifier.PLAIN, 164_500, 165_500)),
    ("K-POP Lyrical Space with over 44,000 listeners", (Qualifier.OVER, 44_000, 48_400)),
]


@pytest.mark.parametrize(("text", "expected"), REPORTS)
def test_report_phrasings(text, expected):
    figure = Figure.parse(text)
    assert (figure.qualifier, *figure.bounds) == expected


@pytest.mark.parametrize(
    ("text", "unit", "expected"),
    [
        ("record with almost 44,000 listens", "person", (Qualifier.ALMOST, 39_600, 44_000)),
        ("held the record with almost 44K listens", "person", (Qualifier.ALMOST, 39_600, 44_000)),
        ("tweeted over 7 million times", "post", (Qualifier.OVER, 7_000_000, 7_700_000)),
    ],
)
def test_report_phrasings_without_unit_words(text, unit, expected):
    figure = Figure.parse(text, unit=unit)
    assert (figure.qualifier, *figure.bounds) == expected


def test_dates_and_clock_times_are_not_figures():
    text = (
        "moved from 2:00 p.m. to 7:00 p.m. on 21-04-2022, 10 pm local time, on Jan. 11, "
        "June 25, in 1981, at London 2012, the 2022 FIFA World Cup, 10.55 AM, the 100m, "
        "the 12th, 21.04.2022"
    )
    found = extract(text, unit="person")
    assert found == []
    assert found.skipped == []


def test_extract_finds_the_reports_figures():
    text = (
        "over 446,000 people tuned in. It was reported that approximately half a million "
        "users interacted, with an average of 165,000 users listening at a given time."
    )
    mentions = extract(text)
    assert [m.text for m in mentions] == [
        "over 446,000 people",
        "approximately half a million users",
        "165,000 users",
    ]
    assert all(text[m.start : m.end] == m.text for m in mentions)


def test_extract_bare_numbers_need_a_unit():
    assert extract("tweeted over 7 million times") == []
    (mention,) = extract("tweeted over 7 million times", unit="post")
    assert mention.text == "over 7 million"


# --- constructors --------------------------------------------------------------------------


def test_constructors_match_parse():
    pairs = [
        (Figure.about(165_000, "person"), "about 165,000 people"),
        (Figure.almost(44_000, "person"), "almost 44,000 people"),
        (Figure.over(44_000, "person"), "over 44,000 people"),
        (Figure.at_least(44_000, "person"), "at least 44,000 people"),
        (Figure.under(44_000, "person"), "under 44,000 people"),
        (Figure.at_most(44_000, "person"), "up to 44,000 people"),
        (Figure.plain(44_000, "person"), "44,000 people"),
        (Figure.exact(44_000, "person"), "exactly 44,000 people"),
        (Figure.between(150_000, 180_000, "person"), "150,000–180,000 people"),
        (Figure.vague("thousands", "person"), "thousands of people"),
    ]
    for built, text in pairs:
        assert shape(built) == shape(Figure.parse(text)), text


@pytest.mark.parametrize(
    ("bounds", "field"),
    [
        ((5.0, 4.0, True, True), "Figure.high"),
        ((-1.0, 4.0, True, True), "Figure.low"),
        ((math.nan, 4.0, True, True), "Figure.low"),
        ((1.0, math.inf, True, True), "Figure.high"),
        ((4.0, 4.0, True, False), "Figure"),
        ((4.0, None, True, True), "Figure.high_inclusive"),
    ],
)
def test_figures_the_reader_builds_get_every_check(bounds, field):
    # the reader's constructor skips the converters (it hands over floats and a
    # canonical unit), never the checks a figure built by hand gets
    low, high, low_inc, high_inc = bounds
    with pytest.raises(ValidationError) as info:
        Figure._from_reader(
            low, high, low_inc, high_inc, "person", Qualifier.PLAIN, 4.0, "4", "news", "en"
        )
    assert info.value.field == field


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: Figure(low=1, high=2, unit="person", qualifier="exact"), "Figure.qualifier"),
        (lambda: Figure(low=1, high=2, unit="person", low_inclusive="yes"), "Figure.low_inclusive"),
        (lambda: Figure(low=1, high=2, unit="person", text=5), "Figure.text"),
        (lambda: ReadingPolicy(open_ended="yes"), "ReadingPolicy.open_ended"),
        (lambda: ReadingPolicy(round_plain=1), "ReadingPolicy.round_plain"),
        (lambda: ReadingPolicy(name=None), "ReadingPolicy.name"),
    ],
)
def test_wrong_kinds_are_refused_by_name(call, field):
    with pytest.raises(ValidationError) as info:
        call()
    assert info.value.field == field


def test_figures_the_reader_builds_equal_those_built_by_hand():
    read = Figure.parse("about 165,000 people")
    built = Figure.about(165_000, "person")
    assert (read.bounds, read.low_inclusive, read.high_inclusive) == (
        built.bounds,
        built.low_inclusive,
        built.high_inclusive,
    )
    assert (read.unit, read.qualifier, read.nominal_value, read.policy, read.lang) == (
        "person",
        Qualifier.ABOUT,
        165_000,
        "news",
        "en",
    )
    assert read == Figure.parse("about 165,000 people")
    assert hash(read) == hash(Figure.parse("about 165,000 people"))


def test_constructor_takes_a_quantity():
    figure = Figure.exact(90 * ureg.minute, "hour")
    assert figure.unit == "hour"
    assert figure.bounds == (1.5, 1.5)
    assert Figure.exact(3 * ureg.people).unit == "person"


def test_quantities_at_the_edge():
    figure = Figure.about(165_000, "listener")
    assert figure.low == 148_500 * ureg.person
    assert figure.high == 181_500 * ureg.person
    assert figure.nominal == 165_000 * ureg.person
    assert Figure.over(1, "person", policy=LITERAL).high is None


def test_custom_policy():
    wide = ReadingPolicy(name="wide", about=0.25)
    assert Figure.about(100, "person", policy=wide).bounds == (75, 125)
    assert Figure.parse("about 100 people", policy=wide).policy == "wide"


# --- errors ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda: Figure.exact(-1, "person"), "value"),
        (lambda: Figure.exact(math.nan, "person"), "value"),
        (lambda: Figure.exact(math.inf, "person"), "value"),
        (lambda: Figure.exact("165000", "person"), "value"),
        (lambda: Figure.exact(True, "person"), "value"),
        (lambda: Figure.exact(5, "furlong"), "unit"),
        (lambda: Figure.exact(5), "unit"),
        (lambda: Figure.exact(5 * ureg.hour, "person"), "unit"),
        (lambda: Figure.about(-5, "person"), "value"),
        (lambda: Figure.between(10, 5, "person"), "high"),
        (lambda: Figure.between(-1, 5, "person"), "low"),
        (lambda: Figure.almost(0, "person"), "Figure"),
        (lambda: Figure.vague("zillions", "person"), "vague"),
        (lambda: Figure(low=5, high=1, unit="person"), "Figure.high"),
        (lambda: Figure(low=-1, high=1, unit="person"), "Figure.low"),
        (lambda: Figure(low=None, high=1, low_inclusive=False, unit="person"), "Figure.low"),
        (lambda: Figure(low=1, high=1, high_inclusive=False, unit="person"), "Figure"),
        (lambda: Figure(low=1, high=math.inf, unit="person"), "Figure.high"),
        (lambda: Figure(low=math.nan, high=1, unit="person"), "Figure.low"),
        (lambda: Figure(low=1, high=None, unit="person"), "Figure.high_inclusive"),
        (lambda: Figure(low=1, high="2", unit="person"), "bound"),
        (lambda: ReadingPolicy(about=1.5), "ReadingPolicy.about"),
        (lambda: ReadingPolicy(over=-0.1), "ReadingPolicy.over"),
        (lambda: ReadingPolicy(almost=0), "ReadingPolicy.almost"),
        (lambda: ReadingPolicy(vague=(("x", 5, 1),)), "ReadingPolicy.vague"),
        (lambda: ReadingPolicy.named("generous"), "policy"),
    ],
)
def test_validation_errors_name_the_field(call, field):
    with pytest.raises(ValidationError) as info:
        call()
    assert info.value.field == field
    assert "expected" in str(info.value)


@pytest.mark.parametrize(
    ("text", "unit", "match"),
    [
        ("nothing to see here", None, "one figure"),
        ("", None, "one figure"),
        ("over 446,000 people and about half a million users", None, "found 2"),
        ("165,000 listeners", "tweet", "counts 'listeners'"),
        ("almost 44,000", None, "unit word"),
        ("almost 0 people", None, "non-empty interval"),
        ("over 0 people", None, "non-empty interval"),
        ("9" * 400 + " people", None, "small enough to be finite"),
        ("9" * 401 + " people", None, "more digits"),
        ("180,000–150,000 people", None, "low end is above its high end"),
        ("at least 5+ people", None, "one hedge"),
        ("5 people", "furlong", "unit"),
    ],
)
def test_parse_errors(text, unit, match):
    with pytest.raises(ParseError, match=match) as info:
        Figure.parse(text, unit=unit)
    assert info.value.value in (text, unit)


def test_over_zero_is_only_empty_under_news():
    assert Figure.parse("over 0 people", policy=LITERAL).bounds == (0, None)


def test_parse_refuses_non_text():
    with pytest.raises(ParseError):
        Figure.parse(165000)  # type: ignore[arg-type]
    with pytest.raises(ParseError):
        extract(None)  # type: ignore[arg-type]


def test_mixed_dimensions_refuse_to_compare():
    people, tweets = Figure.exact(5, "person"), Figure.exact(5, "tweet")
    for op in (
        people.exceeds,
        people.falls_short_of,
        people.__sub__,
        people.ratio_to,
        people.intersection,
        people.hull,
    ):
        with pytest.raises(IncomparableError):
            op(tweets)
    with pytest.raises(IncomparableError):
        people.contains(5 * ureg.tweet)
    with pytest.raises(TypeError):  # IncomparableError is a TypeError too
        people.exceeds(tweets)


def test_ratio_errors():
    with pytest.raises(ValidationError):
        Figure.exact(5, "person").ratio_to(Figure.exact(0, "person"))
    difference = Figure.exact(1, "person") - Figure.exact(5, "person")
    with pytest.raises(ValidationError):
        difference.ratio_to(Figure.exact(1, "person"))


# --- arithmetic by hand --------------------------------------------------------------------


def test_the_2022_case_by_hand():
    challenger = Figure.parse("over 446,000 people")
    record = Figure.parse("almost 44,000", unit="person").hull(Figure.parse("over 44,000 people"))
    assert shape(record)[1:5] == (39_600, 48_400, True, True)
    margin = challenger - record
    assert shape(margin)[:5] == (Qualifier.DERIVED, 397_600, 451_000, False, True)
    low, high = challenger.ratio_to(record)
    assert low == pytest.approx(446_000 / 48_400)
    assert high == pytest.approx(490_600 / 39_600)
    assert challenger.exceeds(record) is Certainty.YES
    assert record.falls_short_of(challenger) is Certainty.YES
    literal = Figure.parse("over 44,000 people", policy=LITERAL)
    assert Figure.exact(50_000, "person").exceeds(literal) is Certainty.MAYBE


def test_open_ends_decide_touching_intervals():
    over = Figure.over(44_000, "person")  # (44,000, 48,400]
    almost = Figure.almost(44_000, "person")  # [39,600, 44,000)
    at_most = Figure.at_most(44_000, "person")  # [39,600, 44,000]
    exact = Figure.exact(44_000, "person")
    assert over.exceeds(almost) is Certainty.YES
    assert over.exceeds(at_most) is Certainty.YES
    assert Figure.at_least(44_000, "person").exceeds(at_most) is Certainty.MAYBE
    assert exact.exceeds(exact) is Certainty.NO
    assert almost.intersection(over) is None
    assert almost.intersection(Figure.at_least(44_000, "person")) is None
    assert at_most.intersection(Figure.at_least(44_000, "person")) == Figure(
        low=44_000, high=44_000, unit="person", qualifier=Qualifier.BETWEEN, policy="news"
    )


def test_units_convert_when_comparing():
    assert Figure.exact(90, "minute").exceeds(Figure.exact(1, "hour")) is Certainty.YES
    assert Figure.exact(2, "hour").to("minute").bounds == (120, 120)
    assert Figure.exact(2, "hour").contains(120 * ureg.minute)


def test_string_forms():
    assert str(Figure.parse("around 165K listeners")) == "148,500 to 181,500 person"
    assert (
        str(Figure.parse("over 446,000 people")) == "more than 446,000 and at most 490,600 person"
    )
    assert str(Figure.over(1, "person", policy=LITERAL)) == "more than 1 person"
    assert Figure.over(446_000, "person").interval_notation() == "(446,000, 490,600] person"
    unbounded = Figure.exact(0, "person") - Figure.over(1, "person", policy=LITERAL)
    assert unbounded.interval_notation() == "(-∞, -1) person"


# --- properties -----------------------------------------------------------------------------


@st.composite
def pair_with_values(draw, unit="person"):
    a = draw(pst.figures(unit=unit))
    b = draw(pst.figures(unit=unit))
    return a, b, Fraction(draw(pst.values_in(a))), Fraction(draw(pst.values_in(b)))


@given(pair_with_values())
def test_exceeds_is_never_contradicted(case):
    a, b, x, y = case
    answer = a.exceeds(b)
    if answer is Certainty.YES:
        assert x > y
    elif answer is Certainty.NO:
        assert not x > y
    assert a.falls_short_of(b) is b.exceeds(a)


@given(pair_with_values())
def test_difference_is_sound(case):
    a, b, x, y = case
    assert inside(a - b, x - y)


@given(pair_with_values())
def test_ratio_is_sound(case):
    a, b, x, y = case
    assume(b.bounds[1] != 0)
    low, high = a.ratio_to(b)
    if y == 0:
        assert high is None
        return
    assert low <= x / y
    assert high is None or x / y <= high


@given(pair_with_values())
def test_intersection_holds_exactly_the_shared_values(case):
    a, b, x, y = case
    both = a.intersection(b)
    for value in (x, y):
        in_both = inside(a, value) and inside(b, value)
        assert in_both == (both is not None and inside(both, value))
    assert (both is None) == (a.intersection(b) is None)
    if both is not None:
        assert shape(both)[1:] == shape(b.intersection(a))[1:]


@given(pair_with_values())
def test_hull_holds_both(case):
    a, b, x, y = case
    hull = a.hull(b)
    assert inside(hull, x)
    assert inside(hull, y)
    assert shape(hull)[1:] == shape(b.hull(a))[1:]
    assert a.hull(a) == a


@given(pst.figures(unit="person"), st.data())
def test_contains_agrees_with_the_definition(figure, data):
    value = data.draw(st.floats(allow_nan=False, allow_infinity=False))
    assert figure.contains(value) == inside(figure, Fraction(value))
    assert figure.contains(data.draw(pst.values_in(figure)))


@given(pst.figures(unit="hour"), pst.figures(unit="minute"))
def test_comparison_across_units_is_symmetric(a, b):
    assert a.exceeds(b) is b.falls_short_of(a)


@given(st.text())
def test_parse_is_total(text):
    try:
        figure = Figure.parse(text, unit="person")
    except ParseError as err:
        error = err
    else:
        assert isinstance(figure, Figure)
        return
    assert error.value in (text, "person")


HEDGE_WORDS = ["", "about ", "over ", "almost ", "at least ", "up to ", "under ", "exactly "]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(HEDGE_WORDS),
            st.integers(min_value=1, max_value=10**9),
            st.sampled_from(["people", "tweets", "listeners", "hours"]),
        ),
        max_size=4,
    ),
    st.text(alphabet=" abc.;", max_size=5),
)
def test_extract_offsets_and_values(parts, filler):
    text = f" {filler} . ".join(f"{hedge}{value:,} {unit}" for hedge, value, unit in parts)
    mentions = extract(text)
    assert len(mentions) == len(parts)
    for mention, (_, value, _) in zip(mentions, parts, strict=True):
        assert text[mention.start : mention.end] == mention.text
        assert mention.figure.nominal_value == value


@given(st.text())
def test_extract_is_total_and_offsets_hold(text):
    try:
        mentions = extract(text, unit="person")
    except ParseError:
        return
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text


@given(
    st.sampled_from(["about", "almost", "over", "at least", "under", "up to"]),
    st.integers(min_value=1, max_value=10**12),
)
def test_literal_reading_contains_news_reading(hedge, value):
    news = Figure.parse(f"{hedge} {value} people")
    literal = Figure.parse(f"{hedge} {value} people", policy=LITERAL)
    assert shape(literal.intersection(news))[1:] == shape(news)[1:]


@given(st.integers(min_value=0, max_value=10**15))
def test_written_numbers_read_back(value):
    for written in (f"{value}", f"{value:,}", f"{value:_}".replace("_", " ")):
        if len(written) == 4 and 1000 <= value <= 2100:
            continue  # a year, not a figure, with nothing after it to say otherwise
        assert Figure.parse(f"{written} people", policy="literal").bounds == (value, value)


@given(
    st.integers(min_value=1, max_value=10**6), st.sampled_from(["K", "k", "M", " lakh", " crore"])
)
def test_multipliers(value, suffix):
    factor = {"K": 10**3, "k": 10**3, "M": 10**6, " lakh": 10**5, " crore": 10**7}[suffix]
    figure = Figure.parse(f"{value}{suffix} people", policy="literal")
    assert figure.bounds == (value * factor, value * factor)


def test_pint_quantities_are_pint():
    assert isinstance(Figure.exact(1, "person").low, pint.Quantity)


# --- soundness of the float bounds against exact fractions -----------------------------------

EXACT_TABLE = {
    Qualifier.ABOUT: lambda x, p: (x * (1 - p("about")), x * (1 + p("about"))),
    Qualifier.ALMOST: lambda x, p: (x * (1 - p("almost")), x),
    Qualifier.OVER: lambda x, p: (x, x * (1 + p("over"))),
    Qualifier.AT_LEAST: lambda x, p: (x, x * (1 + p("over"))),
    Qualifier.UNDER: lambda x, p: (x * (1 - p("under")), x),
    Qualifier.AT_MOST: lambda x, p: (x * (1 - p("under")), x),
    Qualifier.EXACT: lambda x, p: (x, x),
}


def tight_below(bound: float, exact: Fraction) -> bool:
    """``bound`` is at or below ``exact``, and the next float up is above it."""
    return Fraction(bound) <= exact < Fraction(math.nextafter(bound, INF))


def tight_above(bound: float, exact: Fraction) -> bool:
    return Fraction(math.nextafter(bound, -INF)) < exact <= Fraction(bound)


@given(
    st.sampled_from(sorted(EXACT_TABLE, key=lambda q: q.value)),
    st.one_of(
        st.integers(min_value=0, max_value=10**15).map(float),
        st.floats(min_value=1e-6, max_value=1e15, allow_nan=False),
    ),
    pst.policies(),
)
def test_hedge_intervals_are_sound_and_tight(qualifier, value, policy):
    def tol(name):
        return Fraction(
            repr(getattr(policy, name))
        )  # the tolerance as the decimal it is written as

    low, high, _, _ = policy.interval(qualifier, value)
    exact_low, exact_high = EXACT_TABLE[qualifier](Fraction(value), tol)
    if policy.open_ended and qualifier in (Qualifier.OVER, Qualifier.AT_LEAST):
        exact_high = None
    if policy.open_ended and qualifier in (Qualifier.UNDER, Qualifier.AT_MOST):
        exact_low = Fraction(0)
    assert tight_below(low, exact_low)
    if exact_high is None:
        assert high is None
    else:
        assert tight_above(high, exact_high)


@given(
    st.integers(min_value=0, max_value=10**15),
    st.integers(min_value=-6, max_value=9),
)
def test_plain_intervals_are_sound_and_tight(sig, exp):
    x = Fraction(sig) * Fraction(10) ** exp
    step = Fraction(10) ** exp
    n, d = x.numerator, x.denominator
    sn, sd = step.numerator, step.denominator
    low, high, low_inc, high_inc = NEWS._interval(Qualifier.PLAIN, n, d, (sn, sd))
    assert (low_inc, high_inc) == (True, True)
    assert tight_below(low, max(x - step / 2, Fraction(0))) or (low == 0 and x - step / 2 <= 0)
    assert tight_above(high, x + step / 2)
    literal = LITERAL._interval(Qualifier.PLAIN, n, d, (sn, sd))
    assert tight_below(literal[0], x)
    assert tight_above(literal[1], x)


@given(pst.figures(unit="hour"), st.data())
def test_unit_conversion_is_sound(figure, data):
    value = Fraction(data.draw(pst.values_in(figure)))
    minutes = figure.to("minute")
    assert inside(minutes, value * 60)
    seconds = figure.to("second")
    assert inside(seconds, value * 3600)
    back = minutes.to("hour")
    assert inside(back, value)


def test_no_fraction_on_the_parse_and_check_paths():
    import inspect

    from polevents import _reading, figures

    for module in (_reading, figures):
        assert "Fraction" not in inspect.getsource(module).replace("``Fraction``", "")


def test_repr_shows_public_names_only() -> None:
    figure = Figure.parse("over 446,000 people")
    assert repr(figure) == "Figure('over 446,000 people' → (446,000, 490,600] person, OVER)"
    assert "_low" not in repr(Figure.exact(5, "person"))
    assert "(446,000, 490,600] person" in figure._repr_html_()


def test_printed_bounds_never_narrow_the_interval() -> None:
    # 9.58 is read as [9.575, 9.585]: printing it as 9.57 to 9.59 or 9.58 to 9.58 would lie
    assert str(Figure.parse("9.58 seconds")) == "9.575 to 9.585 second"
    assert Figure.between(1 / 3, 2 / 3, "hour").interval_notation() == "[0.333333, 0.666667] hour"
