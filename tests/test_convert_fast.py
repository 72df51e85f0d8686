"""The hand-written fast path of ``_convert.read`` builds what the converter builds.

``read(document, detailed=False)`` builds the common shapes by hand (places,
sources, actors, events of every type, claims, explicit figures and spans,
references by id) and leaves every other item to the fast cattrs converter;
``by_hand=False`` leaves every item to the converter. The detailed reading
(``detailed=True``) reports every problem with its path. These tests check
that the three agree: on every generated dataset, on documents mutated at
random, and on the cases each inline check is there for.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from types import MappingProxyType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from polevents import _convert, _formats
from polevents import strategies as pst
from polevents.io import Dataset, LoadError, dumps, loads

Outcome = tuple[str, Any]


def _outcome(read: Callable[[], tuple[dict[str, Any], list[Any]]]) -> Outcome:
    """("ok", lists) when the document was read, ("refused", None) otherwise."""
    try:
        lists, problems = read()
    except Exception:  # the fast readings raise at the first problem
        return ("refused", None)
    if problems or not lists:
        return ("refused", None)
    return ("ok", lists)


def _three(document: Any) -> tuple[Outcome, Outcome, Outcome]:
    """The document read by hand, by the fast converter and in detail."""
    doc = copy.deepcopy(document)  # a reading must not change the document
    hand = _outcome(lambda: _convert.read(doc, detailed=False))
    assert doc == document
    plain = _outcome(lambda: _convert.read(copy.deepcopy(document), detailed=False, by_hand=False))
    detailed = _outcome(lambda: _convert.read(copy.deepcopy(document), detailed=True))
    return hand, plain, detailed


def _agree(document: Any) -> Outcome:
    """The three readings agree; the hand-written one never accepts more."""
    hand, plain, detailed = _three(document)
    assert hand[0] == plain[0], (hand[0], plain[0])
    if hand[0] == "ok":
        assert detailed[0] == "ok", "the fast path accepted what the detailed reading refuses"
        assert hand[1] == plain[1] == detailed[1]
        _same_kinds(hand[1], plain[1])
    return hand


def _same_kinds(a: Any, b: Any) -> None:
    """Equal and of the same types all the way down (1.0 is not 1, True is not 1)."""
    assert type(a) is type(b), (a, b)
    if isinstance(a, dict):
        assert a.keys() == b.keys()
        for key in a:
            _same_kinds(a[key], b[key])
    elif isinstance(a, tuple | list):
        assert len(a) == len(b)
        for x, y in zip(a, b, strict=True):
            _same_kinds(x, y)
    elif hasattr(type(a), "__attrs_attrs__"):
        for field in type(a).__attrs_attrs__:
            _same_kinds(getattr(a, field.name), getattr(b, field.name))
    else:
        assert a == b or (a != a and b != b), (a, b)


def _document(dataset: Dataset) -> Any:
    return _formats.parse_text(dumps(dataset), "json", "<text>")


# --- generated datasets ---------------------------------------------------------------


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(dataset=pst.datasets())
def test_every_generated_dataset_reads_the_same_by_hand(dataset: Dataset) -> None:
    document = _document(dataset)
    outcome = _agree(document)
    assert outcome[0] == "ok"
    assert Dataset(**outcome[1]) == dataset


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**6), 10**6)
    | st.floats(allow_nan=True)
    | st.sampled_from(["", " ", "x", "day", "DAY", "over", "person", "USD", "2022-04-21"])
    | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=2) | st.dictionaries(st.text(max_size=6), inner, max_size=2)
    ),
    max_leaves=4,
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


@st.composite
def mutated(draw: st.DrawFn) -> Any:
    """A generated dataset's document with one to three values replaced,
    deleted, swapped for another of the document's values, or given an extra key."""
    document = _document(draw(pst.datasets()))
    paths = _paths(document)[2:]  # not the document itself, nor its version
    values = [step for step in paths if step]
    for _ in range(draw(st.integers(1, 3))):
        if not paths:
            break
        path = draw(st.sampled_from(paths))
        parent: Any = document
        try:
            for step in path[:-1]:
                parent = parent[step]
            parent[path[-1]]
        except (KeyError, IndexError, TypeError):
            continue  # gone after an earlier mutation
        if not isinstance(parent, (dict, list)):
            continue  # an earlier mutation put a string where a container was
        last = path[-1]
        action = draw(st.sampled_from(["replace", "delete", "add key", "swap"]))
        if action == "replace":
            parent[last] = draw(json_values)
        elif action == "delete":
            del parent[last]
        elif action == "add key" and isinstance(parent[last], dict):
            parent[last][draw(st.sampled_from(["x", "type", "id", "metric", "text"]))] = draw(
                json_values
            )
        elif action == "swap":
            other: Any = document
            try:
                for step in draw(st.sampled_from(values)):
                    other = other[step]
            except (KeyError, IndexError, TypeError):
                continue
            parent[last] = copy.deepcopy(other)
    return document


@settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(document=mutated())
def test_mutated_documents_are_refused_or_read_alike(document: Any) -> None:
    _agree(document)


# --- targeted cases -------------------------------------------------------------------

SPAN = {
    "start": "2022-04-21T00:00:00+05:00",
    "end": "2022-04-22T00:00:00+05:00",
    "exact": False,
    "precision": "day",
    "text": "21-04-2022",
}
FIGURE = {
    "low": 446000.0,
    "low_inclusive": False,
    "unit": "person",
    "qualifier": "over",
    "nominal": 446000.0,
    "text": "over 446,000 people",
    "policy": "news",
}
PUBLISHED = {**SPAN, "start": "2022-04-22T00:00:00+00:00", "end": "2022-04-23T00:00:00+00:00"}
VALID: dict[str, Any] = {
    "polevents": 1,
    "tz": "UTC",
    "sources": [
        {"id": "dawn", "publisher": "Dawn", "url": "https://www.dawn.com/", "published": PUBLISHED}
    ],
    "people": [{"id": "ik", "name": "Imran Khan", "aliases": ["IK"]}],
    "parties": [{"id": "pti", "name": "Pakistan Tehreek-e-Insaf", "abbreviation": "PTI"}],
    "organizations": [{"id": "ecp", "name": "Election Commission", "country": "PK"}],
    "places": [
        {"id": "pk", "name": "Pakistan", "country": "PK", "tz": "Asia/Karachi"},
        {"id": "lahore", "name": "Lahore", "country": "PK", "tz": "Asia/Karachi", "parent": "pk"},
    ],
    "events": [
        {
            "type": "rally",
            "id": "jalsa",
            "title": "Lahore jalsa",
            "when": SPAN,
            "place": "lahore",
            "sources": ["dawn"],
            "organizer": "pti",
            "speakers": ["ik"],
            "mode": "in_person",
            "claims": [
                {
                    "metric": "attendance",
                    "figure": FIGURE,
                    "source": "dawn",
                    "quote": "over 446,000 people",
                    "rank": "preferred",
                    "as_of": SPAN,
                    "attributed_to": "the police",
                    "subject": None,
                },
                {"metric": "views", "figure": {"low": 5, "high": 7, "unit": "view"}},
            ],
        },
        {"type": "event", "id": "launch", "title": "Book launch", "when": SPAN, "kind": "launch"},
        {
            "type": "audio_session",
            "title": "Space",
            "when": SPAN,
            "platform": "X Spaces",
            "hosts": ["ik"],
            "simulcast": ["YouTube Live"],
        },
        {"type": "trend", "title": "Trend", "when": SPAN, "hashtag": "#Jalsa", "platform": "X"},
        {"type": "livestream", "title": "Stream", "when": SPAN, "platform": "Twitch"},
        {"type": "broadcast", "title": "Debate", "when": SPAN, "networks": ["Geo", "ARY"]},
        {
            "type": "election",
            "title": "Vote",
            "when": SPAN,
            "office": "National Assembly",
            "jurisdiction": "pk",
            "claims": [
                {"metric": "votes", "figure": {"low": 10, "high": 10, "unit": "vote"}},
            ],
        },
    ],
}


