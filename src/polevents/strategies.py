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

import functools
import math
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar, cast

import attrs
from hypothesis import strategies as st

from polevents import metrics as metrics_module
from polevents import records as records_module
from polevents._convert import EVENT_CLASSES
from polevents._validators import country_codes
from polevents.actors import Organization, Party, Person, Role
from polevents.errors import ValidationError
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
from polevents.metrics import BUILTINS, Inequality, Metric
from polevents.places import Place
from polevents.records import Record, RecordCategory, Verdict, check
from polevents.sources import Claim, Rank, Reconciliation, Source, reconcile
from polevents.timeline import Precision, Span, get_zone
from polevents.units import canonical_unit

__all__ = [
    "advisories",
    "audio_sessions",
    "broadcasts",
    "claims",
    "countries",
    "datasets",
    "elections",
    "events",
    "figures",
    "generic_events",
    "ids",
    "inequalities",
    "instants",
    "livestreams",
    "metric_declarations",
    "metrics",
    "names",
    "occupied",
    "organizations",
    "parties",
    "people",
    "places",
    "policies",
    "rallies",
    "reconciliations",
    "record_categories",
    "records",
    "roles",
    "sources",
    "spans",
    "trends",
    "unit_of",
    "units",
    "values_in",
    "verdicts",
    "zones",
]

_Make = TypeVar("_Make", bound=Callable[..., Any])


def _shared(make: _Make) -> _Make:
    """Build each strategy once per set of arguments and share it.

    Strategies are immutable; building them again inside every draw (as the
    composite strategies did) cost most of a draw in hypothesis' own checks.
    """
    return cast(_Make, functools.wraps(make)(functools.cache(make)))


#: Units figures are drawn in (those this version's registry knows).
UNITS: tuple[str, ...] = (
    "person",
    "post",
    "view",
    "vote",
    "percent",
    "second",
    "minute",
    "hour",
    "day",
)
#: Currencies for figures of metrics counted in money.
CURRENCIES: tuple[str, ...] = ("USD", "EUR", "PKR", "INR", "BRL")

#: Magnitudes that stay well inside float range even after widening, and well
#: above the subnormals, where "almost x" would round to the empty [x, x).
_MAGNITUDES = st.one_of(
    st.integers(min_value=0, max_value=10**12).map(float),
    st.floats(min_value=1e-3, max_value=1e12, allow_nan=False, allow_infinity=False),
)


@_shared
def units() -> st.SearchStrategy[str]:
    """Canonical unit names the registry knows."""
    return st.sampled_from([u for u in UNITS if _known(u)])


@_shared
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


@_shared
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


@_shared
def zones() -> st.SearchStrategy[str]:
    """IANA zone names, including ones with daylight saving."""
    return st.sampled_from(ZONES)


@_shared
def instants(
    min_value: datetime = datetime(2000, 1, 1),
    max_value: datetime = datetime(2030, 1, 1),
) -> st.SearchStrategy[datetime]:
    """Aware datetimes in the zones of :func:`zones`, converted from UTC instants
    (wall times that happen twice, when clocks go back, included)."""
    return st.builds(
        lambda moment, zone: moment.replace(tzinfo=UTC).astimezone(get_zone(zone)),
        st.datetimes(min_value=min_value, max_value=max_value),
        zones(),
    )


@_shared
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


@_shared
def names() -> st.SearchStrategy[str]:
    """Non-empty names, accents and non-Latin scripts included."""
    return st.text(
        alphabet=st.characters(categories=("L", "M", "N", "Zs", "Pd")), min_size=1, max_size=30
    ).filter(lambda name: name.strip() != "")


@_shared
def ids() -> st.SearchStrategy[str]:
    """Ids as data files write them: ``imran-khan``, ``pta``."""
    return st.from_regex(r"[a-z][a-z0-9\-]{0,15}", fullmatch=True)


@_shared
def countries() -> st.SearchStrategy[str]:
    """ISO 3166-1 alpha-2 codes."""
    return st.sampled_from(sorted(country_codes()))


@_shared
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


@_shared
def organizations() -> st.SearchStrategy[Organization]:
    return st.builds(
        Organization,
        name=names(),
        abbreviation=st.none() | names(),
        kind=st.none() | st.sampled_from(["regulator", "administration", "broadcaster"]),
        country=st.none() | countries(),
        id=st.none() | ids(),
    )


