"""The error contract (issue 13, items 1 and 4) for the domain core: every public
class and function of ``certainty``, ``places``, ``actors``, ``metrics``,
``sources``, ``events`` and ``records``, called with a bad value for each
argument — of the wrong type (taken from the argument's annotation), out of
range, or None where None is not allowed — raises a polevents error
(``ValidationError``, or ``IncomparableError`` where the design says) whose
message names the argument. Never a ``TypeError``, ``AttributeError``,
``RecursionError`` or ``OverflowError`` from deep inside.
"""

from __future__ import annotations

import collections.abc
import dataclasses
import inspect
import re
import typing
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from polevents import _validators as v
from polevents import (
    actors,
    certainty,
    events,
    metrics,
    places,
    records,
    sources,
)
from polevents.actors import Organization, Party, Person, Role, same_title
from polevents.certainty import Certainty
from polevents.errors import IncomparableError, PolEventsError, ValidationError
from polevents.events import (
    Advisory,
    AdvisoryKind,
    AttendanceMode,
    AudioSession,
    Broadcast,
    Election,
    Event,
    Livestream,
    Rally,
    Trend,
    normalize_platform,
    platform_fits,
    platform_key,
)
from polevents.figures import Figure
from polevents.metrics import (
    Direction,
    Inequality,
    Metric,
    MetricKind,
    MetricRegistry,
    is_currency,
)
from polevents.places import MAX_DEPTH, Place
from polevents.records import (
    BeforeAnyRecord,
    ChallengerFigure,
    Comparison,
    CurrencyMismatch,
    DoesNotCompete,
    JointHolders,
    NoRecordYet,
    NoUpperBound,
    Outcome,
    ProgressionStep,
    Record,
    RecordBook,
    RecordCategory,
    RecordClaims,
    RecordStatus,
    RecordValue,
    Resolution,
    Standing,
    StandingUncertain,
    Unreconcilable,
    Verdict,
    check,
)
from polevents.sources import (
    Agreement,
    AverageSoFar,
    Bounded,
    Claim,
    ClaimIgnored,
    ClaimRead,
    Conflict,
    Contradiction,
    Derivation,
    Disagreement,
    Floor,
    FloorConflict,
    Hull,
    Moment,
    Moments,
    NoFigure,
    PolicyUsed,
    Rank,
    Reconciliation,
    Snapshot,
    Source,
    derive,
    reading_policy,
    reconcile,
    registry_argument,
    same_party,
)
from polevents.timeline import Span

MODULES = (certainty, places, actors, metrics, sources, events, records)

# --- good values to start from ------------------------------------------------------------

K = "Asia/Karachi"
DAY = Span.parse("2022-04-20", tz=K)
LATER = Span.parse("2022-04-21", tz=K)
PK = Place(name="Pakistan", country="PK", tz=K)
KHAN = Person(name="Imran Khan", roles=(Role(title="Prime Minister"),))
PTI = Party(name="Pakistan Tehreek-e-Insaf", abbreviation="PTI")
PTA = Organization(name="Pakistan Telecommunication Authority", abbreviation="PTA")
PEOPLE = Figure.exact(5, "person")
METRIC = Metric.ATTENDANCE
CLAIM = Claim(metric=METRIC, figure=PEOPLE, quote="5 people")
SOURCE = Source(publisher="Dawn")
RALLY = Rally(title="Rally", when=DAY, claims=(CLAIM,), id="rally")
CATEGORY = RecordCategory(metric=METRIC, title="largest crowd")
RECORD = Record(category=CATEGORY, holder="A", value=PEOPLE, set_on=DAY)
REGISTRY = MetricRegistry.with_builtins()
RECONCILIATION = reconcile([CLAIM])
DERIVATION = derive([CLAIM], METRIC)
ADVISORY = Advisory(
    issuer=PTA, kind=AdvisoryKind.SERVICE_DISRUPTION, issued=DAY, recommendation="x"
)
RESOLUTION = Resolution(1.0, "person")
VERDICT = check(PEOPLE, RECORD)
STEP = NoFigure(METRIC)


