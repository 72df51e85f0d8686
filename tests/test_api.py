"""The package root exports exactly the public names DESIGN.md lists."""

import importlib
import inspect
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

import polevents
from polevents._hypothesis_plugin import TYPE_STRATEGIES

DESIGN_NAMES = {
    "PolEventsError",
    "ValidationError",
    "ParseError",
    "IncomparableError",
    "Certainty",
    "ureg",
    "Figure",
    "Qualifier",
    "ReadingPolicy",
    "Mention",
    "extract",
    "Span",
    "Precision",
    "Source",
    "Claim",
    "Rank",
    "Reconciliation",
    "reconcile",
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
    "AttendanceMode",
    "AdvisoryKind",
    "Direction",
    "RecordCategory",
    "Record",
    "RecordBook",
    "RecordStatus",
    "Verdict",
    "Outcome",
    "check",
}


def test_all_matches_public_names():
    public = {
        name
        for name, value in vars(polevents).items()
        if not name.startswith("_") and not inspect.ismodule(value) and name != "annotations"
    }
    assert set(polevents.__all__) - {"__version__"} == public


def test_all_is_sorted_and_unique():
    assert list(polevents.__all__) == sorted(set(polevents.__all__))


def test_design_names_are_exported():
    assert set(polevents.__all__) >= DESIGN_NAMES


def test_every_exported_name_resolves():
    for name in polevents.__all__:
        assert getattr(polevents, name) is not None


def test_version():
    assert isinstance(polevents.__version__, str)
    assert polevents.__version__


def test_import_does_not_import_hypothesis():
    code = "import sys, polevents; print('hypothesis' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("module", "names"),
    [
        ("polevents.io", {"Dataset", "load", "dump", "loads", "dumps", "LoadError", "json_schema"}),
        ("polevents.datasets", {"twitter_space_2022"}),
        (
            "polevents.strategies",
            {
                "figures",
                "spans",
                "claims",
                "people",
                "places",
                "events",
                "advisories",
                "records",
                "datasets",
            },
        ),
    ],
)
def test_submodules_export_the_design_names(module, names):
    assert names <= set(importlib.import_module(module).__all__)


def test_strategies_module_imports():
    assert importlib.import_module("polevents.strategies").figures


@pytest.mark.parametrize(("module", "name"), sorted(TYPE_STRATEGIES))
@given(data=st.data())
def test_from_type_knows_the_domain_types(module, name, data):
    cls = getattr(importlib.import_module(module), name)
    assert isinstance(data.draw(st.from_type(cls)), cls)


def test_strategies_import_before_hypothesis():
    code = "import polevents.strategies as s; print(s.figures)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