@_shared
def parties() -> st.SearchStrategy[Party]:
    return st.builds(
        Party,
        name=names(),
        abbreviation=st.none() | names(),
        country=st.none() | countries(),
        id=st.none() | ids(),
    )


@_shared
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


@_shared
def people() -> st.SearchStrategy[Person]:
    return st.builds(
        Person,
        name=names(),
        id=st.none() | ids(),
        aliases=st.lists(names(), max_size=2).map(tuple),
        roles=st.lists(roles(), max_size=2).map(tuple),
    )


@_shared
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


# --- metrics and claims ------------------------------------------------------------------


def _known(unit: str) -> bool:
    try:
        canonical_unit(unit)
    except ValidationError:
        return False
    return True


def _currencies() -> tuple[str, ...]:
    return tuple(c for c in CURRENCIES if _known(c))


def is_currency(unit: str) -> bool:
    """Whether ``unit`` is one of the currencies figures are drawn in."""
    return unit in CURRENCIES


def _money(metric: Metric) -> bool:
    return metric.unit == getattr(metrics_module, "MONEY", None)


def _usable(metric: Metric) -> bool:
    """Whether figures can be made for the metric with the units this version knows."""
    return bool(_currencies()) if _money(metric) else _known(metric.unit)


def _builtin(*names: str) -> tuple[Metric, ...]:
    found = (getattr(Metric, name, None) for name in names)
    return tuple(m for m in found if isinstance(m, Metric) and _usable(m))


@_shared
def metrics() -> st.SearchStrategy[Metric]:
    """The built-in metrics (those whose unit this version can count)."""
    return st.sampled_from([m for m in BUILTINS if _usable(m)])


def unit_of(metric: Metric) -> st.SearchStrategy[str]:
    """A unit a figure for ``metric`` may be in: its own, or any currency for money."""
    return st.sampled_from(_currencies()) if _money(metric) else st.just(metric.unit)


@st.composite
def metric_declarations(draw: st.DrawFn) -> Metric:
    """Metrics a user or a data file may declare: keys that no built-in has."""
    options: dict[str, Any] = {}
    fields: dict[str, Any] = attrs.fields_dict(Metric)
    if "kind" in fields:
        options["kind"] = draw(st.sampled_from(list(fields["kind"].default.__class__)))
    if "direction" in fields:
        options["direction"] = draw(st.sampled_from(list(fields["direction"].default.__class__)))
    return Metric(
        key=draw(st.from_regex(r"x_[a-z][a-z0-9_]{0,12}", fullmatch=True)),
        label=draw(names()),
        unit=draw(st.sampled_from([u for u in UNITS if _known(u)])),
        **options,
    )


@st.composite
def inequalities(draw: st.DrawFn, smaller: Metric | None = None) -> Inequality:
    """A declared metric known never to exceed a built-in of the same dimension."""
    low = smaller if smaller is not None else draw(metric_declarations())
    larger = [m for m in BUILTINS if _usable(m) and not _money(m) and m.dimension == low.dimension]
    if not larger:
        larger = [draw(metric_declarations().filter(lambda m: m.dimension == low.dimension))]
    high = draw(st.sampled_from(larger).filter(lambda m: m.key != low.key))
    return Inequality(low, high)


def _optional_fields(cls: type, **candidates: Any) -> dict[str, Any]:
    # Fields that arrive in this version only are set when the class has them.
    fields = attrs.fields_dict(cls)
    return {name: value for name, value in candidates.items() if name in fields}


@_shared
@st.composite
def claims(
    draw: st.DrawFn,
    metric: Metric | None = None,
    who: st.SearchStrategy[Any] | None = None,
    currency: str | None = None,
) -> Claim:
    """Claims with figures in the metric's unit, sometimes a snapshot (``as_of``)
    and attributed to someone.

    Args:
        metric: Claims for this metric (random built-ins otherwise).
        who: Whom a claim may be attributed to (names, people, parties and
            organisations otherwise).
        currency: The currency of a claim for a metric counted in money
            (random otherwise); claims in two currencies are never reconciled.
    """
    chosen = metric if metric is not None else draw(metrics())
    estimators = who if who is not None else (names() | people() | parties() | organizations())
    unit = currency if currency is not None and _money(chosen) else draw(unit_of(chosen))
    return Claim(
        metric=chosen,
        figure=draw(figures(unit=unit)),
        source=draw(st.none() | sources()),
        quote=draw(st.none() | names()),
        rank=draw(st.sampled_from(list(Rank))),
        as_of=draw(st.none() | spans()),
        **_optional_fields(Claim, attributed_to=draw(st.none() | estimators)),
    )