def book() -> RecordBook:
    result = RecordBook()
    result.add(RECORD)
    return result


@dataclasses.dataclass
class Api:
    """One public callable, a call that works, and the out-of-range values per argument."""

    name: str
    call: Callable[..., object]
    good: dict[str, object]
    bad: dict[str, list[object]] = dataclasses.field(default_factory=dict)
    hints: Callable[[], dict[str, Any]] | None = None
    named: dict[str, str] = dataclasses.field(default_factory=dict)  # argument -> word in message
    ok: dict[str, list[object]] = dataclasses.field(default_factory=dict)  # fine, whatever the hint


def cls(
    klass: type,
    good: dict[str, object],
    bad: dict[str, list[object]] | None = None,
    named: dict[str, str] | None = None,
    ok: dict[str, list[object]] | None = None,
) -> Api:
    """A constructor, with hints from the class's fields (by their init names)."""

    def hints() -> dict[str, Any]:
        found = typing.get_type_hints(klass)
        import attrs

        return {f.alias: found[f.name] for f in attrs.fields(klass) if f.name in found}

    return Api(klass.__name__, klass, good, bad or {}, hints, named or {}, ok or {})


def fn(
    name: str,
    call: Callable[..., object],
    good: dict[str, object],
    bad: dict[str, list[object]] | None = None,
    named: dict[str, str] | None = None,
    hints: Callable[[], dict[str, Any]] | None = None,
) -> Api:
    return Api(name, call, good, bad or {}, hints, named or {})


NAIVE = datetime(2022, 4, 20)  # no time zone

