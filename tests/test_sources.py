from datetime import UTC, datetime, timedelta
from fractions import Fraction

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from polevents import (
    Certainty,
    Claim,
    Figure,
    IncomparableError,
    Metric,
    Organization,
    Party,
    Rank,
    ReadingPolicy,
    Source,
    Span,
    ValidationError,
    derive,
    reconcile,
)
from polevents import strategies as pst
from polevents.metrics import MetricRegistry

LITERAL = ReadingPolicy.LITERAL

BLOG = Source(publisher="news blog")
TRIBUNE = Source(
    publisher="The Express Tribune",
    url="https://tribune.com.pk/story/2353587/imran-khans-twitter-space-session-breaks-global-records",
    title="Imran Khan's Twitter Space session breaks global records",
    published=Span.parse("2022-04-21", tz="Asia/Karachi"),
    author="Web Desk",
    id="tribune",
)
UNIQUE, AVG, PEAK = Metric.UNIQUE_AUDIENCE, Metric.AVERAGE_CONCURRENT, Metric.PEAK_CONCURRENT


def bounds(figure):
    return (*figure.bounds, figure.low_inclusive, figure.high_inclusive)


def test_the_old_record_conflicts():
    almost = Claim.parse(UNIQUE, "almost 44,000 listens", BLOG)
    over = Claim.parse(UNIQUE, "over 44,000 listeners", TRIBUNE)
    result = reconcile([almost, over])
    assert not result.consistent
    assert bounds(result.figure) == (39_600, 48_400, True, True)
    (conflict,) = result.conflicts
    assert (conflict.first, conflict.second) == (almost, over)
    assert "news blog" in str(conflict)
    assert "The Express Tribune" in str(conflict)
    assert any("conflict" in line for line in result.reasons())


def test_around_165k_and_an_average_of_165000_agree():
    around = Claim.parse(AVG, "around 165K people", BLOG)
    average = Claim.parse(AVG, "an average of 165,000 users", TRIBUNE)
    result = reconcile([around, average])
    assert result.consistent
    assert result.conflicts == ()
    # a bare 165,000 is rounded at its last significant digit
    assert bounds(result.figure) == (164_500, 165_500, True, True)
    assert result.used == (around, average)


def test_ranks():
    normal = Claim.parse(UNIQUE, "over 446,000 people", TRIBUNE)
    deprecated = Claim.parse(UNIQUE, "Thousands of people", BLOG, rank=Rank.DEPRECATED)
    preferred = Claim.parse(UNIQUE, "450,000 people", TRIBUNE, rank=Rank.PREFERRED)
    assert reconcile([normal, deprecated]).figure == normal.figure
    assert reconcile([normal, deprecated]).ignored == (deprecated,)
    assert reconcile([normal, deprecated, preferred]).figure == preferred.figure
    with pytest.raises(ValidationError, match="not deprecated"):
        reconcile([deprecated])


def test_reconcile_under_literal_reading():
    almost = Claim.parse(UNIQUE, "almost 44,000 listens", BLOG)
    over = Claim.parse(UNIQUE, "over 44,000 listeners", TRIBUNE)
    literal = reconcile([almost, over], policy=ReadingPolicy.LITERAL)
    assert literal.figure.bounds == (39_600, None)


def test_claim_refuses_the_wrong_dimension():
    with pytest.raises(ValidationError) as info:
        Claim(metric=UNIQUE, figure=Figure.parse("7 million tweets"))
    assert info.value.field == "Claim.figure"
    assert "unique_audience" in str(info.value)


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: Source(publisher=""), "Source.publisher"),
        (lambda: Source(publisher="X", url="tribune.com.pk/story"), "Source.url"),
        (lambda: Source(publisher="X", url="ftp://tribune.com.pk"), "Source.url"),
        (lambda: Source(publisher="X", published="2022-04-21"), "Source.published"),
        (lambda: Claim(metric="unique_audience", figure=Figure.exact(1, "person")), "Claim.metric"),
        (lambda: Claim(metric=UNIQUE, figure="over 446,000"), "Claim.figure"),
        (lambda: Claim(metric=UNIQUE, figure=Figure.exact(1, "person"), quote=""), "Claim.quote"),
        (
            lambda: Claim(metric=UNIQUE, figure=Figure.exact(1, "person"), rank="normal"),
            "Claim.rank",
        ),
        (
            lambda: Claim(metric=UNIQUE, figure=Figure.exact(1, "person"), source="blog"),
            "Claim.source",
        ),
        (lambda: Claim.parse("unique_audience", "5 people"), "metric"),
        (lambda: reconcile([]), "claims"),
        (lambda: reconcile(["over 5"]), "claims[0]"),
        (lambda: derive(["over 5"], UNIQUE), "claims[0]"),
        (lambda: derive([], "unique_audience"), "metric"),
    ],
)
def test_validation(build, field):
    with pytest.raises(ValidationError) as info:
        build()
    assert info.value.field == field