@st.composite
def reconciliations(draw: st.DrawFn) -> Reconciliation:
    """Reconciliations of one to three claims for one metric (in one currency)."""
    metric = draw(metrics())
    currency = draw(unit_of(metric))
    group = draw(
        st.lists(claims(metric, currency=currency), min_size=1, max_size=3).filter(
            lambda group: any(c.rank is not Rank.DEPRECATED for c in group)
        )
    )
    return reconcile(group)


# --- events ------------------------------------------------------------------------------

KINDS: tuple[str, ...] = ("debate", "jalsa", "campaign launch", "100 m", "election night")


def _event_fields(
    draw: st.DrawFn, metrics_allowed: tuple[Metric, ...], claim_strategy: Any = None
) -> dict[str, Any]:
    make = claim_strategy or claims
    chosen = metrics_allowed or tuple(m for m in BUILTINS if _usable(m))
    # One currency per event: claims in two currencies are never reconciled.
    currency = draw(st.sampled_from(_currencies())) if _currencies() else None
    return {
        "title": draw(names()),
        "when": draw(spans()),
        "id": draw(st.none() | ids()),
        "place": draw(st.none() | places()),
        "claims": tuple(
            draw(
                st.lists(
                    st.sampled_from(chosen).flatmap(lambda m: make(m, currency=currency)),
                    max_size=3,
                )
            )
        ),
        "sources": tuple(draw(st.lists(sources(), max_size=2))),
        **_optional_fields(Event, kind=draw(st.none() | st.sampled_from(KINDS))),
    }


def _audience() -> tuple[Metric, ...]:
    return _builtin(
        "AVERAGE_CONCURRENT", "PEAK_CONCURRENT", "CONCURRENT", "UNIQUE_AUDIENCE", "INTERACTIONS"
    )


def _platforms(*choices: str) -> st.SearchStrategy[str]:
    return st.sampled_from(choices)


def _speakers(draw: st.DrawFn, most: int = 2) -> tuple[Person, ...]:
    return tuple(draw(st.lists(people(), max_size=most)))


@st.composite
def rallies(draw: st.DrawFn) -> Rally:
    """Rallies in person, online or both, with attendance and view claims."""
    mode = draw(st.sampled_from(list(AttendanceMode)))
    remote = _speakers(draw, 1) if mode is not AttendanceMode.IN_PERSON else ()
    return Rally(
        **_event_fields(draw, _builtin("ATTENDANCE", "VIEWS")),
        organizer=draw(st.none() | parties() | organizations()),
        speakers=_speakers(draw),
        remote_speakers=remote,
        mode=mode,
    )


@st.composite
def audio_sessions(draw: st.DrawFn) -> AudioSession:
    """Live audio sessions (Twitter Spaces, Clubhouse) with audience claims."""
    return AudioSession(
        **_event_fields(draw, _audience()),
        platform=draw(_platforms("Twitter Spaces", "X Spaces", "Clubhouse")),
        hosts=_speakers(draw),
        speakers=_speakers(draw),
        simulcast=tuple(draw(st.lists(_platforms("Facebook", "Instagram"), max_size=2))),
    )


@st.composite
def trends(draw: st.DrawFn) -> Trend:
    """Hashtag campaigns counted in posts."""
    return Trend(
        **_event_fields(draw, _builtin("POSTS")),
        hashtag=draw(st.from_regex(r"#?[A-Za-z][A-Za-z0-9_]{0,20}", fullmatch=True)),
        platform=draw(_platforms("Twitter", "X")),
    )


@st.composite
def livestreams(draw: st.DrawFn) -> Event:
    """Video streams (Twitch, YouTube, Facebook Live) with audience and view claims."""
    cls: Any = EVENT_CLASSES["livestream"]  # arrives with this version
    event: Event = cls(
        **_event_fields(draw, (*_audience(), *_builtin("VIEWS"))),
        platform=draw(_platforms("Twitch", "YouTube", "Facebook Live", "Instagram Live")),
        channel=draw(st.none() | names()),
        hosts=_speakers(draw),
        speakers=_speakers(draw),
    )
    return event