APIS: list[Api] = [
    # certainty
    fn("Certainty", Certainty, {"value": "yes"}, {"value": ["perhaps", 1]}, {"value": "Certainty"}),
    fn("Certainty.of", Certainty.of, {"value": True}),
    fn("Certainty.all", Certainty.all, {"answers": [Certainty.YES]}, {"answers": [[True]]}),
    fn("Certainty.any", Certainty.any, {"answers": [Certainty.NO]}, {"answers": [[None]]}),
    fn(
        "Certainty.__and__",
        lambda other: Certainty.YES & other,
        {"other": Certainty.NO},
        {"other": [True, None, 1]},
        {"other": "operand"},
        hints=lambda: {"other": Certainty},
    ),
    fn(
        "Certainty.__or__",
        lambda other: Certainty.NO | other,
        {"other": Certainty.NO},
        {"other": [False, None]},
        {"other": "operand"},
        hints=lambda: {"other": Certainty},
    ),
    # places
    cls(
        Place,
        {"name": "Lahore", "country": "PK", "tz": K, "parent": PK, "aliases": (), "id": "lahore"},
        {
            "name": ["", "  "],
            "country": ["XX", "pk"],
            "tz": ["Mars/Base", "", "UTC+5"],
            "id": ["?", "has space"],
            "aliases": [("",), "Lahore"],
        },
    ),
    fn("Place.within", PK.within, {"other": PK}),
    fn("Place.ancestors", lambda: list(PK.ancestors()), {}),
    fn("Place.matches", PK.matches, {"name": "Pakistan"}),
    # actors
    cls(
        Organization,
        {"name": "PTA", "abbreviation": "PTA", "kind": "regulator", "country": "PK"},
        {"name": [""], "country": ["XX"], "abbreviation": [""], "id": ["?"]},
    ),
    cls(
        Party,
        {"name": "PTI", "abbreviation": "PTI", "country": "PK", "id": "pti"},
        {"name": [""], "country": ["ZZ"], "abbreviation": [" "], "id": ["?"]},
    ),
    cls(
        Person,
        {"name": "A", "id": "a", "aliases": ("B",), "roles": ()},
        {"name": [""], "id": ["?"], "aliases": [("",), "B"], "roles": [("PM",)]},
    ),
    cls(
        Role,
        {"title": "PM", "organization": PTI, "start": DAY, "end": LATER},
        {"title": [""], "end": [Span.parse("2020", tz=K)]},
    ),
    fn("Person.matches", KHAN.matches, {"name": "Imran Khan"}),
    fn("Person.holds", KHAN.holds, {"title": "PM", "on": DAY}, {"title": [""]}),
    fn("Person.formerly", KHAN.formerly, {"title": "PM", "on": DAY}, {"title": [" "]}),
    fn("Role.covers", KHAN.roles[0].covers, {"on": DAY}),
    fn("Role.ended_before", KHAN.roles[0].ended_before, {"on": DAY}),
    fn("Organization.matches", PTA.matches, {"name": "PTA"}),
    fn("Party.matches", PTI.matches, {"name": "PTI"}),
    fn("same_title", same_title, {"a": "PM", "b": "Prime Minister"}, {"a": [""], "b": [""]}),
    # metrics
    fn("Direction", Direction, {"value": "higher"}, {"value": ["up"]}, {"value": "Direction"}),
    fn("MetricKind", MetricKind, {"value": "peak"}, {"value": ["top"]}, {"value": "MetricKind"}),
    cls(
        Metric,
        {"key": "replays", "label": "replays", "unit": "view", "kind": MetricKind.CUMULATIVE},
        {"key": ["Bad Key", ""], "label": [""], "unit": ["furlong", ""], "kind": ["peak"]},
    ),
    cls(
        Inequality,
        {"smaller": Metric.AVERAGE_CONCURRENT, "larger": Metric.PEAK_CONCURRENT},
        {"larger": [Metric.AVERAGE_CONCURRENT, Metric.VIEWS]},
    ),
    cls(MetricRegistry, {"metrics": {}, "inequalities": []}),
    fn("Metric.accepts", METRIC.accepts, {"unit": "person"}),
    fn("Metric.registry", Metric.registry, {}),
    fn("MetricRegistry.with_builtins", MetricRegistry.with_builtins, {}),
    fn("Metric.get", Metric.get, {"key": "views"}, {"key": ["nope"]}, {"key": "metric"}),
    fn(
        "Metric.declare",
        Metric.declare,
        {"key": "contract_replays", "label": "replays", "unit": "view"},
        {"key": ["views"], "unit": ["furlong"]},
    ),
    fn(
        "Metric.declare_inequality",
        Metric.declare_inequality,
        {"smaller": Metric.AVERAGE_CONCURRENT, "larger": Metric.PEAK_CONCURRENT},
    ),
    fn("MetricRegistry.declare", REGISTRY.declare, {"metric": METRIC}),
    fn(
        "MetricRegistry.declare_inequality",
        REGISTRY.declare_inequality,
        {"smaller": Metric.AVERAGE_CONCURRENT, "larger": Metric.PEAK_CONCURRENT},
    ),
    fn("MetricRegistry.get", REGISTRY.get, {"key": "views"}, {"key": ["nope"]}, {"key": "metric"}),
    fn("MetricRegistry.below", REGISTRY.below, {"metric": METRIC}),
    fn("MetricRegistry.above", REGISTRY.above, {"metric": METRIC}),
    fn("MetricRegistry.chain", REGISTRY.chain, {"smaller": METRIC, "larger": METRIC}),
    fn("is_currency", is_currency, {"unit": "USD"}),
    # sources
    fn("Rank", Rank, {"value": "normal"}, {"value": ["high"]}, {"value": "Rank"}),
    cls(
        Source,
        {"publisher": "Dawn", "url": "https://dawn.com", "title": "t", "published": DAY},
        {"publisher": [""], "url": ["ftp://dawn.com", "dawn.com"], "id": ["?"], "author": [""]},
    ),
    cls(
        Claim,
        {"metric": METRIC, "figure": PEOPLE, "source": SOURCE, "quote": "5", "as_of": DAY},
        {
            "figure": [Figure.exact(5, "post")],
            "quote": [""],
            "attributed_to": [""],
            "subject": [" "],
        },
    ),
    fn(
        "Claim.parse",
        Claim.parse,
        {"metric": METRIC, "text": "5 people", "source": SOURCE},
        {
            "text": ["no figure here", "5 tweets"],
            "quote": [""],
            "policy": ["generous"],
            "lang": ["xx"],
            "attributed_to": [""],
        },
    ),
    fn("Claim.describe", CLAIM.describe, {}),
    fn("Claim.reread", CLAIM.reread, {"policy": "literal"}, {"policy": ["generous"]}),
    fn(
        "reconcile",
        reconcile,
        {"claims": [CLAIM], "policy": None, "closes": DAY},
        {
            "claims": [[], "x", [Claim(metric=METRIC, figure=PEOPLE, rank=Rank.DEPRECATED)]],
            "policy": ["generous"],
            "closes": [NAIVE],
        },
    ),
    fn(
        "derive",
        derive,
        {"claims": [CLAIM], "metric": METRIC, "closes": DAY},
        {"claims": ["x"], "policy": ["generous"], "closes": [NAIVE], "subject": [""]},
    ),
    fn("reading_policy", reading_policy, {"policy": "news"}, {"policy": ["generous"]}),
    fn("registry_argument", registry_argument, {"registry": REGISTRY}),
    fn("same_party", same_party, {"a": PTI, "b": "PTI"}, {"a": [""], "b": [""]}),
    cls(ClaimRead, {"metric": METRIC, "claim": CLAIM, "figure": PEOPLE}),
    cls(ClaimIgnored, {"claim": CLAIM}),
    cls(Snapshot, {"metric": METRIC, "claim": CLAIM, "figure": PEOPLE}),
    cls(Moment, {"metric": METRIC, "claim": CLAIM}),
    cls(AverageSoFar, {"metric": METRIC, "claim": CLAIM}),
    cls(Moments, {"metric": METRIC, "count": 2, "figure": PEOPLE}),
    cls(Agreement, {"figure": PEOPLE}),
    cls(Conflict, {"first": CLAIM, "second": CLAIM}),
    cls(Disagreement, {"conflict": Conflict(CLAIM, CLAIM)}),
    cls(Hull, {"figure": PEOPLE}),
    cls(
        Floor,
        {"metric": METRIC, "claims": (CLAIM,), "low": 1.0, "inclusive": True, "figure": PEOPLE},
    ),
    cls(
        FloorConflict,
        {"metric": METRIC, "claims": (CLAIM,), "low": 1.0, "inclusive": True, "figure": PEOPLE},
    ),
    cls(
        Bounded,
        {
            "metric": METRIC,
            "other": METRIC,
            "lower": True,
            "value": 1.0,
            "inclusive": True,
            "unit": "person",
            "claims": (CLAIM,),
        },
    ),
    cls(
        Contradiction,
        {
            "metric": METRIC,
            "other": METRIC,
            "lower": True,
            "figure": PEOPLE,
            "other_figure": PEOPLE,
        },
    ),
    cls(NoFigure, {"metric": METRIC}),
    cls(PolicyUsed, {"names": ("news",)}),
    cls(
        Reconciliation,
        {"metric": METRIC, "figure": PEOPLE, "consistent": True, "conflicts": (), "used": (CLAIM,)},
    ),
    cls(Derivation, {"metric": METRIC, "figure": PEOPLE, "steps": ()}),
    fn("Reconciliation.reasons", RECONCILIATION.reasons, {}),
    fn("Reconciliation.lower_bound", RECONCILIATION.lower_bound, {}),
    fn("Derivation.reasons", DERIVATION.reasons, {}),
    # events
    fn(
        "AttendanceMode",
        AttendanceMode,
        {"value": "online"},
        {"value": ["remote"]},
        {"value": "AttendanceMode"},
    ),
    fn(
        "AdvisoryKind",
        AdvisoryKind,
        {"value": "security"},
        {"value": ["danger"]},
        {"value": "AdvisoryKind"},
    ),
    cls(
        Event,
        {"title": "E", "when": DAY, "place": PK, "claims": (CLAIM,), "kind": "debate"},
        {"title": [""], "kind": [""], "id": ["?"]},
    ),
    cls(
        Rally,
        {
            "title": "R",
            "when": DAY,
            "organizer": PTI,
            "speakers": (KHAN,),
            "mode": AttendanceMode.MIXED,
            "remote_speakers": (KHAN,),
        },
        {"speakers": [("Imran",)]},
    ),
    cls(
        AudioSession,
        {"title": "S", "when": DAY, "platform": "X", "simulcast": ("Facebook",)},
        {"platform": ["", "x" * 500], "simulcast": ["Facebook", ("",)]},
    ),
    cls(
        Trend,
        {"title": "T", "when": DAY, "hashtag": "#x", "platform": "X"},
        {"hashtag": ["#", ""], "platform": [""]},
    ),
    cls(
        Livestream,
        {"title": "L", "when": DAY, "platform": "Twitch", "channel": "c"},
        {"platform": [""], "channel": [""]},
    ),
    cls(
        Broadcast,
        {"title": "B", "when": DAY, "networks": ("CNN", PTA)},
        {"networks": ["CNN", ("",)]},
    ),
    cls(
        Election, {"title": "E", "when": DAY, "office": "NA", "jurisdiction": PK}, {"office": [""]}
    ),
    cls(
        Advisory,
        {
            "issuer": PTA,
            "kind": AdvisoryKind.SECURITY,
            "issued": DAY,
            "recommendation": "r",
            "window": LATER,
            "region": PK,
            "about": RALLY,
            "addressee": KHAN,
            "reason": "why",
            "supersedes": ADVISORY,
        },
        {"recommendation": [""], "reason": [""], "issuer": ["PTA"], "id": ["?"]},
    ),
    fn(
        "Event.derivation",
        RALLY.derivation,
        {"metric": METRIC, "registry": REGISTRY},
        {"policy": ["generous"], "subject": [""]},
    ),
    fn(
        "Event.figure",
        RALLY.figure,
        {"metric": METRIC, "policy": "news"},
        {"policy": ["generous"], "subject": [""]},
    ),
    fn("Event.explain", RALLY.explain, {"metric": METRIC}, {"policy": ["generous"]}),
    fn("Event.matches_type", RALLY.matches_type, {"key": "rally"}, {"key": [""]}),
    fn("Rally.with_remote_speaker", RALLY.with_remote_speaker, {"speaker": KHAN}),
    fn(
        "Advisory.rescheduled",
        ADVISORY.rescheduled,
        {"window": LATER, "issued": LATER},
        {"id": ["?"]},
    ),
    fn("Advisory.history", ADVISORY.history, {}),
    fn("Advisory.affects", ADVISORY.affects, {"event": RALLY}),
    fn(
        "normalize_platform",
        normalize_platform,
        {"name": "X"},
        {"name": ["", "x" * 500]},
        {"name": "platform"},
    ),
    fn("platform_fits", platform_fits, {"wanted": "X", "platform": "X Spaces"}, {"wanted": [""]}),
    fn("platform_key", platform_key, {"name": "X"}),
    # records
    fn("Outcome", Outcome, {"value": "broken"}, {"value": ["won"]}, {"value": "Outcome"}),
    fn(
        "RecordStatus",
        RecordStatus,
        {"value": "ratified"},
        {"value": ["official"]},
        {"value": "RecordStatus"},
    ),
    cls(
        Resolution,
        {"value": 0.01, "unit": "second"},
        {"value": [0, -1, float("inf"), float("nan")], "unit": ["", "furlong"]},
    ),
    fn(
        "Resolution.of",
        Resolution.of,
        {"value": "0.01 s"},
        {
            "value": [None, 0, -1, "fast", [1], float("inf"), 10**400, "1 furlong"],
            "unit": ["furlong"],
        },
    ),
    fn("Resolution.steps", RESOLUTION.steps, {"figure": PEOPLE}),
    cls(
        RecordCategory,
        {
            "metric": METRIC,
            "platform": "X",
            "event_type": "rally",
            "scope": "PK",
            "direction": Direction.HIGHER,
            "title": "t",
            "resolution": 1,
        },
        {
            "platform": [""],
            "event_type": [""],
            "scope": [""],
            "title": [""],
            "resolution": [0, -1, "fast", "1 s", [1], 10**400],
        },
        ok={"resolution": [12345]},
    ),  # a number in the metric's unit is a resolution
    fn("RecordCategory.fits", CATEGORY.fits, {"event": RALLY}),
    cls(
        Record,
        {
            "category": CATEGORY,
            "holder": "A",
            "value": PEOPLE,
            "set_on": DAY,
            "claims": (CLAIM,),
            "status": RecordStatus.RATIFIED,
            "claimed": PEOPLE,
            "ratified": PEOPLE,
        },
        {
            "holder": ["", 5],
            "value": [Figure.exact(5, "post")],
            "event_id": ["?"],
            "claims": [(Claim(metric=Metric.VIEWS, figure=Figure.exact(5, "view")),)],
            "claimed": [Figure.exact(5, "second")],
            "id": ["?"],
        },
    ),
    fn(
        "Record.from_claims",
        Record.from_claims,
        {"category": CATEGORY, "holder": "A", "claims": [CLAIM], "set_on": DAY},
        {"claims": [[], "x"], "holder": [""], "policy": ["generous"]},
    ),
    fn("Record.reading", RECORD.reading, {"policy": None}, {"policy": ["generous"]}),
    fn("Record.value_under", RECORD.value_under, {"policy": None}, {"policy": ["generous"]}),
    cls(
        RecordBook,
        {"records": {}},
        {"records": [{CATEGORY: [PEOPLE]}, {CATEGORY: (RECORD,)}, {"x": []}]},
    ),
    fn(
        "RecordBook.add_category",
        lambda category: book().add_category(category),
        {"category": CATEGORY},
        hints=lambda: {"category": RecordCategory},
    ),
    fn(
        "RecordBook.add",
        lambda record: book().add(record),
        {"record": RECORD},
        {
            "record": [
                Record(category=CATEGORY, holder="B", value=Figure.exact(1, "person"), set_on=LATER)
            ]
        },
        hints=lambda: {"record": Record},
    ),
    fn("RecordBook.steps", book().steps, {"category": CATEGORY}),
    fn("RecordBook.history", book().history, {"category": CATEGORY}),
    fn(
        "RecordBook.current",
        book().current,
        {"category": CATEGORY, "as_of": LATER},
        {"as_of": [NAIVE]},
    ),
    fn(
        "RecordBook.standing",
        book().standing,
        {"category": CATEGORY, "as_of": LATER},
        {"as_of": [NAIVE]},
    ),
    fn(
        "RecordBook.check",
        book().check,
        {"event": RALLY, "as_of": LATER},
        {"as_of": [NAIVE], "policy": ["generous"]},
    ),
    fn(
        "RecordBook.submit",
        lambda event, policy=None, registry=None: book().submit(
            event, policy=policy, registry=registry
        ),
        {"event": RALLY},
        {"policy": ["generous"]},
        hints=lambda: typing.get_type_hints(RecordBook.submit),
    ),
    fn("RecordBook.progression", book().progression, {"category": CATEGORY}),
    fn(
        "check",
        check,
        {"challenger": PEOPLE, "record": RECORD},
        {
            "record": [
                [],
                [
                    RECORD,
                    Record(
                        category=RecordCategory(metric=Metric.VIEWS),
                        holder="V",
                        value=Figure.exact(1, "view"),
                        set_on=DAY,
                    ),
                ],
            ],
            "policy": ["generous"],
        },
    ),
    cls(ChallengerFigure, {"figure": PEOPLE}),
    cls(DoesNotCompete, {"title": "t", "what": "w", "category": "c"}),
    cls(NoRecordYet, {"category": "c"}),
    cls(RecordValue, {"holder": "A", "status": "reported", "figure": PEOPLE}),
    cls(RecordClaims, {"step": STEP}),
    cls(StandingUncertain, {"records": (RECORD,), "why": "w"}),
    cls(BeforeAnyRecord, {"records": (RECORD,)}),
    cls(JointHolders, {"records": (RECORD,)}),
    cls(Comparison, {"outcome": "broken", "challenger": PEOPLE, "record": PEOPLE, "higher": True}),
    cls(NoUpperBound, {"which": "record"}),
    cls(CurrencyMismatch, {"record_unit": "USD", "challenger_unit": "EUR"}),
    cls(Unreconcilable, {"why": "w"}),
    cls(ProgressionStep, {"record": RECORD, "previous": None, "beats": Certainty.YES}),
    cls(Standing, {"record": RECORD, "certainty": Certainty.YES}),
    cls(
        Verdict,
        {"outcome": Outcome.BROKEN, "category": CATEGORY, "record": RECORD, "ratio": (1.0, None)},
        {"ratio": [(1.0,), ("1", None)]},
    ),
    fn("Verdict.to_dict", VERDICT.to_dict, {}),
]