def _with(path: tuple[Any, ...], value: Any = None, *, delete: bool = False) -> Any:
    document = copy.deepcopy(VALID)
    parent: Any = document
    for step in path[:-1]:
        parent = parent[step]
    if delete:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    return document


def _built_by_hand(document: Any, monkeypatch: pytest.MonkeyPatch) -> tuple[dict[str, Any], Any]:
    """The lists read with the converter forbidden for the lists built by hand."""
    real = _convert._structure

    def converter_only_for_the_rest(name: str, *args: Any) -> Any:
        assert name not in _convert._BY_HAND, f"an item of {name} went to the converter"
        return real(name, *args)

    with monkeypatch.context() as patch:
        patch.setattr(_convert, "_structure", converter_only_for_the_rest)
        return _convert.read(copy.deepcopy(document), detailed=False)


def test_the_common_shapes_are_built_by_hand(monkeypatch: pytest.MonkeyPatch) -> None:
    lists, problems = _built_by_hand(VALID, monkeypatch)
    assert problems == []
    assert [e.event_type for e in lists["events"]] == [
        "rally",
        "event",
        "audio_session",
        "trend",
        "livestream",
        "broadcast",
        "election",
    ]
    assert _agree(VALID)[0] == "ok"
    rally = lists["events"][0]
    # References by id are the listed objects themselves.
    assert rally.place is lists["places"][1]
    assert rally.place.parent is lists["places"][0]
    assert rally.claims[0].source is lists["sources"][0]
    assert rally.speakers[0] is lists["people"][0]
    assert rally.organizer is lists["parties"][0]


