"""Hypothesis strategies for polevents' domain types.

Users get these too, for testing their own code against polevents values::

    from hypothesis import given
    from polevents import strategies as pst

    @given(pst.figures())
    def test_my_code(figure): ...

Once hypothesis is imported, ``st.from_type(Figure)`` works as well, through
the ``hypothesis`` entry point; ``import polevents`` never imports hypothesis.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta
from typing import Any

import attrs
from hypothesis import strategies as st

from polevents._validators import country_codes
from polevents.actors import Organization, Party, Person, Role
from polevents.events import (
    Advisory,
    AdvisoryKind,
    AttendanceMode,
    AudioSession,
    Event,
    Rally,
    Trend,
)
from polevents.figures import POLICY_HEDGES, Figure, Qualifier, ReadingPolicy
from polevents.io import Dataset
from polevents.metrics import BUILTINS, Metric
from polevents.places import Place
from polevents.records import Record, RecordCategory
from polevents.sources import Claim, Rank, Source
from polevents.timeline import Precision, Span, get_zone

__all__ = [
    "advisories",
    "claims",
    "countries",
    "datasets",
    "events",
    "figures",
    "ids",
    "instants",
    "metrics",
    "names",
    "occupied",
    "organizations",
    "parties",
    "people",
    "places",
    "policies",
    "roles",
    "sources",
    "spans",
    "units",
    "values_in",
    "zones",
]

UNITS: tuple[str, ...] = ("person", "post", "view", "second", "minute", "hour", "day")

#: Magnitudes that stay well inside float range even after widening, and well
#: above the subnormals, where "almost x" would round to the empty [x, x).
_MAGNITUDES = st.one_of(
    st.integers(min_value=0, max_value=10**12).map(float),
    st.floats(min_value=1e-3, max_value=1e12, allow_nan=False, allow_infinity=False),
)


def units() -> st.SearchStrategy[str]:
    """Canonical unit names the registry knows."""
    return st.sampled_from(UNITS)


def policies() -> st.SearchStrategy[ReadingPolicy]:
    """The built-in policies and custom ones with random tolerances."""
    tolerance = st.floats(min_value=0.001, max_value=0.5, allow_nan=False)
    custom = st.builds(
        ReadingPolicy,
        name=st.just("custom"),
        about=tolerance,
        almost=tolerance,
        over=tolerance,
        under=tolerance,
        open_ended=st.booleans(),
    )
    return st.one_of(st.sampled_from([ReadingPolicy.NEWS, ReadingPolicy.LITERAL]), custom)


# The hedges whose reading depends on the policy, in a fixed order for shrinking.
_HEDGED = tuple(sorted(POLICY_HEDGES, key=lambda q: list(Qualifier).index(q)))


@st.composite
def figures(
    draw: st.DrawFn,
    unit: str | None = None,
    policy: ReadingPolicy | None = None,
) -> Figure:
    """Reported figures, built through the public constructors.

    Args:
        unit: Keep every figure in this unit (random known units otherwise).
        policy: Read hedges with this policy (random policies otherwise).
    """
    unit_name = unit if unit is not None else draw(units())
    kind = draw(st.sampled_from(("exact", "hedged", "between", "vague")))
    if kind == "exact":
        return Figure.exact(draw(_MAGNITUDES), unit_name)
    if kind == "between":
        a, b = draw(_MAGNITUDES), draw(_MAGNITUDES)
        return Figure.between(min(a, b), max(a, b), unit_name)
    reading = policy if policy is not None else draw(policies())
    if kind == "vague":
        word = draw(st.sampled_from([w for w, _, _ in reading.vague]))
        return Figure.vague(word, unit_name, reading)
    qualifier = draw(st.sampled_from(_HEDGED))
    value = draw(_MAGNITUDES)
    if qualifier in (Qualifier.ALMOST, Qualifier.UNDER, Qualifier.OVER) and value == 0:
        value = 1.0  # "almost 0" is empty, and refused (so is "over 0" under NEWS)
    return Figure._hedged(qualifier, value, unit_name, reading)


def values_in(figure: Figure) -> st.SearchStrategy[float]:
    """Floats inside ``figure`` (ends included where the figure includes them)."""
    low, high = figure.bounds
    lo = low if low is not None else -1e15
    hi = high if high is not None else max(lo, 0.0) + 1e15
    inner = st.floats(
        min_value=lo,
        max_value=hi,
        exclude_min=low is not None and not figure.low_inclusive,
        exclude_max=high is not None and not figure.high_inclusive,
        allow_nan=False,
        allow_infinity=False,
    )
    ends = [b for b, inc in ((low, figure.low_inclusive), (high, figure.high_inclusive)) if inc]
    ends = [b for b in ends if b is not None and math.isfinite(b)]
    return st.one_of(st.sampled_from(ends), inner) if ends else inner


ZONES: tuple[str, ...] = (
    "UTC",
    "Asia/Karachi",
    "America/New_York",
    "Europe/London",
    "Asia/Kolkata",
)


def zones() -> st.SearchStrategy[str]:
    """IANA zone names, including ones with daylight saving."""
    return st.sampled_from(ZONES)


def instants(
    min_value: datetime = datetime(2000, 1, 1),
    max_value: datetime = datetime(2030, 1, 1),
) -> st.SearchStrategy[datetime]:
    """Aware datetimes in the zones of :func:`zones`, converted from UTC instants."""
    return st.builds(
        lambda moment, zone: moment.replace(tzinfo=UTC).astimezone(get_zone(zone)),
        st.datetimes(min_value=min_value, max_value=max_value),
        zones(),
    )


@st.composite
def spans(draw: st.DrawFn, exact: bool | None = None) -> Span:
    """Spans from a minute to a few weeks long, exact or not."""
    start = draw(instants())
    length = draw(st.integers(min_value=1, max_value=60 * 24 * 30))
    return Span(
        start=start,
        end=start + timedelta(minutes=length),
        exact=draw(st.booleans()) if exact is None else exact,
        precision=draw(st.none() | st.sampled_from(list(Precision))),
    )


@st.composite
def occupied(draw: st.DrawFn, span: Span) -> tuple[datetime, datetime]:
    """A sub-interval a thing with this span may truly occupy.

    The whole span if it is exact; any non-empty part of it otherwise.
    """
    if span.exact:
        return span.start, span.end
    total = int(span.duration.total_seconds())
    a = draw(st.integers(min_value=0, max_value=total - 1))
    b = draw(st.integers(min_value=a + 1, max_value=total))
    return span.start + timedelta(seconds=a), span.start + timedelta(seconds=b)


def names() -> st.SearchStrategy[str]:
    """Non-empty names, accents and non-Latin scripts included."""
    return st.text(
        alphabet=st.characters(categories=("L", "M", "N", "Zs", "Pd")), min_size=1, max_size=30
    ).filter(lambda name: name.strip() != "")


def ids() -> st.SearchStrategy[str]:
    """Ids as data files write them: ``imran-khan``, ``pta``."""
    return st.from_regex(r"[a-z][a-z0-9\-]{0,15}", fullmatch=True)


def countries() -> st.SearchStrategy[str]:
    """ISO 3166-1 alpha-2 codes."""
    return st.sampled_from(sorted(country_codes()))


def places(max_depth: int = 2) -> st.SearchStrategy[Place]:
    """Places with a chain of up to ``max_depth`` parents."""
    leaf = st.builds(
        Place,
        name=names(),
        country=countries(),
        tz=zones(),
        id=st.none() | ids(),
    )
    if max_depth <= 0:
        return leaf
    return st.one_of(
        leaf,
        st.builds(
            lambda place, parent: attrs.evolve(place, parent=parent, country=parent.country),
            leaf,
            places(max_depth - 1),
        ),
    )


def organizations() -> st.SearchStrategy[Organization]:
    return st.builds(
        Organization,
        name=names(),
        abbreviation=st.none() | names(),
        kind=st.none() | st.sampled_from(["regulator", "administration", "broadcaster"]),
        country=st.none() | countries(),
        id=st.none() | ids(),
    )


def parties() -> st.SearchStrategy[Party]:
    return st.builds(
        Party,
        name=names(),
        abbreviation=st.none() | names(),
        country=st.none() | countries(),
        id=st.none() | ids(),
    )


@st.composite
def roles(draw: st.DrawFn) -> Role:
    """Roles with open or closed ends, the end never before the start."""
    start = draw(st.none() | spans())
    end = draw(st.none() | spans())
    if start is not None and end is not None and end.end <= start.start:
        start, end = end, start
    return Role(
        title=draw(st.sampled_from(["Prime Minister", "Chairman", "Host", "Commissioner"])),
        organization=draw(st.none() | organizations() | parties()),
        start=start,
        end=end,
    )


def people() -> st.SearchStrategy[Person]:
    return st.builds(
        Person,
        name=names(),
        id=st.none() | ids(),
        aliases=st.lists(names(), max_size=2).map(tuple),
        roles=st.lists(roles(), max_size=2).map(tuple),
    )


def sources() -> st.SearchStrategy[Source]:
    return st.builds(
        Source,
        publisher=names(),
        url=st.none() | ids().map(lambda slug: f"https://example.org/{slug}"),
        title=st.none() | names(),
        published=st.none() | spans(),
        author=st.none() | names(),
        id=st.none() | ids(),
    )


def metrics() -> st.SearchStrategy[Metric]:
    """The built-in metrics."""
    return st.sampled_from(BUILTINS)


@st.composite
def claims(draw: st.DrawFn, metric: Metric | None = None) -> Claim:
    """Claims with figures in the metric's unit."""
    chosen = metric if metric is not None else draw(metrics())
    return Claim(
        metric=chosen,
        figure=draw(figures(unit=chosen.unit)),
        source=draw(st.none() | sources()),
        quote=draw(st.none() | names()),
        rank=draw(st.sampled_from(list(Rank))),
        as_of=draw(st.none() | spans()),
    )


