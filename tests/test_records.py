import contextlib
import itertools
from datetime import datetime, timedelta
from fractions import Fraction

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from polevents import (
    AudioSession,
    Certainty,
    Claim,
    Direction,
    Figure,
    IncomparableError,
    Metric,
    Outcome,
    Person,
    Rally,
    ReadingPolicy,
    Record,
    RecordBook,
    RecordCategory,
    Source,
    Span,
    ValidationError,
    check,
)
from polevents import strategies as pst

K = "Asia/Karachi"
BLOG = Source(publisher="news blog")
TRIBUNE = Source(publisher="The Express Tribune")
UNIQUE_ON_SPACES = RecordCategory(
    metric=Metric.UNIQUE_AUDIENCE, platform="Twitter Spaces", event_type="audio_session"
)
PEAK_ON_SPACES = RecordCategory(metric=Metric.PEAK_CONCURRENT, platform="X Spaces")
KPOP = Record.from_claims(
    UNIQUE_ON_SPACES,
    "K-POP Lyrical",
    [
        Claim.parse(Metric.UNIQUE_AUDIENCE, "almost 44,000 listens", BLOG),
        Claim.parse(Metric.UNIQUE_AUDIENCE, "over 44,000 listeners", TRIBUNE),
    ],
    set_on=Span.parse("2021", tz="UTC"),
    id="kpop-lyrical",
)
SPACE = AudioSession(
    id="imran-khan-space",
    title="Imran Khan's Twitter Space",
    when=Span.parse("2022-04-20T22:00+05:00"),
    platform="Twitter Spaces",
    hosts=(Person(name="Arslan Khan"), Person(name="Jibran Ilyas")),
    claims=(
        Claim.parse(Metric.AVERAGE_CONCURRENT, "around 165K people", BLOG),
        Claim.parse(Metric.AVERAGE_CONCURRENT, "an average of 165,000 users", TRIBUNE),
        Claim.parse(Metric.UNIQUE_AUDIENCE, "over 446,000 people", TRIBUNE),
        Claim.parse(Metric.PEAK_CONCURRENT, "more than 165K listeners", BLOG),
        Claim.parse(Metric.INTERACTIONS, "about half a million people", BLOG),
    ),
)


# --- the 2022 case, worked out by hand ----------------------------------------------------
# Challenger: "over 446,000" under NEWS is (446,000, 490,600].
# Record: "almost 44,000" is [39,600, 44,000) and "over 44,000" is (44,000, 48,400];
# they share no value, so the record is their hull [39,600, 48,400].
# Margin: (446,000 - 48,400, 490,600 - 39,600] = (397,600, 451,000].
# Ratio: 446,000 / 48,400 = 9.2149 to 490,600 / 39,600 = 12.3889.


def test_the_space_broke_the_kpop_record_under_news():
    verdict = check(SPACE, KPOP)
    assert verdict.outcome is Outcome.BROKEN
    assert verdict.broke is Certainty.YES
    assert verdict.challenger.bounds == (446_000, 490_600)
    assert verdict.record_value.bounds == (39_600, 48_400)
    assert verdict.margin.bounds == (397_600, 451_000)
    assert (verdict.margin.low_inclusive, verdict.margin.high_inclusive) == (False, True)
    low, high = verdict.ratio
    assert low == pytest.approx(446_000 / 48_400)
    assert high == pytest.approx(490_600 / 39_600)
    percent_low, percent_high = verdict.percent
    assert percent_low == pytest.approx((446_000 / 48_400 - 1) * 100)
    assert percent_high == pytest.approx((490_600 / 39_600 - 1) * 100)
    assert str(verdict) == (
        "Imran Khan's Twitter Space (446,000 to 490,600 people) broke the record held by "
        "K-POP Lyrical (39,600 to 48,400 people; the reports conflict) by 397,600 to "
        "451,000 people (9.2× to 12.4×)."
    )


def test_reasons_name_claims_conflicts_and_policy():
    reasons = "\n".join(map(str, check(SPACE, KPOP).reasons))
    assert '"over 446,000 people" (The Express Tribune)' in reasons
    assert "the reports conflict" in reasons
    assert "news blog" in reasons
    assert "NEWS policy" in reasons


def test_literal_reading_is_undetermined():
    verdict = check(SPACE, KPOP, policy=ReadingPolicy.LITERAL)
    assert verdict.outcome is Outcome.UNDETERMINED
    assert verdict.broke is Certainty.MAYBE
    # "over 44,000" has no upper bound now, so neither has the record's hull.
    assert verdict.record_value.bounds == (39_600, None)
    assert verdict.challenger.bounds == (446_000, None)
    assert "no upper bound" in "\n".join(map(str, verdict.reasons))
    assert "LITERAL" in "\n".join(map(str, verdict.reasons))
    assert "no upper bound" in str(verdict)


