"""The error contract for figures: every bad argument is a polevents error naming it.

Each public constructor and method of ``polevents.figures`` is called with a
bad value for one argument at a time — the wrong type, out of range, ``None``
where a value is needed — and must raise a ``PolEventsError`` (never a bare
``TypeError``, ``AttributeError`` or ``OverflowError``) whose message names the
argument. Values from the issue that found them are here too.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from polevents import Figure, ReadingPolicy, extract
from polevents.errors import IncomparableError, ParseError, PolEventsError, ValidationError

F = Figure.exact(10, "person")
HEDGES = ["exact", "about", "almost", "over", "at_least", "under", "at_most"]

# (id, call, the error class, a word the message must hold)
CASES: list[tuple[str, Callable[[], Any], type[PolEventsError], str]] = []

for hedge in HEDGES:
    make = getattr(Figure, hedge)
    CASES += [
        (f"{hedge}-value-None", lambda m=make: m(None, "person"), ValidationError, "value"),
        (f"{hedge}-value-text", lambda m=make: m("ten", "person"), ValidationError, "value"),
        (f"{hedge}-value-bool", lambda m=make: m(True, "person"), ValidationError, "value"),
        (f"{hedge}-value-negative", lambda m=make: m(-5, "person"), ValidationError, "value"),
        (f"{hedge}-value-huge-int", lambda m=make: m(10**400, "person"), ValidationError, "value"),
        (f"{hedge}-value-nan", lambda m=make: m(float("nan"), "person"), ValidationError, "value"),
        (f"{hedge}-unit-None", lambda m=make: m(5, None), ValidationError, "unit"),
        (f"{hedge}-unit-unknown", lambda m=make: m(5, "furlongs"), ValidationError, "unit"),
        (f"{hedge}-unit-number", lambda m=make: m(5, 7), ValidationError, "unit"),
    ]
for hedge in HEDGES[1:]:
    make = getattr(Figure, hedge)
    CASES.append(
        (f"{hedge}-policy-number", lambda m=make: m(5, "person", 3), ValidationError, "policy")
    )

CASES += [
    ("over-overflows", lambda: Figure.over(1.7e308, "person"), ValidationError, "high"),
    ("between-low-text", lambda: Figure.between("a", 5, "person"), ValidationError, "low"),
    ("between-high-None", lambda: Figure.between(1, None, "person"), ValidationError, "high"),
    ("between-reversed", lambda: Figure.between(5, 1, "person"), ValidationError, "high"),
    ("vague-word", lambda: Figure.vague("zillions", "person"), ValidationError, "vague"),
    ("parse-text-None", lambda: Figure.parse(None), ParseError, "text"),  # type: ignore[arg-type]
    ("parse-text-bytes", lambda: Figure.parse(b"5 people"), ParseError, "text"),  # type: ignore[arg-type]
    ("parse-unit-unknown", lambda: Figure.parse("5", unit="furlongs"), ParseError, "unit"),
    ("parse-policy-number", lambda: Figure.parse("5 people", policy=3), ValidationError, "policy"),  # type: ignore[arg-type]
    (
        "parse-policy-name",
        lambda: Figure.parse("5 people", policy="loose"),
        ValidationError,
        "policy",
    ),
    ("parse-lang", lambda: Figure.parse("5 people", lang="xx"), ValidationError, "lang"),
    ("extract-text-None", lambda: extract(None), ParseError, "text"),  # type: ignore[arg-type]
    ("extract-policy", lambda: extract("5 people", policy=[]), ValidationError, "policy"),  # type: ignore[arg-type]
    ("extract-lang", lambda: extract("5 people", lang=5), ValidationError, "lang"),  # type: ignore[arg-type]
    ("exceeds-None", lambda: F.exceeds(None), ValidationError, "other"),  # type: ignore[arg-type]
    ("exceeds-number", lambda: F.exceeds(5), ValidationError, "other"),  # type: ignore[arg-type]
    ("falls_short_of-None", lambda: F.falls_short_of(None), ValidationError, "other"),  # type: ignore[arg-type]
    ("sub-number", lambda: F - 5, ValidationError, "other"),  # type: ignore[operator]
    ("ratio_to-None", lambda: F.ratio_to(None), ValidationError, "other"),  # type: ignore[arg-type]
    ("intersection-text", lambda: F.intersection("x"), ValidationError, "other"),  # type: ignore[arg-type]
    ("hull-text", lambda: F.hull("x"), ValidationError, "other"),  # type: ignore[arg-type]
    ("contains-text", lambda: F.contains("x"), ValidationError, "value"),  # type: ignore[arg-type]
    ("contains-huge-int", lambda: F.contains(10**400), ValidationError, "value"),
    ("to-unknown", lambda: F.to("furlongs"), ValidationError, "unit"),
    ("to-other-dimension", lambda: F.to("hour"), IncomparableError, "hour"),
    (
        "exceeds-other-dimension",
        lambda: F.exceeds(Figure.exact(1, "hour")),
        IncomparableError,
        "hour",
    ),
    ("reread-number", lambda: Figure.parse("5 people").reread(3), ValidationError, "policy"),  # type: ignore[arg-type]
    (
        "Figure-qualifier-text",
        lambda: Figure(low=1, high=2, unit="person", qualifier="exact"),
        ValidationError,
        "qualifier",
    ),  # type: ignore[arg-type]
    ("Figure-low-text", lambda: Figure(low="1", high=2, unit="person"), ValidationError, "bound"),  # type: ignore[arg-type]
    (
        "Figure-low-above-high",
        lambda: Figure(low=3, high=2, unit="person"),
        ValidationError,
        "high",
    ),
    (
        "Figure-open-point",
        lambda: Figure(low=2, high=2, low_inclusive=False, unit="person"),
        ValidationError,
        "Figure",
    ),
    ("Figure-negative", lambda: Figure(low=-1, high=2, unit="person"), ValidationError, "low"),
    ("Figure-unit", lambda: Figure(low=1, high=2, unit="furlongs"), ValidationError, "unit"),
    ("Policy-open_ended", lambda: ReadingPolicy(open_ended="yes"), ValidationError, "open_ended"),  # type: ignore[arg-type]
    ("Policy-about-zero", lambda: ReadingPolicy(about=0), ValidationError, "about"),
    ("Policy-over-one", lambda: ReadingPolicy(over=1.5), ValidationError, "over"),
    ("Policy-under-text", lambda: ReadingPolicy(under="0.1"), ValidationError, "under"),  # type: ignore[arg-type]
    ("Policy-vague", lambda: ReadingPolicy(vague=(("x", 5, 1),)), ValidationError, "vague"),
    ("Policy-named", lambda: ReadingPolicy.named("loose"), ValidationError, "policy"),
    ("Policy-named-None", lambda: ReadingPolicy.named(None), ValidationError, "policy"),  # type: ignore[arg-type]
]


@pytest.mark.parametrize(
    ("call", "error", "names"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_bad_argument_is_a_polevents_error_naming_it(
    call: Callable[[], Any], error: type[PolEventsError], names: str
) -> None:
    with pytest.raises(error) as caught:
        call()
    assert names in str(caught.value)


def test_a_ratio_beyond_the_largest_float_is_still_sound() -> None:
    low, high = Figure.exact(1e308, "person").ratio_to(Figure.exact(1e-300, "person"))
    assert low > 1e307
    assert high is None  # beyond any float: unbounded, never infinity as a bound