def test_the_benchmark_document_is_built_by_hand(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util
    import pathlib

    path = pathlib.Path(__file__).parent.parent / "benchmarks" / "load.py"
    spec = importlib.util.spec_from_file_location("_load_benchmark", path)
    assert spec is not None
    assert spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    document = json.loads(bench.generate(60)["explicit"])
    lists, problems = _built_by_hand(document, monkeypatch)
    assert problems == []
    assert len(lists["events"]) == 60
    assert _agree(document)[0] == "ok"


#: Documents each check of the hand-written path is there for: every one is
#: refused by all three readings.
REFUSED: dict[str, Any] = {
    "title not text": _with(("events", 0, "title"), 5),
    "empty title": _with(("events", 0, "title"), " "),
    "title null": _with(("events", 0, "title"), None),
    "no title": _with(("events", 0, "title"), delete=True),
    "no when": _with(("events", 0, "when"), delete=True),
    "unknown event key": _with(("events", 0, "colour"), "red"),
    "unknown event type": _with(("events", 0, "type"), "picnic"),
    "type not text": _with(("events", 0, "type"), ["rally"]),
    "field of another type": _with(("events", 1, "platform"), "Twitch"),
    "unknown place id": _with(("events", 0, "place"), "karachi"),
    "a source's id as the place": _with(("events", 0, "place"), "dawn"),
    "place as a number": _with(("events", 0, "place"), 7),
    "place as a list": _with(("events", 0, "place"), ["lahore"]),
    "sources not a list": _with(("events", 0, "sources"), "dawn"),
    "unknown source id in sources": _with(("events", 0, "sources"), ["dawn", "geo"]),
    "a person's id as a source": _with(("events", 0, "sources"), ["ik"]),
    "source id not text": _with(("events", 0, "sources"), [1]),
    "claims not a list": _with(("events", 0, "claims"), {"metric": "attendance"}),
    "claim not an object": _with(("events", 0, "claims", 0), "over 446,000 people"),
    "unknown claim key": _with(("events", 0, "claims", 0, "colour"), "red"),
    "no figure": _with(("events", 0, "claims", 0, "figure"), delete=True),
    "no metric": _with(("events", 0, "claims", 0, "metric"), delete=True),
    "unknown metric": _with(("events", 0, "claims", 0, "metric"), "crowd"),
    "metric not text": _with(("events", 0, "claims", 0, "metric"), ["attendance"]),
    "figure for another metric": _with(("events", 0, "claims", 0, "metric"), "posts"),
    "unknown source id in a claim": _with(("events", 0, "claims", 0, "source"), "geo"),
    "a place's id as a claim's source": _with(("events", 0, "claims", 0, "source"), "lahore"),
    "quote not text": _with(("events", 0, "claims", 0, "quote"), 5),
    "empty quote": _with(("events", 0, "claims", 0, "quote"), ""),
    "unknown rank": _with(("events", 0, "claims", 0, "rank"), "best"),
    "rank not text": _with(("events", 0, "claims", 0, "rank"), 1),
    "empty estimator": _with(("events", 0, "claims", 0, "attributed_to"), "  "),
    "estimator as a number": _with(("events", 0, "claims", 0, "attributed_to"), 3),
    "unknown organizer": _with(("events", 0, "organizer"), "ppp"),
    "a place as organizer": _with(("events", 0, "organizer"), "lahore"),
    "unknown speaker": _with(("events", 0, "speakers"), ["nawaz"]),
    "a party as speaker": _with(("events", 0, "speakers"), ["pti"]),
    "unknown mode": _with(("events", 0, "mode"), "hybrid"),
    "remote speakers in person": _with(("events", 0, "remote_speakers"), ["ik"]),
    "empty platform": _with(("events", 2, "platform"), " "),
    "simulcast not a list": _with(("events", 2, "simulcast"), "Twitch"),
    "empty hashtag": _with(("events", 3, "hashtag"), "#"),
    "empty network": _with(("events", 5, "networks"), ["Geo", ""]),
    "a network as a number": _with(("events", 5, "networks"), [1]),
    "kind not text": _with(("events", 1, "kind"), 5),
    "id not text": _with(("events", 1, "id"), ["launch"]),
    "bad id": _with(("events", 1, "id"), "a b"),
    "duplicate id": _with(("events", 1, "id"), "jalsa"),
    "jurisdiction unknown": _with(("events", 6, "jurisdiction"), "pb"),
    # explicit spans
    "span not an object": _with(("events", 0, "when"), ["2022-04-21"]),
    "unknown span key": _with(("events", 0, "when", "zone"), "PKT"),
    "no start": _with(("events", 0, "when", "start"), delete=True),
    "no end": _with(("events", 0, "when", "end"), delete=True),
    "naive start": _with(("events", 0, "when", "start"), "2022-04-21T00:00:00"),
    "start not text": _with(("events", 0, "when", "start"), 20220421),
    "start not a time": _with(("events", 0, "when", "start"), "soon"),
    "end before start": _with(("events", 0, "when", "end"), "2022-04-20T00:00:00+05:00"),
    "end at start": _with(("events", 0, "when", "end"), "2022-04-21T00:00:00+05:00"),
    "exact as a number": _with(("events", 0, "when", "exact"), 1),
    "exact as text": _with(("events", 0, "when", "exact"), "no"),
    "exact null": _with(("events", 0, "when", "exact"), None),
    "unknown precision": _with(("events", 0, "when", "precision"), "fortnight"),
    "empty precision": _with(("events", 0, "when", "precision"), ""),
    "precision as a number": _with(("events", 0, "when", "precision"), 3),
    "span text not text": _with(("events", 0, "when", "text"), 5),
    "as_of unknown key": _with(("events", 0, "claims", 0, "as_of", "x"), 1),
    "published naive": _with(("sources", 0, "published", "end"), "2022-04-23T00:00:00"),
    # explicit figures
    "figure not an object": _with(("events", 0, "claims", 0, "figure"), 446000),
    "figure null": _with(("events", 0, "claims", 0, "figure"), None),
    "unknown figure key": _with(("events", 0, "claims", 0, "figure", "step"), 1000),
    "low as text": _with(("events", 0, "claims", 0, "figure", "low"), "446000"),
    "low as true": _with(("events", 0, "claims", 0, "figure", "low"), True),
    "low negative": _with(("events", 0, "claims", 0, "figure", "low"), -1),
    "low infinite": _with(("events", 0, "claims", 0, "figure", "low"), float("inf")),
    "low not a number": _with(("events", 0, "claims", 0, "figure", "low"), float("nan")),
    "low above high": _with(("events", 0, "claims", 1, "figure", "low"), 8),
    "one point, open end": _with(
        ("events", 0, "claims", 1, "figure"),
        {"low": 5, "high": 5, "high_inclusive": False, "unit": "view"},
    ),
    "low_inclusive null": _with(("events", 0, "claims", 0, "figure", "low_inclusive"), None),
    "low_inclusive as 1": _with(("events", 0, "claims", 0, "figure", "low_inclusive"), 1),
    "high_inclusive without high": _with(
        ("events", 0, "claims", 0, "figure", "high_inclusive"), True
    ),
    "unit as a number": _with(("events", 0, "claims", 0, "figure", "unit"), 1),
    "unit null": _with(("events", 0, "claims", 0, "figure", "unit"), None),
    "unknown unit": _with(("events", 0, "claims", 0, "figure", "unit"), "crowds"),
    "unit of another metric": _with(("events", 0, "claims", 0, "figure", "unit"), "view"),
    "unknown qualifier": _with(("events", 0, "claims", 0, "figure", "qualifier"), "roughly"),
    "qualifier null": _with(("events", 0, "claims", 0, "figure", "qualifier"), None),
    "qualifier as a list": _with(("events", 0, "claims", 0, "figure", "qualifier"), ["over"]),
    "derived below zero": _with(
        ("events", 0, "claims", 1, "figure"),
        {"low": -5, "high": 7, "unit": "view", "qualifier": "derived"},
    ),
    "derived unbounded below": _with(
        ("events", 0, "claims", 1, "figure"), {"high": 7, "unit": "view", "qualifier": "derived"}
    ),
    "nominal outside": _with(("events", 0, "claims", 0, "figure", "nominal"), 5.0),
    "nominal as text": _with(("events", 0, "claims", 0, "figure", "nominal"), "446000"),
    "figure text as a number": _with(("events", 0, "claims", 0, "figure", "text"), 5),
    "policy as a number": _with(("events", 0, "claims", 0, "figure", "policy"), 5),
    "unknown lang": _with(("events", 0, "claims", 0, "figure", "lang"), "xx"),
    "lang null": _with(("events", 0, "claims", 0, "figure", "lang"), None),
    "no unit for money": _with(
        ("events", 0, "claims", 1),
        {"metric": "funds_raised", "figure": {"low": 5, "high": 7}},
    ),
    # places, sources, actors
    "unknown parent": _with(("places", 1, "parent"), "in"),
    "parent a source": _with(("places", 1, "parent"), "dawn"),
    "bad country": _with(("places", 1, "country"), "XX"),
    "bad zone": _with(("places", 1, "tz"), "UTC+5"),
    "aliases as text": _with(("places", 1, "aliases"), "LHR"),
    "alias as a number": _with(("places", 1, "aliases"), [1]),
    "empty alias": _with(("places", 1, "aliases"), [""]),
    "unknown place key": _with(("places", 1, "population"), 13000000),
    "bad url": _with(("sources", 0, "url"), "dawn.com"),
    "publisher null": _with(("sources", 0, "publisher"), None),
    "empty author": _with(("sources", 0, "author"), ""),
    "person with no name": _with(("people", 0, "name"), delete=True),
    "party with a bad country": _with(("parties", 0, "country"), "ZZ"),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_each_check_refuses_alike(name: str) -> None:
    hand, plain, detailed = _three(REFUSED[name])
    assert (hand[0], plain[0], detailed[0]) == ("refused", "refused", "refused")
    with pytest.raises(LoadError):
        loads(json.dumps(REFUSED[name], allow_nan=True))


#: Documents with shapes the hand-written path leaves to the converter (or
#: values that are right but unusual): all three readings read them alike.
ACCEPTED: dict[str, Any] = {
    "inline place": _with(
        ("events", 0, "place"), {"name": "Karachi", "country": "PK", "tz": "Asia/Karachi"}
    ),
    "inline source in a claim": _with(("events", 0, "claims", 0, "source"), {"publisher": "Geo"}),
    "inline speaker": _with(("events", 0, "speakers"), [{"name": "Nawaz Sharif"}]),
    "inline organizer": _with(("events", 0, "organizer"), {"type": "party", "name": "PPP"}),
    "estimator by reference": _with(("events", 0, "claims", 0, "attributed_to"), {"ref": "ik"}),
    "organization as a network": _with(
        ("events", 5, "networks"), ["Geo", {"type": "organization", "name": "ARY", "id": "ary"}]
    ),
    "date as text": _with(("events", 0, "when"), "21-04-2022"),
    "as_of as text": _with(("events", 0, "claims", 0, "as_of"), "21-04-2022"),
    "published as text": _with(("sources", 0, "published"), "22-04-2022"),
    "figure as text": _with(("events", 0, "claims", 0, "figure"), "over 446,000 people"),
    "own direction": _with(("events", 0, "direction"), "forward"),
    "own lang": _with(("events", 0, "lang"), "en"),
    "precision in capitals": _with(("events", 0, "when", "precision"), "DAY"),
    "no precision": _with(("events", 0, "when", "precision"), delete=True),
    "precision null": _with(("events", 0, "when", "precision"), None),
    "no exact": _with(("events", 0, "when", "exact"), delete=True),
    "whole-number bounds": _with(("events", 0, "claims", 0, "figure", "low"), 446000),
    "whole-number nominal": _with(("events", 0, "claims", 0, "figure", "nominal"), 446000),
    "no low bound": _with(
        ("events", 0, "claims", 1, "figure"), {"high": 7, "unit": "view", "qualifier": "derived"}
    )
    | {"events": [VALID["events"][1]]},
    "no unit, the metric's": _with(("events", 0, "claims", 0, "figure", "unit"), delete=True),
    "unit alias": _with(("events", 0, "claims", 0, "figure", "unit"), "people"),
    "lang given": _with(("events", 0, "claims", 0, "figure", "lang"), "en"),
    "money": _with(
        ("events", 0, "claims", 1),
        {"metric": "funds_raised", "figure": {"low": 5, "high": 7, "unit": "USD"}},
    ),
    "quote null": _with(("events", 0, "claims", 0, "quote"), None),
    "source null": _with(("events", 0, "claims", 0, "source"), None),
    "place null": _with(("events", 0, "place"), None),
    "no claims": _with(("events", 0, "claims"), []),
    "estimator as an actor id": _with(("events", 0, "claims", 0, "subject"), {"ref": "pti"}),
    "remote speakers online": _with(("events", 0, "remote_speakers"), ["ik"])
    | {"events": [{**VALID["events"][0], "remote_speakers": ["ik"], "mode": "online"}]},
    "person with roles": _with(
        ("people", 0, "roles"), [{"title": "chairman", "organization": "pti"}]
    ),
}


@pytest.mark.parametrize("name", sorted(ACCEPTED))
def test_unusual_shapes_read_alike(name: str) -> None:
    hand, plain, detailed = _three(ACCEPTED[name])
    assert (hand[0], plain[0], detailed[0]) == ("ok", "ok", "ok")
    _agree(ACCEPTED[name])


def test_a_document_of_other_mappings_and_tuples_reads_alike() -> None:
    """Not JSON's own dicts and lists (a caller's own document): the converter reads it."""

    class Other(dict[str, Any]):
        """What a YAML loader of one's own might give."""

    def other(node: Any) -> Any:
        if isinstance(node, dict):
            return Other({k: other(v) for k, v in node.items()})
        if isinstance(node, list):
            return [other(v) for v in node]
        return node

    document = dict(other(VALID))
    assert _agree(document)[0] == "ok"
    proxied = {**VALID, "places": [MappingProxyType(p) for p in VALID["places"]]}
    lists, problems = _convert.read(proxied, detailed=False)
    assert problems == []
    assert lists == _convert.read(proxied, detailed=True)[0]
    events = copy.deepcopy(VALID)
    events["events"][0]["sources"] = ("dawn",)
    events["events"][0]["claims"] = tuple(events["events"][0]["claims"])
    assert _agree(events)[0] == "ok"


def test_a_failed_item_leaves_nothing_behind() -> None:
    """An item the hand-written path gives up part way (a good claim, then a
    text date) is read whole by the converter, with nothing registered twice."""
    document = _with(("events", 0, "when"), "21-04-2022")
    lists, problems = _convert.read(document, detailed=False)
    assert problems == []
    assert lists["events"][0].when.text == "21-04-2022"
    assert lists["events"][0].claims[0].source is lists["sources"][0]


def test_metric_hints_are_per_reading() -> None:
    """A metric declared in one document is unknown in the next."""
    declared = copy.deepcopy(VALID)
    declared["metrics"] = [{"key": "chants", "label": "chants", "unit": "post"}]
    declared["events"][1]["claims"] = [{"metric": "chants", "figure": {"low": 3, "unit": "post"}}]
    assert _agree(declared)[0] == "ok"
    undeclared = copy.deepcopy(declared)
    del undeclared["metrics"]
    assert _agree(undeclared)[0] == "refused"


def test_a_list_without_references_keeps_the_file_order() -> None:
    items = [{"id": "b"}, {"id": "a"}, {"id": "c"}]
    assert _convert._order(items, "parent") == ([0, 1, 2], {})
    # The walk for lists with references agrees on what it shares.
    walked, trouble = _convert._order([*items, "not an object"], "parent")
    assert walked == [0, 1, 2, 3]
    assert trouble == {}


def test_io_loads_reads_the_same_dataset_either_way(monkeypatch: pytest.MonkeyPatch) -> None:
    text = json.dumps(VALID)
    by_hand = loads(text)
    with monkeypatch.context() as patch:
        patch.setattr(_convert, "_BY_HAND", {})
        assert loads(text) == by_hand


def test_the_collector_is_paused_only_while_reading_fast(monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    seen: list[bool] = []
    real = _convert._by_hand_event

    def spy(value: Any, ctx: Any) -> Any:
        seen.append(gc.isenabled())
        return real(value, ctx)

    assert gc.isenabled()
    with monkeypatch.context() as patch:
        patch.setattr(_convert, "_BY_HAND", {**_convert._BY_HAND, "events": spy})
        _convert.read(copy.deepcopy(VALID), detailed=False)
        assert seen
        assert not any(seen)
        assert gc.isenabled()
        # Back on after a reading that failed, too.
        with pytest.raises(Exception):  # noqa: B017, PT011 - the fast reading's first problem
            _convert.read(REFUSED["unknown metric"], detailed=False)
        assert gc.isenabled()
    # A collector that was off stays off.
    gc.disable()
    try:
        _convert.read(copy.deepcopy(VALID), detailed=False)
        assert not gc.isenabled()
    finally:
        gc.enable()
    # Readings in several threads at once: on again when the last one ends.
    import threading

    threads = [
        threading.Thread(
            target=_convert.read, args=(copy.deepcopy(VALID),), kwargs={"detailed": False}
        )
        for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert gc.isenabled()
