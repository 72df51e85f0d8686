"""The strategies users get, and ``st.from_type`` through the hypothesis entry point."""

import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from polevents import Metric
from polevents import strategies as pst
from polevents._hypothesis_plugin import TYPE_STRATEGIES


def _public_types():
    import importlib

    found = []
    for (module, name), strategy in TYPE_STRATEGIES.items():
        cls = getattr(importlib.import_module(module), name, None)
        if cls is None:
            continue  # a type this version does not have yet
        found.append(pytest.param(cls, strategy, id=name))
    return found


def test_every_strategy_named_in_the_plugin_exists():
    for strategy in TYPE_STRATEGIES.values():
        assert callable(getattr(pst, strategy)), strategy
        assert strategy in pst.__all__


#: The domain types of DESIGN.md's public names (enums need no strategy of their own).
DOMAIN_TYPES = (
    "Figure",
    "ReadingPolicy",
    "Span",
    "Source",
    "Claim",
    "Reconciliation",
    "Metric",
    "Person",
    "Role",
    "Party",
    "Organization",
    "Place",
    "Event",
    "Rally",
    "AudioSession",
    "Trend",
    "Livestream",
    "Broadcast",
    "Election",
    "Advisory",
    "RecordCategory",
    "Record",
    "Verdict",
    "Dataset",
)


def test_every_public_domain_type_is_registered():
    registered = {name for (_module, name) in TYPE_STRATEGIES}
    assert set(DOMAIN_TYPES) <= registered


@pytest.mark.parametrize(("cls", "strategy"), _public_types())
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_from_type_gives_valid_values_of_that_type(cls, strategy, data):
    value = data.draw(st.from_type(cls))
    assert isinstance(value, cls)
    if cls.__name__ in ("Rally", "AudioSession", "Trend", "Livestream", "Broadcast", "Election"):
        assert type(value) is cls  # not a guess from the signature, nor a sibling type


@given(pst.events())
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_events_cover_every_type(event):
    from polevents._convert import EVENT_CLASSES

    assert type(event) in EVENT_CLASSES.values()


@pytest.mark.parametrize(
    "kind", ["event", "rally", "audio_session", "trend", "livestream", "broadcast", "election"]
)
def test_events_of_one_type(kind):
    from polevents._convert import EVENT_CLASSES

    if kind not in EVENT_CLASSES:
        pytest.skip(f"{kind} has not landed yet")

    @given(pst.events((kind,)))
    @settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    def check(event):
        assert event.event_type == kind

    check()


@given(pst.claims())
@settings(max_examples=50, deadline=None)
def test_claims_fit_their_metric(claim):
    assert claim.figure.dimension == claim.metric.dimension or claim.metric.unit == "money"


@given(pst.records())
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_records_are_valid(record):
    assert record.value.unit


def test_unknown_event_types_are_refused():
    from polevents import ValidationError

    with pytest.raises(ValidationError):
        pst.events(("parade",))


def test_importing_polevents_never_imports_hypothesis():
    code = (
        "import sys, polevents, polevents.io, polevents.datasets, polevents.cli;"
        "polevents.datasets.twitter_space_2022().check();"
        "print('hypothesis' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip() == "False"


def test_the_plugin_never_breaks_hypothesis(monkeypatch):
    # Run while hypothesis is imported in every project with polevents
    # installed: a polevents that cannot be imported must not raise there.
    import importlib

    from polevents import _hypothesis_plugin

    def broken(_name):
        raise ImportError("cattrs too old")

    monkeypatch.setattr(importlib, "import_module", broken)
    _hypothesis_plugin._hypothesis_setup_hook()


def test_strategies_are_built_once_and_shared():
    assert pst.names() is pst.names()
    assert pst.spans() is pst.spans()
    assert pst.spans(exact=True) is not pst.spans()
    assert pst.claims(Metric.ATTENDANCE) is pst.claims(Metric.ATTENDANCE)