@st.composite
def broadcasts(draw: st.DrawFn) -> Event:
    """Television and radio: debates, addresses, election nights."""
    cls: Any = EVENT_CLASSES["broadcast"]  # arrives with this version
    event: Event = cls(
        **_event_fields(draw, _builtin("UNIQUE_AUDIENCE", "AVERAGE_CONCURRENT", "VIEWS")),
        networks=tuple(draw(st.lists(names() | organizations(), max_size=2))),
        speakers=_speakers(draw),
    )
    return event


@st.composite
def elections(draw: st.DrawFn) -> Event:
    """Votes, with vote counts, turnout and vote shares."""
    cls: Any = EVENT_CLASSES["election"]  # arrives with this version
    chosen = _builtin("VOTES", "TURNOUT", "VOTE_SHARE")
    subjects = names() | parties() | people()

    def per_subject(metric: Metric, currency: str | None = None) -> st.SearchStrategy[Claim]:
        # A figure for one candidate or party names it as the claim's subject.
        return claims(metric, currency=currency).flatmap(
            lambda claim: (
                st.just(claim)
                if "subject" not in attrs.fields_dict(Claim)
                else (st.none() | subjects).map(lambda who: attrs.evolve(claim, subject=who))
            )
        )

    event: Event = cls(
        **_event_fields(draw, chosen, per_subject),
        office=draw(st.none() | st.sampled_from(["National Assembly", "President", "Mayor"])),
        jurisdiction=draw(st.none() | places(max_depth=0)),
    )
    return event


@st.composite
def generic_events(draw: st.DrawFn) -> Event:
    """The generic :class:`~polevents.events.Event`, labelled by its ``kind``."""
    return Event(**_event_fields(draw, ()))


#: Each event type key and the strategy for it.
EVENT_STRATEGIES: dict[str, Any] = {
    "event": generic_events,
    "rally": rallies,
    "audio_session": audio_sessions,
    "trend": trends,
    "livestream": livestreams,
    "broadcast": broadcasts,
    "election": elections,
}


@_shared
def events(types: tuple[str, ...] | None = None) -> st.SearchStrategy[Event]:
    """Events of every type this version has (or of ``types``), with random claims."""
    keys = [k for k in (types or tuple(EVENT_STRATEGIES)) if k in EVENT_CLASSES]
    if not keys:
        raise ValidationError("types", types, f"event type keys among {sorted(EVENT_CLASSES)}")
    return st.one_of([EVENT_STRATEGIES[key]() for key in keys])


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


# --- records -----------------------------------------------------------------------------


@st.composite
def record_categories(draw: st.DrawFn, metric: Metric | None = None) -> RecordCategory:
    """Categories for a metric, any event or one event type or ``kind`` label."""
    chosen = metric if metric is not None else draw(metrics())
    resolution: Any = getattr(records_module, "Resolution", None)
    steps = st.none()
    if resolution is not None and not _money(chosen):
        steps = st.none() | st.sampled_from([1, 0.5, 0.01]).map(
            lambda step: resolution.of(step, chosen.unit)
        )
    return RecordCategory(
        metric=chosen,
        platform=draw(st.none() | st.sampled_from(["Twitter Spaces", "Twitch", "YouTube"])),
        event_type=draw(st.none() | st.sampled_from([*sorted(EVENT_CLASSES), *KINDS])),
        **_optional_fields(
            RecordCategory,
            title=draw(st.none() | names()),
            resolution=draw(steps),
        ),
    )


def _statuses() -> list[Any]:
    status = getattr(records_module, "RecordStatus", None)
    return list(status) if status is not None else []


@st.composite
def records(draw: st.DrawFn, category: RecordCategory | None = None) -> Record:
    """Records with a figure in the category's unit, held by a name or an actor."""
    chosen = category if category is not None else draw(record_categories())
    statuses = _statuses()
    return Record(
        category=chosen,
        holder=draw(names() | people() | parties() | organizations()),
        value=draw(figures(unit=draw(unit_of(chosen.metric)))),
        set_on=draw(spans()),
        id=draw(st.none() | ids()),
        **_optional_fields(Record, status=draw(st.sampled_from(statuses)) if statuses else None),
    )


@st.composite
def verdicts(draw: st.DrawFn) -> Verdict:
    """Verdicts of a figure checked against a record (or a category: FIRST)."""
    record = draw(records())
    unit = record.value.unit
    challenger = draw(figures(unit=unit))
    against: list[Record | RecordCategory] = [record, record.category]
    return check(challenger, draw(st.sampled_from(against)))


