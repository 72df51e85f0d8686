from fractions import Fraction

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from polevents import (
    Claim,
    Figure,
    IncomparableError,
    Metric,
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
    assert bounds(result.figure) == (165_000, 165_000, True, True)
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
    assert bounds(result.figure) == (165_000, 490_600, True, True)
    assert result.reconciliation is None
    steps = result.reasons()
    assert steps[0].startswith("peak concurrent audience ≥ 165,000 people because average")
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
        Claim.parse(UNIQUE, "170,000 people", BLOG),
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
        [Claim.parse(Metric.ATTENDANCE, "10,000 people")], Metric.INTERACTIONS, registry=registry
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