def _event_fields(draw: st.DrawFn, metrics_allowed: tuple[Metric, ...]) -> dict[str, object]:
    return {
        "title": draw(names()),
        "when": draw(spans()),
        "id": draw(st.none() | ids()),
        "place": draw(st.none() | places()),
        "claims": tuple(
            draw(st.lists(st.sampled_from(metrics_allowed).flatmap(claims), max_size=3))
        ),
        "sources": tuple(draw(st.lists(sources(), max_size=2))),
    }


_AUDIENCE = (
    Metric.AVERAGE_CONCURRENT,
    Metric.PEAK_CONCURRENT,
    Metric.UNIQUE_AUDIENCE,
    Metric.INTERACTIONS,
)


@st.composite
def events(draw: st.DrawFn) -> Event:
    """Rallies, audio sessions and trends with random claims."""
    kind = draw(st.sampled_from(["rally", "audio_session", "trend"]))
    if kind == "rally":
        mode = draw(st.sampled_from(list(AttendanceMode)))
        remote = (
            tuple(draw(st.lists(people(), max_size=1)))
            if mode is not AttendanceMode.IN_PERSON
            else ()
        )
        return Rally(
            **_event_fields(draw, (Metric.ATTENDANCE, Metric.VIEWS)),  # type: ignore[arg-type]
            organizer=draw(st.none() | parties() | organizations()),
            speakers=tuple(draw(st.lists(people(), max_size=2))),
            remote_speakers=remote,
            mode=mode,
        )
    if kind == "audio_session":
        return AudioSession(
            **_event_fields(draw, _AUDIENCE),  # type: ignore[arg-type]
            platform=draw(st.sampled_from(["Twitter Spaces", "X Spaces", "Clubhouse"])),
            hosts=tuple(draw(st.lists(people(), max_size=2))),
            speakers=tuple(draw(st.lists(people(), max_size=2))),
            simulcast=tuple(draw(st.lists(st.sampled_from(["Facebook", "Instagram"]), max_size=2))),
        )
    return Trend(
        **_event_fields(draw, (Metric.POSTS,)),  # type: ignore[arg-type]
        hashtag=draw(st.from_regex(r"#?[A-Za-z][A-Za-z0-9_]{0,20}", fullmatch=True)),
        platform=draw(st.sampled_from(["Twitter", "X"])),
    )


