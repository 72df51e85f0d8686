"""The entry points fuzzed, shared by the atheris runner and the test suite.

Each target takes text and calls one public reader. A target may return
anything or raise a polevents error; any other exception is a finding
(the public API promises that no other exception escapes).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from polevents import Claim, Figure, Metric, Span, extract, io

REFERENCE = datetime(2022, 4, 21, 12, tzinfo=UTC)


def figure_parse(text: str) -> object:
    return Figure.parse(text)


def figure_parse_es(text: str) -> object:
    return Figure.parse(text, lang="es", unit="person")


def extract_text(text: str) -> object:
    return extract(text, unit="person")


def span_parse(text: str) -> object:
    return Span.parse(text, tz="Asia/Karachi", reference=REFERENCE)


def claim_parse(text: str) -> object:
    return Claim.parse(Metric.UNIQUE_AUDIENCE, text)


def loads_json(text: str) -> object:
    return io.loads(text, format="json")


def loads_toml(text: str) -> object:
    return io.loads(text, format="toml")


def loads_yaml(text: str) -> object:
    return io.loads(text, format="yaml")


TARGETS: dict[str, Callable[[str], object]] = {
    "figure_parse": figure_parse,
    "figure_parse_es": figure_parse_es,
    "extract": extract_text,
    "span_parse": span_parse,
    "claim_parse": claim_parse,
    "loads_json": loads_json,
    "loads_toml": loads_toml,
    "loads_yaml": loads_yaml,
}