def test_claims_for_different_metrics_do_not_reconcile():
    with pytest.raises(IncomparableError):
        reconcile([Claim.parse(UNIQUE, "5 people"), Claim.parse(AVG, "5 people")])


def test_peak_is_bounded_by_average_and_unique_audience():
    claims = [
        Claim.parse(AVG, "around 165K people", BLOG),
        Claim.parse(AVG, "an average of 165,000 users", TRIBUNE),
        Claim.parse(UNIQUE, "over 446,000 people", TRIBUNE),
    ]
    result = derive(claims, PEAK)
    assert bounds(result.figure) == (164_500, 490_600, True, True)
    assert result.reconciliation is None
    steps = result.reasons()
    assert steps[0].startswith("peak concurrent audience ≥ 164,500 people because average")
    assert "news blog" in steps[0]
    assert steps[1].startswith("peak concurrent audience ≤ 490,600 people because unique")
    assert set(result.used) == set(claims)


def test_derivation_in_the_issue_s_words():
    # One average claim alone: "around 165K" gives a lower bound of 148,500.
    result = derive([Claim.parse(AVG, "around 165K", TRIBUNE)], PEAK)
    assert str(result.steps[0]) == (
        "peak concurrent audience ≥ 148,500 people because average concurrent audience was "
        '"around 165K" (The Express Tribune), and average concurrent audience is never above '
        "peak concurrent audience"
    )


def test_derivation_tightens_a_direct_figure():
    claims = [
        Claim.parse(PEAK, "more than 165K listeners", BLOG),
        Claim.parse(UNIQUE, "exactly 170,000 people", BLOG),
    ]
    result = derive(claims, PEAK)
    assert bounds(result.figure) == (165_000, 170_000, False, True)


def test_derivation_reports_contradictions_without_tightening():
    claims = [
        Claim(metric=PEAK, figure=Figure.exact(500_000, "person")),
        Claim(metric=UNIQUE, figure=Figure.exact(400_000, "person")),
    ]
    result = derive(claims, PEAK)
    assert result.figure.bounds == (500_000, 500_000)
    (line,) = [step for step in result.reasons() if "contradict" in step]
    # the inequality is stated the right way round
    assert "peak concurrent audience (500,000 people) should not be above unique audience" in line


def test_nothing_to_derive_from():
    result = derive([Claim.parse(Metric.POSTS, "over 7 million tweets")], Metric.ATTENDANCE)
    assert result.figure is None
    assert result.reasons() == ["no claim gives or bounds attendance"]


def test_upper_bound_alone_starts_at_zero():
    result = derive([Claim.parse(UNIQUE, "over 446,000 people")], AVG)
    assert result.figure.bounds == (0, 490_600)


def test_user_inequality():
    registry = MetricRegistry.with_builtins()
    registry.declare_inequality(Metric.ATTENDANCE, Metric.INTERACTIONS)
    result = derive(
        [Claim.parse(Metric.ATTENDANCE, "exactly 10,000 people")],
        Metric.INTERACTIONS,
        registry=registry,
    )
    assert result.figure.bounds == (10_000, None)


# --- properties -------------------------------------------------------------------------


def inside(figure, value):
    low, high = figure.bounds
    ok_low = low is None or value > low or (value == low and figure.low_inclusive)
    ok_high = high is None or value < high or (value == high and figure.high_inclusive)
    return ok_low and ok_high


@given(st.lists(pst.claims(metric=UNIQUE), min_size=1, max_size=4), st.data())
def test_reconciled_figure_contains_a_shared_truth(claims, data):
    # Final figures only: snapshots (as_of) have their own property below.
    claims = [attrs.evolve(c, as_of=None) for c in claims]
    assume(any(c.rank is not Rank.DEPRECATED for c in claims))
    result = reconcile(claims)
    for claim in claims:
        assert claim in result.used or claim in result.ignored
    if result.consistent:
        truth = Fraction(data.draw(pst.values_in(result.figure)))
        assert all(inside(c.figure, truth) for c in result.used)
    else:
        assert result.conflicts
    # Whatever a used claim allows, the reconciled figure allows when consistent;
    # the hull always holds every used claim.
    for claim in result.used:
        value = Fraction(data.draw(pst.values_in(claim.figure)))
        if not result.consistent or all(inside(c.figure, value) for c in result.used):
            assert inside(result.figure, value)