@st.composite
def advisories(draw: st.DrawFn, about: st.SearchStrategy[Event | None] | None = None) -> Advisory:
    """Advisories with or without a window, a region, or an event they are about."""
    advisory = Advisory(
        issuer=draw(organizations() | parties() | people()),
        kind=draw(st.sampled_from(list(AdvisoryKind))),
        issued=draw(spans()),
        recommendation=draw(names()),
        window=draw(st.none() | spans()),
        region=draw(st.none() | places()),
        about=draw(about if about is not None else st.none()),
        addressee=draw(st.none() | organizations() | parties() | people()),
        reason=draw(st.none() | names()),
        id=draw(st.none() | ids()),
    )
    if draw(st.booleans()):
        advisory = advisory.rescheduled(draw(spans()), draw(spans()))
    return advisory


@st.composite
def datasets(draw: st.DrawFn) -> Dataset:
    """Small datasets whose objects refer to each other by unique ids."""
    counter = iter(range(10**6))

    def fresh(obj: Any) -> Any:
        return attrs.evolve(obj, id=f"x{next(counter)}")

    listed_sources = [fresh(s) for s in draw(st.lists(sources(), max_size=2))]
    listed_places = [fresh(p) for p in draw(st.lists(places(max_depth=0), max_size=2))]
    listed_parties = [fresh(p) for p in draw(st.lists(parties(), max_size=1))]
    listed_orgs = [fresh(o) for o in draw(st.lists(organizations(), max_size=1))]
    listed_people = [fresh(attrs.evolve(p, roles=())) for p in draw(st.lists(people(), max_size=2))]

    def pick(items: list[Any]) -> st.SearchStrategy[Any]:
        return st.sampled_from(items) if items else st.nothing()

    def some(items: list[Any], max_size: int) -> tuple[Any, ...]:
        return tuple(draw(st.lists(st.sampled_from(items), max_size=max_size))) if items else ()

    listed_events = []
    for event in draw(st.lists(events(), max_size=2)):
        changes: dict[str, Any] = {"id": f"x{next(counter)}"}
        changes["place"] = draw(st.none() | pick(listed_places))
        changes["sources"] = some(listed_sources, 1)
        changes["claims"] = tuple(
            attrs.evolve(c, source=draw(st.none() | pick(listed_sources)), as_of=None)
            for c in event.claims
        )
        if hasattr(event, "hosts"):
            changes["hosts"] = some(listed_people, 2)
            changes["speakers"] = ()
        if isinstance(event, Rally):
            changes["speakers"] = some(listed_people, 1)
            changes["remote_speakers"] = ()
            changes["organizer"] = draw(st.none() | pick(listed_parties + listed_orgs))
            changes["mode"] = AttendanceMode.IN_PERSON
        listed_events.append(attrs.evolve(event, **changes))
    actors = listed_people + listed_parties + listed_orgs
    listed_advisories: list[Advisory] = []
    if actors:
        for _ in range(draw(st.integers(0, 2))):
            advisory = Advisory(
                issuer=draw(pick(actors)),
                kind=draw(st.sampled_from(list(AdvisoryKind))),
                issued=draw(spans()),
                recommendation=draw(names()),
                window=draw(st.none() | spans()),
                region=draw(st.none() | pick(listed_places)),
                about=draw(st.none() | pick(listed_events)),
                supersedes=draw(st.none() | st.sampled_from(listed_advisories[-1:]))
                if listed_advisories
                else None,
                id=f"x{next(counter)}",
            )
            listed_advisories.append(advisory)
    listed_records = []
    for _ in range(draw(st.integers(0, 2))):
        metric = draw(metrics())
        listed_records.append(
            Record(
                category=RecordCategory(
                    metric=metric,
                    platform=draw(st.none() | st.just("Twitter Spaces")),
                    event_type=draw(
                        st.none() | st.sampled_from(["audio_session", "rally", "100 m"])
                    ),
                ),
                holder=draw(names() | pick(actors)),
                value=draw(figures(unit=metric.unit)),
                set_on=draw(spans()),
                id=f"x{next(counter)}",
            )
        )
    return Dataset(
        sources=tuple(listed_sources),
        people=tuple(listed_people),
        parties=tuple(listed_parties),
        organizations=tuple(listed_orgs),
        places=tuple(listed_places),
        events=tuple(listed_events),
        advisories=tuple(listed_advisories),
        records=tuple(listed_records),
    )