def test_average_settles_a_peak_record_through_the_inequality():
    space = AudioSession(
        title="A Space",
        when=Span.parse("2022-04-20T22:00+05:00"),
        platform="Twitter Spaces",
        claims=(Claim.parse(Metric.AVERAGE_CONCURRENT, "an average of 165,000 users", TRIBUNE),),
    )
    peak_record = Record(
        category=PEAK_ON_SPACES,
        holder="K-POP Lyrical",
        value=Figure.parse("almost 44,000 people"),
        set_on=Span.parse("2021", tz="UTC"),
    )
    verdict = check(space, peak_record)
    assert verdict.outcome is Outcome.BROKEN
    assert verdict.challenger.bounds == (165_000, None)
    assert any("because average concurrent audience was" in str(r) for r in verdict.reasons)


def test_incomparable_when_no_figure_can_be_had():
    views = RecordCategory(metric=Metric.VIEWS, platform="Twitter Spaces")
    record = Record(
        category=views, holder="someone", value=Figure.exact(10, "view"), set_on=KPOP.set_on
    )
    verdict = check(SPACE, record)
    assert verdict.outcome is Outcome.INCOMPARABLE
    assert verdict.broke is Certainty.MAYBE
    assert str(verdict) == (
        "Imran Khan's Twitter Space cannot be compared with the record for highest views on "
        "Twitter Spaces: the category needs views, and the reports give average concurrent "
        "audience, unique audience, peak concurrent audience, people who interacted, which say "
        "nothing about it."
    )


def test_incomparable_when_the_event_does_not_compete():
    rally = Rally(title="A rally", when=SPACE.when)
    verdict = check(rally, KPOP)
    assert verdict.outcome is Outcome.INCOMPARABLE
    assert "does not compete" in str(verdict.reasons[0])
    assert str(verdict) == (
        "A rally cannot be compared with the record for highest unique audience for an audio "
        "session on Twitter Spaces: it is a rally, and the category is for an audio session "
        "on Twitter Spaces."
    )


def test_a_figure_of_another_dimension_is_refused():
    with pytest.raises(IncomparableError):
        check(Figure.parse("7 million tweets"), KPOP)


# --- lower is better -------------------------------------------------------------------

FASTEST = RecordCategory(
    metric=Metric.DURATION, event_type="100 m", direction=Direction.LOWER, title="fastest 100 m"
)
THIRTY = Record(category=FASTEST, holder="A", value=Figure.exact(30, "minute"), set_on=KPOP.set_on)


def test_lower_is_better_broken():
    verdict = check(Figure.parse("25 minutes"), THIRTY)
    assert verdict.outcome is Outcome.BROKEN
    assert verdict.margin.bounds == (5, 5)  # record - challenger
    assert verdict.ratio == pytest.approx((1.2, 1.2))  # record / challenger, rounded outward
    assert verdict.ratio[0] <= 1.2 <= verdict.ratio[1]
    # a gain under double reads as a percentage, never "1.2×"
    assert str(verdict) == "Broke the record held by A (30 minutes) by 5 minutes (20% better)."


def test_lower_is_better_tie():
    verdict = check(Figure.exact(0.5, "hour"), THIRTY)
    assert verdict.outcome is Outcome.TIED
    assert verdict.broke is Certainty.NO
    assert str(verdict) == "Tied the record held by A (30 minutes)."


def test_lower_is_better_not_broken_and_undetermined():
    slower = check(Figure.parse("35 minutes"), THIRTY)
    assert slower.outcome is Outcome.NOT_BROKEN
    assert (
        str(slower)
        == "Did not break the record held by A (30 minutes): it fell short by 5 minutes."
    )
    close = check(Figure.parse("about 28 minutes"), THIRTY)
    assert close.outcome is Outcome.UNDETERMINED


def test_equal_but_not_exact_is_not_a_tie():
    verdict = check(Figure.parse("up to 30 minutes"), THIRTY)
    assert verdict.outcome is Outcome.UNDETERMINED


def test_first_for_an_empty_category():
    verdict = check(SPACE, UNIQUE_ON_SPACES)
    assert verdict.outcome is Outcome.FIRST
    assert verdict.broke is Certainty.YES
    assert str(verdict) == (
        "Imran Khan's Twitter Space (446,000 to 490,600 people) sets the first record for "
        "highest unique audience for an audio session on Twitter Spaces."
    )