@given(st.lists(pst.figures(unit="person"), min_size=1, max_size=4), st.data())
def test_truth_in_every_claim_is_in_the_reconciliation(figures, data):
    claims = [Claim(metric=UNIQUE, figure=f) for f in figures]
    result = reconcile(claims)
    common = result.figure if result.consistent else None
    if common is not None:
        truth = Fraction(data.draw(pst.values_in(common)))
        assert all(inside(f, truth) for f in figures)
        assert inside(result.figure, truth)


@given(st.lists(pst.figures(unit="person"), min_size=3, max_size=3), st.data())
def test_derivation_is_sound(figures, data):
    # A true value inside each figure; sorting the (value, figure) pairs gives
    # truths that satisfy avg <= peak <= unique, each inside its own claim.
    pairs = sorted(
        ((Fraction(data.draw(pst.values_in(f))), i, f) for i, f in enumerate(figures)),
        key=lambda pair: (pair[0], pair[1]),
    )
    (avg, _, avg_fig), (peak, _, peak_fig), (unique, _, unique_fig) = pairs
    which = data.draw(st.sampled_from(["avg", "peak", "unique"]))
    kept = [
        Claim(metric=metric, figure=figure)
        for metric, figure, name in (
            (AVG, avg_fig, "avg"),
            (PEAK, peak_fig, "peak"),
            (UNIQUE, unique_fig, "unique"),
        )
        if name == which or data.draw(st.booleans())
    ]
    target = {"avg": AVG, "peak": PEAK, "unique": UNIQUE}[which]
    truth = {"avg": avg, "peak": peak, "unique": unique}[which]
    result = derive(kept, target)
    assert result.figure is not None
    assert inside(result.figure, truth)


# --- issue 12: who made the estimate, quotes, snapshots -----------------------------------

START = datetime(2024, 3, 1, 18, tzinfo=UTC)
END = START + timedelta(hours=5)


def at(hours):
    moment = START + timedelta(hours=hours)
    return Span(start=moment, end=moment + timedelta(minutes=1), exact=False)


def test_attributed_to_and_subject():
    police = Organization(name="Punjab Police", abbreviation="police")
    claim = Claim(
        metric=Metric.ATTENDANCE,
        figure=Figure.exact(25_000, "person"),
        source=TRIBUNE,
        attributed_to=police,
    )
    assert claim.attributed_to is police
    assert Claim(metric=Metric.ATTENDANCE, figure=claim.figure, attributed_to="the party")
    for bad in ("", "  ", 5):
        with pytest.raises(ValidationError) as info:
            Claim(metric=Metric.ATTENDANCE, figure=claim.figure, attributed_to=bad)
        assert info.value.field == "Claim.attributed_to"
    with pytest.raises(ValidationError) as info:
        Claim(metric=Metric.ATTENDANCE, figure=claim.figure, subject="")
    assert info.value.field == "Claim.subject"


def test_parse_keeps_the_whole_quote():
    quote = "Police put the crowd at about 25,000, while PTI claimed over 100,000."
    claim = Claim.parse(Metric.ATTENDANCE, "about 25,000", quote=quote, attributed_to="police")
    assert claim.quote == quote
    assert claim.figure.bounds == (22_500, 27_500)
    assert Claim.parse(Metric.ATTENDANCE, "about 25,000").quote == "about 25,000"
    with pytest.raises(ValidationError) as info:
        Claim.parse(Metric.ATTENDANCE, "about 25,000", quote="")
    assert info.value.field == "quote"


def test_estimates_by_different_estimators_conflict_and_say_who():
    police = Claim.parse(Metric.ATTENDANCE, "about 25,000", attributed_to="police")
    party = Claim.parse(Metric.ATTENDANCE, "over 100,000", attributed_to="PTI")
    result = reconcile([police, party])
    assert not result.consistent
    assert "estimate by police" in "\n".join(result.reasons())
    assert "estimate by PTI" in "\n".join(result.reasons())


