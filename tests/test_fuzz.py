"""Fuzzing inside the suite: every reader is total over arbitrary input.

Each reader either returns or raises a polevents error — nothing else escapes
(``fuzz/targets.py`` lists the entry points; ``make fuzz`` runs the same ones
under atheris for longer). Data files are fuzzed two ways: random text, and
structured mutations of a valid document written out as JSON, TOML and YAML,
where every problem must come back as a ``LoadError`` entry with a path and a
message in the library's words, never a Python exception's text.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest
import tomli_w
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from polevents import io
from polevents.errors import PolEventsError

_TARGETS_FILE = Path(__file__).resolve().parents[1] / "fuzz" / "targets.py"
_spec = importlib.util.spec_from_file_location("polevents_fuzz_targets", _TARGETS_FILE)
assert _spec is not None
assert _spec.loader is not None
targets = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = targets
_spec.loader.exec_module(targets)

# Pieces of real phrasing, so that random text reaches past the first check.
TOKENS = [
    "about",
    "around",
    "over",
    "almost",
    "nearly",
    "more than",
    "at least",
    "up to",
    "between",
    "and",
    "to",
    "–",
    "-",
    "+",
    "%",
    "per cent",
    "$",
    "€",
    "Rs",
    "₹",
    "165K",
    "1.3M",
    "2bn",
    "446,000",
    "1,65,000",
    "660.000",
    "2,47",
    "0",
    "9999",
    "1.5e6",
    "−5",
    "million",
    "millones",
    "lakh",
    "crore",
    "half a",
    "quarter of a",
    "two",
    "twenty",
    "thousand",
    "dozen",
    "people",
    "listeners",
    "viewers",
    "tweets",
    "votes",
    "hours",
    "minutes",
    "hr",
    "min",
    "Jan.",
    "April",
    "20-22",
    "2022",
    "Q2",
    "p.m.",
    "a.m.",
    "10:47",
    "1800 hrs",
    "GMT",
    "PKT",
    "ET",
    "IST",
    "22h30",
    "Wednesday",
    "the 12th",
    "de",
    "más de",
    "cerca de",
    "plus de",
    "environ",
]
phrases = st.lists(st.sampled_from(TOKENS), max_size=12).map(" ".join)
texts = st.one_of(st.text(max_size=200), phrases)

# Python's own error texts must never reach a user through a polevents error.
PYTHON_TEXT = re.compile(
    r"Traceback|TypeError|KeyError|AttributeError|OverflowError|NoneType|"
    r"object has no attribute|unhashable type|not iterable|not subscriptable"
)


@pytest.mark.parametrize("name", sorted(targets.TARGETS))
@settings(suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
def test_reader_is_total(name: str, text: str) -> None:
    message = ""
    try:
        targets.TARGETS[name](text)
    except PolEventsError as err:
        message = str(err)
    assert not PYTHON_TEXT.search(message), message


VALID: dict[str, Any] = {
    "polevents": 1,
    "sources": [{"id": "dawn", "publisher": "Dawn", "url": "https://www.dawn.com/"}],
    "people": [{"id": "ik", "name": "Imran Khan", "aliases": ["IK"]}],
    "places": [{"id": "lahore", "name": "Lahore", "country": "PK", "tz": "Asia/Karachi"}],
    "events": [
        {
            "type": "rally",
            "id": "jalsa",
            "title": "Lahore jalsa",
            "when": "21-04-2022",
            "place": "lahore",
            "speakers": ["ik"],
            "claims": [
                {"metric": "attendance", "figure": "around 100,000 people", "source": "dawn"}
            ],
        },
        {
            "type": "audio_session",
            "id": "space",
            "title": "Twitter Space",
            "platform": "Twitter",
            "when": {
                "start": "2022-04-20T22:00:00+05:00",
                "end": "2022-04-20T23:00:00+05:00",
                "exact": False,
            },
            "claims": [{"metric": "unique_audience", "figure": "over 446,000 people"}],
        },
    ],
}

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=6,
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


ALL_PATHS = _paths(VALID)[1:]


@st.composite
def mutated(draw: st.DrawFn) -> dict[str, Any]:
    document = copy.deepcopy(VALID)
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(ALL_PATHS))
        parent: Any = document
        try:
            for step in path[:-1]:
                parent = parent[step]
            last = path[-1]
            parent[last]  # the path may be gone after an earlier mutation
        except (KeyError, IndexError, TypeError):
            continue
        if not isinstance(parent, (dict, list)):
            continue  # an earlier mutation put a string where a container was
        action = draw(st.sampled_from(["replace", "delete", "add key"]))
        if action == "replace":
            parent[last] = draw(json_values)
        elif action == "delete":
            del parent[last]
        elif isinstance(parent[last], dict):
            parent[last][draw(st.text(max_size=8))] = draw(json_values)
    return document


def _written(document: dict[str, Any], format: str) -> str | None:
    if format == "json":
        return json.dumps(document)
    if format == "yaml":
        return yaml.safe_dump(document)
    try:
        return tomli_w.dumps(document)
    except (TypeError, ValueError):  # TOML has no null and no mixed arrays of tables
        return None


def test_the_valid_document_loads() -> None:
    for format in ("json", "toml", "yaml"):
        text = _written(VALID, format)
        assert text is not None
        assert len(io.loads(text, format=format).events) == 2


@pytest.mark.parametrize("format", ["json", "toml", "yaml"])
@settings(suppress_health_check=[HealthCheck.too_slow])
@given(document=mutated())
def test_mutated_documents_load_or_say_why(format: str, document: dict[str, Any]) -> None:
    text = _written(document, format)
    if text is None:
        return
    problems = _problems(text, format)
    if problems is None:
        return
    assert problems, "a LoadError lists at least one problem"
    for problem in problems:
        assert isinstance(problem.path, str)
        assert problem.message
        assert not PYTHON_TEXT.search(problem.message), problem.message


def _problems(text: str, format: str) -> list[Any] | None:
    """The problems ``loads`` reports, or None when the document loaded."""
    try:
        io.loads(text, format=format)
    except io.LoadError as err:
        return list(err.errors)
    return None


@given(text=st.text(max_size=300))
def test_random_text_is_not_a_document(text: str) -> None:
    for format in ("json", "toml", "yaml"):
        _problems(text, format)
