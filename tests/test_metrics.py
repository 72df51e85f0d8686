import pytest

from polevents import Metric, ValidationError
from polevents.metrics import BUILTINS, Inequality, MetricRegistry


def test_builtins_and_keys():
    assert Metric.get("unique_audience") is Metric.UNIQUE_AUDIENCE
    assert {m.key for m in BUILTINS} == {
        "average_concurrent",
        "peak_concurrent",
        "unique_audience",
        "attendance",
        "interactions",
        "posts",
        "views",
        "duration",
        "concurrent",
        "votes",
        "turnout",
        "vote_share",
        "funds_raised",
        "followers",
        "time_to",
    }
    assert Metric.POSTS.dimension == "[content]"
    assert Metric.DURATION.dimension == "[time]"


def test_inequalities_are_transitive():
    registry = Metric.registry()
    assert registry.above(Metric.AVERAGE_CONCURRENT) == [
        Metric.PEAK_CONCURRENT,
        Metric.UNIQUE_AUDIENCE,
    ]
    assert registry.below(Metric.UNIQUE_AUDIENCE) == [
        Metric.PEAK_CONCURRENT,
        Metric.AVERAGE_CONCURRENT,
        Metric.CONCURRENT,
    ]
    assert registry.below(Metric.ATTENDANCE) == []
    chain = registry.chain(Metric.AVERAGE_CONCURRENT, Metric.UNIQUE_AUDIENCE)
    assert [str(step) for step in chain] == [
        "average concurrent audience ≤ peak concurrent audience",
        "peak concurrent audience ≤ unique audience",
    ]


def test_users_declare_their_own():
    registry = MetricRegistry.with_builtins()
    replays = registry.declare(
        Metric(key="replay_listeners", label="replay listeners", unit="person")
    )
    registry.declare_inequality(replays, Metric.UNIQUE_AUDIENCE)
    assert registry.get("replay_listeners") is replays
    assert replays in registry.below(Metric.UNIQUE_AUDIENCE)
    assert replays not in Metric.registry().below(Metric.UNIQUE_AUDIENCE)


def test_declare_on_the_default_registry():
    metric = Metric.declare("test_only_listens", "listens (test)", "person")
    assert Metric.get("test_only_listens") is metric
    assert Metric.declare("test_only_listens", "listens (test)", "person") == metric


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: Metric(key="Views", label="views", unit="view"), "Metric.key"),
        (lambda: Metric(key="", label="views", unit="view"), "Metric.key"),
        (lambda: Metric(key="views", label="", unit="view"), "Metric.label"),
        (lambda: Metric(key="views", label="views", unit="furlong"), "Metric.unit"),
        (lambda: Metric(key="views", label="views", unit=3), "Metric.unit"),
        (lambda: Inequality(Metric.POSTS, Metric.UNIQUE_AUDIENCE), "Inequality.larger"),
        (lambda: Inequality(Metric.POSTS, Metric.POSTS), "Inequality.larger"),
        (lambda: Inequality("posts", Metric.POSTS), "Inequality.smaller"),
        (lambda: Metric.get("listens"), "metric"),
        (lambda: MetricRegistry().declare("views"), "metric"),
        (
            lambda: MetricRegistry.with_builtins().declare(
                Metric(key="views", label="something else", unit="view")
            ),
            "Metric.key",
        ),
    ],
)
def test_validation(build, field):
    with pytest.raises(ValidationError) as info:
        build()
    assert info.value.field == field