def test_a_cumulative_snapshot_is_a_lower_bound():
    early = Claim(
        metric=UNIQUE, figure=Figure.over(3_600_000, "person"), quote="over 3.6M", as_of=at(1)
    )
    final = Claim(metric=UNIQUE, figure=Figure.over(8_000_000, "person"), quote="over 8M")
    together = reconcile([early, final], closes=END)
    assert together.consistent
    assert together.figure.bounds == (8_000_000, 8_800_000)
    reasons = "\n".join(together.reasons())
    assert "before the count closed; unique audience is cumulative" in reasons
    # a count taken after the close is a final figure like one with no as_of
    late = attrs.evolve(final, as_of=at(6))
    assert reconcile([early, late], closes=END).figure.bounds == (8_000_000, 8_800_000)
    # without a closing time every dated count is a snapshot: only a lower bound is left
    alone = reconcile([early, late])
    assert alone.figure.bounds == (8_000_000, None)


def test_a_snapshot_raises_the_lower_bound_of_conflicting_final_reports():
    # La Velada V (twitch_peaks.json): two final peaks that conflict, 9,334,179 (Streams
    # Charts) and 9.19 million (the organisers), and counts taken while it was on air:
    # more than 4 million, more than 5 million, more than 9.3 million. The snapshots only
    # raise the lower bound of the final figure; they never open its upper bound.
    charts = Claim(metric=PEAK, figure=Figure.parse("9,334,179 viewers"), quote="9,334,179")
    organisers = Claim(metric=PEAK, figure=Figure.parse("9.19 million viewers"), quote="9.19m")
    snapshots = [
        Claim.parse(PEAK, f"more than {n} million viewers", as_of=at(h))
        for n, h in (("4", 1), ("5", 2), ("9.3", 3))
    ]
    finals = reconcile([charts, organisers], closes=END)
    assert finals.figure.bounds == (9_185_000, 9_334_179.5)
    result = reconcile([charts, organisers, *snapshots], closes=END)
    assert result.figure.bounds == (9_300_000, 9_334_179.5)
    assert (result.figure.low_inclusive, result.figure.high_inclusive) == (False, True)
    assert not result.consistent
    # the organisers' 9.19 million is below what was counted before the close
    pairs = {(c.first.quote, c.second.quote) for c in result.conflicts}
    assert pairs == {("9,334,179", "9.19m"), ("more than 9.3 million viewers", "9.19m")}
    reasons = "\n".join(result.reasons())
    assert "put the final peak concurrent audience at more than 9.3 million people" in reasons
    # the earlier snapshots alone leave the final reports' range as it was
    early = reconcile([charts, organisers, *snapshots[:2]], closes=END)
    assert early.figure.bounds == finals.figure.bounds


def test_a_snapshot_above_every_final_report_is_a_conflict_not_applied():
    final = Claim(metric=UNIQUE, figure=Figure.exact(100, "person"), quote="100")
    snapshot = Claim(metric=UNIQUE, figure=Figure.exact(150, "person"), quote="150", as_of=at(1))
    result = reconcile([final, snapshot], closes=END)
    assert result.figure.bounds == (100, 100)
    assert not result.consistent
    assert [(c.first.quote, c.second.quote) for c in result.conflicts] == [("150", "100")]
    assert "the final reports' range is kept" in "\n".join(result.reasons())


@given(
    st.lists(pst.figures(unit="person"), min_size=1, max_size=3),
    st.lists(pst.figures(unit="person"), min_size=1, max_size=3),
    st.integers(0, 10**9),
)
def test_snapshots_only_ever_narrow_the_final_figure(finals, snapshots, other):
    # Whatever the final reports say (agreeing or not) and whatever was counted before the
    # close, the snapshots never widen the figure: a certain answer stays certain.
    final_claims = [Claim(metric=UNIQUE, figure=f) for f in finals]
    early = [Claim(metric=UNIQUE, figure=f, as_of=at(1)) for f in snapshots]
    before = reconcile(final_claims, closes=END).figure
    after = reconcile([*final_claims, *early], closes=END).figure
    low, high = before.bounds
    new_low, new_high = after.bounds
    assert high == new_high
    assert after.high_inclusive == before.high_inclusive
    assert new_low is not None
    if low is not None:
        assert new_low > low or (
            new_low == low and (before.low_inclusive or not after.low_inclusive)
        )
    record = Figure.exact(other, "person")
    answer = before.exceeds(record)
    if answer is not Certainty.MAYBE:
        assert after.exceeds(record) is answer
    assert record.exceeds(after) is record.exceeds(before) or record.exceeds(before) is (
        Certainty.MAYBE
    )