def test_category_labels_and_fit():
    assert RecordCategory(metric=Metric.POSTS, scope="PK").label == "highest posts (PK)"
    assert FASTEST.label == "fastest 100 m"
    assert not FASTEST.fits(SPACE)  # a free label fits no event type
    assert PEAK_ON_SPACES.platform == "Twitter Spaces"
    assert PEAK_ON_SPACES.fits(SPACE)
    assert not RecordCategory(metric=Metric.VIEWS, platform="YouTube").fits(SPACE)


# --- the record book --------------------------------------------------------------------


def test_book_checks_against_the_record_standing_when_the_event_began():
    book = RecordBook()
    book.add(KPOP)
    book.add_category(PEAK_ON_SPACES)
    verdicts = book.check(SPACE)
    assert [v.category for v in verdicts] == [UNIQUE_ON_SPACES, PEAK_ON_SPACES]
    assert [v.outcome for v in verdicts] == [Outcome.BROKEN, Outcome.FIRST]
    # Before K-POP's record there was none.
    early = book.check(SPACE, as_of=Span.parse("2020", tz="UTC"))
    assert early[0].outcome is Outcome.FIRST


def test_submit_adds_only_certain_records():
    book = RecordBook()
    book.add(KPOP)
    added = book.submit(SPACE)
    assert [r.holder for r in added] == ["Imran Khan's Twitter Space"]
    assert book.current(UNIQUE_ON_SPACES).event_id == "imran-khan-space"
    assert book.history(UNIQUE_ON_SPACES) == [KPOP, added[0]]
    # The event never competes against its own record.
    assert book.check(SPACE)[0].record == KPOP
    assert book.current(UNIQUE_ON_SPACES, as_of=SPACE.when) == KPOP
    assert book.current(UNIQUE_ON_SPACES, as_of=datetime(2022, 1, 1).astimezone()) == KPOP
    assert (
        book.submit(attrs.evolve(SPACE, title="Under LITERAL"), policy=ReadingPolicy.LITERAL) == []
    )


def test_add_refuses_a_record_that_certainly_does_not_beat_the_one_before():
    book = RecordBook()
    book.add(KPOP)
    weak = Record(
        category=UNIQUE_ON_SPACES,
        holder="B",
        value=Figure.exact(30_000, "person"),
        set_on=Span.parse("2022", tz="UTC"),
    )
    with pytest.raises(ValidationError, match="certainly does neither") as info:
        book.add(weak)
    message = str(info.value)
    assert "highest unique audience" in message
    assert "30,000 people" in message
    assert "39,600 to 48,400 people" in message
    # In the other insertion order too: the older record is checked against it.
    other = RecordBook()
    other.add(weak)
    with pytest.raises(ValidationError, match="certainly does neither"):
        other.add(KPOP)


def test_add_keeps_an_uncertain_step_and_says_why():
    book = RecordBook()
    book.add(KPOP)
    hedged = Record(
        category=UNIQUE_ON_SPACES,
        holder="B",
        value=Figure.parse("about 45,000 people"),
        set_on=Span.parse("2022", tz="UTC"),
    )
    step = book.add(hedged)
    assert step.uncertain
    assert step.beats is Certainty.MAYBE
    assert step.previous == KPOP
    assert str(step) == (
        "uncertain step: B (40,500 to 49,500 people) may or may not beat K-POP Lyrical "
        "(39,600 to 48,400 people) — [40,500, 49,500] people against [39,600, 48,400] people"
    )
    assert [s.uncertain for s in book.steps(UNIQUE_ON_SPACES)] == [False, True]
    assert [r["step"] for r in book.progression(UNIQUE_ON_SPACES)] == ["first", "uncertain"]