# --- datasets ----------------------------------------------------------------------------


@st.composite
def datasets(draw: st.DrawFn, max_events: int = 3) -> Dataset:
    """Small datasets whose objects refer to each other by unique ids.

    Every event type, claims with snapshots and estimators, declared metrics
    and inequalities, and records (with a status, where this version has it).
    """
    counter = iter(range(10**6))

    def fresh(obj: Any) -> Any:
        return attrs.evolve(obj, id=f"x{next(counter)}")

    listed_sources = [fresh(s) for s in draw(st.lists(sources(), max_size=2))]
    listed_places = [fresh(p) for p in draw(st.lists(places(max_depth=0), max_size=2))]
    listed_parties = [fresh(p) for p in draw(st.lists(parties(), max_size=1))]
    listed_orgs = [fresh(o) for o in draw(st.lists(organizations(), max_size=1))]
    listed_people = [fresh(attrs.evolve(p, roles=())) for p in draw(st.lists(people(), max_size=2))]
    actors = listed_people + listed_parties + listed_orgs
    declared = draw(st.lists(metric_declarations(), max_size=2, unique_by=lambda m: m.key))
    declared_inequalities = [draw(inequalities(smaller=m)) for m in declared if draw(st.booleans())]

    def pick(items: list[Any]) -> st.SearchStrategy[Any]:
        return st.sampled_from(items) if items else st.nothing()

    def some(items: list[Any], max_size: int) -> tuple[Any, ...]:
        return tuple(draw(st.lists(st.sampled_from(items), max_size=max_size))) if items else ()

    def who() -> st.SearchStrategy[Any]:
        return st.none() | names() | pick(actors)

    currency = draw(st.sampled_from(_currencies())) if _currencies() else None

    def in_currency(figure: Figure) -> Figure:
        # One currency in the whole dataset, so that every money figure compares.
        if currency is None or not is_currency(figure.unit):
            return figure
        return attrs.evolve(figure, unit=currency)

    def relink(claim: Claim) -> Claim:
        changes: dict[str, Any] = {
            "source": draw(st.none() | pick(listed_sources)),
            "figure": in_currency(claim.figure),
        }
        for name in ("attributed_to", "subject"):
            if name in attrs.fields_dict(Claim) and getattr(claim, name) is not None:
                changes[name] = draw(who())
        return attrs.evolve(claim, **changes)

    listed_events = []
    for event in draw(st.lists(events(), max_size=max_events)):
        changes: dict[str, Any] = {"id": f"x{next(counter)}"}
        changes["place"] = draw(st.none() | pick(listed_places))
        changes["sources"] = some(listed_sources, 1)
        extra = [draw(claims(m)) for m in declared if draw(st.booleans())]
        changes["claims"] = tuple(relink(c) for c in (*event.claims, *extra))
        for name in ("hosts", "speakers"):
            if hasattr(event, name):
                changes[name] = some(listed_people, 2 if name == "hosts" else 1)
        if isinstance(event, Rally):
            changes["remote_speakers"] = ()
            changes["organizer"] = draw(st.none() | pick(listed_parties + listed_orgs))
            changes["mode"] = AttendanceMode.IN_PERSON
        if hasattr(event, "networks"):
            changes["networks"] = tuple(draw(st.lists(names() | pick(listed_orgs), max_size=2)))
        if hasattr(event, "jurisdiction"):
            changes["jurisdiction"] = draw(st.none() | pick(listed_places))
        listed_events.append(attrs.evolve(event, **changes))
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
        metric = draw(st.sampled_from([m for m in BUILTINS if _usable(m)] + declared))
        category = attrs.evolve(draw(record_categories(metric)), platform=None)
        record = draw(records(category))
        listed_records.append(
            attrs.evolve(
                record,
                value=in_currency(record.value),
                holder=draw(names() | pick(actors)),
                id=f"x{next(counter)}",
                claims=(),
            )
        )
    return Dataset(
        metrics=tuple(declared),
        inequalities=tuple(declared_inequalities),
        sources=tuple(listed_sources),
        people=tuple(listed_people),
        parties=tuple(listed_parties),
        organizations=tuple(listed_orgs),
        places=tuple(listed_places),
        events=tuple(listed_events),
        advisories=tuple(listed_advisories),
        records=tuple(listed_records),
    )