def test_instant_counts_at_different_moments_never_conflict():
    first = Claim(metric=Metric.CONCURRENT, figure=Figure.exact(380_000, "person"), as_of=at(1))
    second = Claim(metric=Metric.CONCURRENT, figure=Figure.exact(500_000, "person"), as_of=at(2))
    result = reconcile([first, second], closes=END)
    assert result.consistent
    assert result.figure.bounds == (380_000, 500_000)
    assert result.lower_bound() == (500_000, True)
    assert "counted at 2 different moments" in "\n".join(result.reasons())
    # and the highest of them is a lower bound on the peak
    peak = derive([first, second], PEAK, closes=END)
    assert peak.figure.bounds == (500_000, None)
    assert "concurrent audience is never above peak concurrent audience" in "\n".join(
        peak.reasons()
    )
    # two counts at the same moment are compared, as any two claims are
    same = attrs.evolve(second, as_of=at(1))
    assert not reconcile([first, same], closes=END).consistent


def test_an_average_so_far_bounds_only_the_peak():
    so_far = Claim(metric=AVG, figure=Figure.exact(200_000, "person"), as_of=at(1))
    result = reconcile([so_far], closes=END)
    assert result.figure.bounds == (0, None)
    assert "says nothing of the final average" in "\n".join(result.reasons())
    assert derive([so_far], PEAK, closes=END).figure.bounds == (200_000, None)


def test_a_fixed_metric_ignores_as_of():
    a = Claim(metric=Metric.ATTENDANCE, figure=Figure.exact(10, "person"), as_of=at(1))
    assert reconcile([a], closes=END).figure.bounds == (10, 10)


def test_claims_about_a_subject_stay_apart():
    pti = Party(name="Pakistan Tehreek-e-Insaf", abbreviation="PTI")
    claims = [
        Claim(metric=Metric.ATTENDANCE, figure=Figure.exact(10, "person"), subject=pti),
        Claim(metric=Metric.ATTENDANCE, figure=Figure.exact(30, "person"), subject="PML-N"),
        Claim(metric=Metric.ATTENDANCE, figure=Figure.exact(40, "person")),
    ]
    assert derive(claims, Metric.ATTENDANCE).figure.bounds == (40, 40)
    assert derive(claims, Metric.ATTENDANCE, subject="pti").figure.bounds == (10, 10)
    assert derive(claims, Metric.ATTENDANCE, subject="PML-N").figure.bounds == (30, 30)
    assert derive(claims, Metric.ATTENDANCE, subject="PPP").figure is None


@given(
    st.integers(0, 10**9),
    st.integers(0, 10**9),
    st.integers(0, 10**9),
    st.data(),
)
def test_an_earlier_snapshot_never_makes_a_certain_answer_maybe(final, growth, other, data):
    # The truth: `final` at the close, `final - growth` (never negative) at the snapshot.
    earlier = max(final - growth, 0)
    final_fig = data.draw(around(final))
    snapshot_fig = data.draw(around(earlier))
    claims = [Claim(metric=UNIQUE, figure=final_fig)]
    with_snapshot = [*claims, Claim(metric=UNIQUE, figure=snapshot_fig, as_of=at(1))]
    record = Figure.exact(other, "person")
    before = reconcile(claims, closes=END).figure.exceeds(record)
    after_result = reconcile(with_snapshot, closes=END)
    assert after_result.consistent
    after = after_result.figure.exceeds(record)
    if before is not Certainty.MAYBE:
        assert after is before


def around(value):
    """A figure holding ``value``: exact, between two bounds, or unbounded above."""
    return st.one_of(
        st.just(Figure.exact(value, "person")),
        st.tuples(st.integers(0, value), st.integers(value, value + 10**6)).map(
            lambda pair: Figure.between(pair[0], pair[1], "person")
        ),
        st.integers(0, value).map(lambda low: Figure.at_least(low, "person", policy=LITERAL)),
    )


@given(st.integers(0, 10**9), st.integers(0, 10**9), st.integers(0, 10**9), st.data())
def test_an_instant_count_never_makes_a_certain_peak_answer_maybe(peak, drop, other, data):
    # The truth: the peak, and a count at some moment that is at most the peak.
    moment_value = max(peak - drop, 0)
    claims = [Claim(metric=PEAK, figure=data.draw(around(peak)))]
    with_moment = [
        *claims,
        Claim(metric=Metric.CONCURRENT, figure=data.draw(around(moment_value)), as_of=at(1)),
    ]
    record = Figure.exact(other, "person")
    before = derive(claims, PEAK, closes=END).figure.exceeds(record)
    after = derive(with_moment, PEAK, closes=END).figure.exceeds(record)
    if before is not Certainty.MAYBE:
        assert after is before