def test_add_in_either_order():
    space_record = Record(
        category=UNIQUE_ON_SPACES,
        holder="Space",
        value=Figure.parse("over 446,000 people"),
        set_on=SPACE.when,
    )
    book = RecordBook()
    book.add(space_record)
    book.add(KPOP)
    assert book.history(UNIQUE_ON_SPACES) == [KPOP, space_record]
    rows = book.progression(UNIQUE_ON_SPACES)
    assert [(r["holder"], r["low"], r["high"]) for r in rows] == [
        ("K-POP Lyrical", 39_600, 48_400),
        ("Space", 446_000, 490_600),
    ]
    assert rows[0]["unit"] == "person"


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: RecordCategory(metric="unique_audience"), "RecordCategory.metric"),
        (lambda: RecordCategory(metric=Metric.VIEWS, scope=""), "RecordCategory.scope"),
        (
            lambda: RecordCategory(metric=Metric.VIEWS, direction="higher"),
            "RecordCategory.direction",
        ),
        (lambda: RecordCategory(metric=Metric.VIEWS, platform=""), "platform"),
        (lambda: RecordCategory(metric=Metric.VIEWS, event_type=""), "RecordCategory.event_type"),
        (
            lambda: Record(
                category=FASTEST, holder="", value=Figure.exact(1, "minute"), set_on=KPOP.set_on
            ),
            "Record.holder",
        ),
        (
            lambda: Record(
                category=FASTEST, holder=5, value=Figure.exact(1, "minute"), set_on=KPOP.set_on
            ),
            "Record.holder",
        ),
        (
            lambda: Record(
                category=FASTEST, holder="A", value=Figure.exact(1, "person"), set_on=KPOP.set_on
            ),
            "Record.value",
        ),
        (
            lambda: Record(
                category=FASTEST, holder="A", value=Figure.exact(1, "minute"), set_on="2021"
            ),
            "Record.set_on",
        ),
        (
            lambda: Record(
                category=UNIQUE_ON_SPACES,
                holder="A",
                value=Figure.exact(1, "person"),
                set_on=KPOP.set_on,
                claims=(Claim.parse(Metric.PEAK_CONCURRENT, "5 people"),),
            ),
            "Record.claims[0]",
        ),
        (lambda: check(SPACE, "kpop"), "record"),
        (lambda: check("over 446,000", KPOP), "challenger"),
        (lambda: RecordBook().add("kpop"), "record"),
        (lambda: RecordBook().add_category("unique"), "category"),
        (lambda: RecordBook().check("space"), "event"),
        (lambda: RecordBook().current(UNIQUE_ON_SPACES, as_of="2022"), "as_of"),
        (lambda: RecordBook().current(UNIQUE_ON_SPACES, as_of=datetime(2022, 1, 1)), "as_of"),
    ],
)
def test_validation(build, field):
    with pytest.raises(ValidationError) as info:
        build()
    assert info.value.field == field


# --- properties -------------------------------------------------------------------------


@given(
    pst.figures(unit="person"),
    pst.figures(unit="person"),
    st.sampled_from(list(Direction)),
    st.data(),
)
def test_verdicts_are_never_contradicted(challenger, value, direction, data):
    category = RecordCategory(metric=Metric.ATTENDANCE, direction=direction)
    record = Record(category=category, holder="H", value=value, set_on=KPOP.set_on)
    verdict = check(challenger, record)
    x = Fraction(data.draw(pst.values_in(challenger)))
    y = Fraction(data.draw(pst.values_in(value)))
    better = x > y if direction is Direction.HIGHER else x < y
    if verdict.outcome is Outcome.BROKEN:
        assert better
    elif verdict.outcome is Outcome.NOT_BROKEN:
        assert not better
    elif verdict.outcome is Outcome.TIED:
        assert x == y
    true_margin = x - y if direction is Direction.HIGHER else y - x
    low, high = verdict.margin.bounds
    assert low is None or true_margin > low or (true_margin == low and verdict.margin.low_inclusive)
    assert (
        high is None
        or true_margin < high
        or (true_margin == high and verdict.margin.high_inclusive)
    )
    assert isinstance(str(verdict), str)
    assert str(verdict).endswith(".")


@given(
    st.lists(st.tuples(pst.figures(unit="person"), st.integers(0, 10_000)), max_size=8),
    st.sampled_from(list(Direction)),
)
def test_history_is_monotone(entries, direction):
    category = RecordCategory(metric=Metric.ATTENDANCE, direction=direction)
    book = RecordBook()
    start = datetime(2000, 1, 1).astimezone()
    for n, (value, day) in enumerate(entries):
        when = Span(start=start + timedelta(days=day), end=start + timedelta(days=day + 1))
        with contextlib.suppress(ValidationError):
            book.add(Record(category=category, holder=f"H{n}", value=value, set_on=when))
    history = book.history(category)
    for older, newer in itertools.pairwise(history):
        assert older.set_on.start <= newer.set_on.start
        # never a step that is certainly worse: ties and uncertain steps are kept
        if direction is Direction.HIGHER:
            assert newer.value.falls_short_of(older.value) is not Certainty.YES
        else:
            assert newer.value.exceeds(older.value) is not Certainty.YES