BY_NAME = {api.name: api for api in APIS}

# --- wrong types, from each argument's annotation -------------------------------------------

WRONG: tuple[object, ...] = (None, object(), 12345, "not-a-thing", [object()], True)


def fits(value: object, hint: Any) -> bool:
    """Whether a value fits an annotation (as polevents' own check reads it, plus
    the abstract collections functions take)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, __import__("types").UnionType):
        return any(fits(value, a) for a in typing.get_args(hint))
    if origin in (collections.abc.Iterable, collections.abc.Sequence):
        (item,) = typing.get_args(hint)
        return (
            isinstance(value, collections.abc.Iterable)
            and not isinstance(value, str | bytes)
            and all(fits(i, item) for i in value)  # type: ignore[union-attr]
        )
    return v._fits(value, hint)


def hints_of(api: Api) -> dict[str, Any]:
    if api.hints is not None:
        return api.hints()
    try:
        return typing.get_type_hints(api.call)
    except TypeError:  # an enum class: its value is any value
        return {}


def cases() -> list[tuple[str, str, object]]:
    found = []
    for api in APIS:
        hints = hints_of(api)
        for param in _params(api):
            hint = hints.get(param, Any)
            accepted = api.ok.get(param, [])
            wrong = [w for w in WRONG if not fits(w, hint) and w not in accepted]
            for value in [*wrong, *api.bad.get(param, [])]:
                found.append((api.name, param, value))
    return found


def _params(api: Api) -> list[str]:
    names = set(api.good) | set(api.bad)
    try:
        signature = inspect.signature(api.call)
    except (TypeError, ValueError):
        return sorted(names)
    for p in signature.parameters.values():
        if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY) and p.name != "self":
            names.add(p.name)
    return sorted(names)


CASES = cases()


def _id(case: tuple[str, str, object]) -> str:
    name, param, value = case
    # ids must be the same in every process (pytest-xdist): no memory addresses
    shown = re.sub(r" at 0x[0-9a-f]+", "", repr(value))
    return f"{name}-{param}-{shown[:30]}"


# --- the contract -------------------------------------------------------------------------


@pytest.mark.parametrize("api", APIS, ids=lambda api: api.name)
def test_the_good_call_works(api):
    # guards the table: each bad value below is the only thing wrong in its call
    api.call(**api.good)


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_a_bad_argument_is_a_polevents_error_naming_it(case):
    name, param, value = case
    api = BY_NAME[name]
    with pytest.raises(PolEventsError) as info:
        api.call(**{**api.good, param: value})
    error = info.value
    assert isinstance(error, ValidationError | IncomparableError), repr(error)
    word = api.named.get(param, param)
    assert word in str(error), f"{name}({param}={value!r}): {error}"
    if isinstance(error, ValidationError):
        # the value as given (or, for long text, its start) and what was expected
        assert error.expected
        assert word in error.field or word in str(error)


def test_every_public_class_and_function_is_walked():
    walked = {api.name.split(".")[0] for api in APIS}
    missing = []
    for module in MODULES:
        for name in module.__all__:
            obj = getattr(module, name)
            if not callable(obj) or name in ("Actor", "Step"):
                continue  # constants and tables; Actor is a type alias, Step a base class
            if name not in walked:
                missing.append(f"{module.__name__}.{name}")
            if not inspect.isclass(obj) or (obj is not Event and issubclass(obj, Event)):
                continue  # the event classes inherit Event's methods: walked once, on Event
            for attr, member in vars(obj).items():
                method = inspect.isfunction(member) or isinstance(member, classmethod)
                if method and not attr.startswith("_") and f"{name}.{attr}" not in BY_NAME:
                    missing.append(f"{module.__name__}.{name}.{attr}")
    assert not missing, "not in the contract table: " + ", ".join(missing)


# --- the cases the issue names ------------------------------------------------------------


def test_the_reproducers_of_issue_13():
    with pytest.raises(ValidationError, match="claims"):
        reconcile(None)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match=r"Claim\.figure"):
        Claim(metric=METRIC, figure="x")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match=r"Record\.value"):
        Record(category=CATEGORY, holder="A", value=None, set_on=DAY)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="event"):
        RecordBook().check(None)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match=r"Person\.roles"):
        Person(name="A", roles=None)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match=r"Metric\.unit"):
        Metric(key="a", label="a", unit=5)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="operand of &"):
        Certainty.YES & None  # type: ignore[operator]


def test_a_place_chain_is_limited_in_depth():
    place = PK
    for i in range(MAX_DEPTH):
        place = Place(name=f"level {i}", country="PK", tz=K, parent=place)
    assert place.depth == MAX_DEPTH
    hash(place)  # comparing and hashing follow the chain: within the stack's reach
    with pytest.raises(ValidationError, match=r"Place.parent: .*at most 64 parents deep"):
        Place(name="one too deep", country="PK", tz=K, parent=place)


def test_an_advisory_chain_is_limited_in_length():
    advisory = ADVISORY
    for _ in range(events.MAX_SUPERSEDED - 1):
        advisory = advisory.rescheduled(LATER, LATER)
    assert len(advisory.history()) == events.MAX_SUPERSEDED
    hash(advisory)
    with pytest.raises(ValidationError, match=r"Advisory\.supersedes"):
        advisory.rescheduled(LATER, LATER)


def test_figures_of_another_dimension_are_incomparable():
    # the design: a figure of another dimension is a mistake in the call
    with pytest.raises(IncomparableError, match="attendance"):
        check(Figure.exact(5, "post"), RECORD)
    with pytest.raises(IncomparableError):
        RESOLUTION.steps(Figure.exact(5, "second"))
    with pytest.raises(IncomparableError, match="different things"):
        reconcile([CLAIM, Claim(metric=Metric.VIEWS, figure=Figure.exact(5, "view"))])


def test_a_huge_count_of_tiny_steps_does_not_overflow():
    fine = RecordCategory(metric=METRIC, resolution=1e-300, title="fine")
    big = Record(category=fine, holder="A", value=Figure.exact(1e300, "person"), set_on=DAY)
    verdict = check(Figure.exact(1e300, "person"), big)
    assert verdict.outcome is Outcome.TIED
    assert str(verdict)


def test_naive_times_are_refused_by_name():
    with pytest.raises(ValidationError, match="as_of"):
        book().standing(CATEGORY, NAIVE)
    with pytest.raises(ValidationError, match="closes"):
        reconcile([CLAIM], closes=NAIVE)
    assert book().current(CATEGORY, datetime(2030, 1, 1, tzinfo=UTC)) == RECORD
