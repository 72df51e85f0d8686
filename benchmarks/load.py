"""Loading a large dataset: ``polevents.io.loads`` beside equivalent pydantic v2 models.

One document of N events (``--events``: 20,000 by default, see
:data:`EVENTS`) is generated in two variants that say the same thing:

- *explicit*: every figure as its bounds (``{"low", "high", "low_inclusive",
  …}``, as ``io.dumps`` writes it) and every span as ``{"start", "end",
  "exact", "precision"}``;
- *text*: figures and spans written as text (``"over 446,000 people"``,
  ``"21-04-2022"``), read by ``Figure.parse`` and ``Span.parse``.

Each event has a place (a city, whose parent is its country), a span, 1–3
claims whose sources are given by id, and the ids of its sources. The same
JSON text is loaded by ``polevents.io.loads`` and by pydantic v2 models
written here that check the same things: ids well formed and unique, every
reference resolved (a place's parent, a claim's source, an event's place and
sources), no unknown keys, bounds finite and ordered and non-negative, the
figure's unit known and right for the claim's metric, aware datetimes with
``start < end``, countries and time zones real. For the text variant the
models' validators call ``Figure.parse`` and ``Span.parse`` — pydantic has no
reader of its own — so that row shows the cost around the shared readers.

The two loaders run in turns (interleaved, the order swapped every round),
so machine noise hits both alike; the table gives the median CPU time per
load (``time.process_time``: other work on a shared machine does not
count) and the ratio. Memory kept per event is measured with
``tracemalloc`` after a load, with the loaded dataset still held, on two
small documents (see :func:`kept_per_event`). Before timing, a small
document is loaded by both and the results compared field by field, and a
few broken documents are checked to be refused by both.

Run with ``make bench`` (pydantic comes with the ``bench`` extra; without it
this benchmark is skipped with a message), or alone::

    .venv/bin/python benchmarks/load.py [--events N] [--rounds R] [--output FILE] [--profile]

Prints a Markdown table and writes it to ``benchmarks/load.md`` (or ``--output``).
``--profile`` instead profiles ``io.loads`` on the explicit variant with
cProfile and prints the top 25 functions by cumulative and by own time.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io as stdio
import json
import math
import platform
import pstats
import random
import statistics
import sys
import time
import tracemalloc
import urllib.parse
from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from polevents import Figure, Metric, Span, io
from polevents import _formats as formats

HERE = Path(__file__).parent
#: The default size. 100,000 events (90 MB) take about four minutes with three
#: rounds on 2 cores; 20,000 keep ``make bench`` under a minute and a half, and
#: the ratios move little with size (docs/performance.md gives both).
EVENTS = 20_000
ROUNDS = 5
#: Memory is measured on documents of this many events and twice as many.
MEMORY_EVENTS = 1_000
#: io's documented limit on a document's size, before the benchmark lifts it.
LIMIT = formats.MAX_BYTES

# --- the document -----------------------------------------------------------------------

#: Countries and their cities; every event happens in a city.
COUNTRIES: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("PK", "Pakistan", "Asia/Karachi", ("Lahore", "Karachi", "Islamabad", "Peshawar")),
    ("IN", "India", "Asia/Kolkata", ("Delhi", "Mumbai", "Kolkata")),
    ("BD", "Bangladesh", "Asia/Dhaka", ("Dhaka", "Chittagong")),
    ("GB", "United Kingdom", "Europe/London", ("London", "Manchester")),
    ("US", "United States", "America/New_York", ("New York", "Washington")),
    ("BR", "Brazil", "America/Sao_Paulo", ("São Paulo", "Rio de Janeiro")),
    ("NG", "Nigeria", "Africa/Lagos", ("Lagos", "Abuja")),
    ("KE", "Kenya", "Africa/Nairobi", ("Nairobi", "Mombasa")),
    ("ID", "Indonesia", "Asia/Jakarta", ("Jakarta", "Surabaya")),
    ("DE", "Germany", "Europe/Berlin", ("Berlin", "Munich")),
)
PUBLISHERS = ("Dawn", "The Express Tribune", "Geo News", "The Hindu", "BBC News", "Reuters")

#: Figure phrases by the metric they are claimed for.
PHRASES: dict[str, tuple[str, ...]] = {
    "attendance": (
        "over {n:,} people",
        "about {n:,} supporters",
        "almost {n:,} people",
        "at least {n:,} protesters",
        "{n:,} people",
        "more than {n:,} participants",
        "between {n:,} and {m:,} people",
        "around {k}K attendees",
    ),
    "unique_audience": ("over {n:,} viewers", "about {k}K listeners", "{n:,} viewers"),
    "views": ("{x} million views", "over {n:,} views", "almost {x} million views"),
    "posts": ("over {x} million tweets", "about {n:,} posts", "{n:,} tweets"),
}
METRICS_BY_TYPE = {
    "rally": ("attendance", "attendance", "unique_audience", "views"),
    "event": ("attendance", "posts", "views", "unique_audience"),
}
KINDS = ("march", "sit-in", "vigil", "book launch")
#: Distinct figure phrases per metric (each is read once, to write its bounds).
POOL = 1_000


def _slug(name: str) -> str:
    return name.lower().replace(" ", "-").replace("ã", "a")


def _explicit_figure(figure: Figure) -> dict[str, Any]:
    # What io.dumps writes for a figure.
    low, high = figure.bounds
    out: dict[str, Any] = {}
    if low is not None:
        out["low"] = low
    if high is not None:
        out["high"] = high
    out |= {
        "low_inclusive": figure.low_inclusive,
        "high_inclusive": figure.high_inclusive,
        "unit": figure.unit,
        "qualifier": figure.qualifier.value,
    }
    if figure.nominal_value is not None:
        out["nominal"] = figure.nominal_value
    out |= {"text": figure.text, "policy": figure.policy}
    return out


def _phrase(rng: random.Random, template: str) -> str:
    n = rng.randrange(1_000, 900_000, 100)
    return template.format(
        n=n,
        m=n + rng.randrange(1_000, 50_000, 1_000),
        k=rng.randrange(2, 900),
        x=f"{rng.randrange(11, 99) / 10:.1f}",
    )


def _figure_pool(rng: random.Random) -> dict[str, list[tuple[str, dict[str, Any]]]]:
    registry = Metric.registry()
    pool: dict[str, list[tuple[str, dict[str, Any]]]] = {}
    for metric, templates in PHRASES.items():
        unit = registry.get(metric).unit
        phrases = {_phrase(rng, rng.choice(templates)) for _ in range(POOL)}
        pool[metric] = [
            (text, _explicit_figure(Figure.parse(text, unit=unit))) for text in sorted(phrases)
        ]
    return pool


def _when(rng: random.Random, tz: str) -> tuple[dict[str, Any], str]:
    """A span both ways: a day (inexact) or an afternoon (an exact window)."""
    day = datetime(2021, 1, 1) + timedelta(days=rng.randrange(1_000))
    zone = ZoneInfo(tz)
    if rng.random() < 0.8:
        text = day.strftime("%d-%m-%Y")
        start, end = day.replace(tzinfo=zone), (day + timedelta(days=1)).replace(tzinfo=zone)
        exact, precision = False, "day"
    else:
        first, last = rng.choice(((2, 7), (3, 6), (4, 9), (5, 8)))
        text = f"{day:%d-%m-%Y} from {first}:00 p.m. to {last}:00 p.m."
        start = day.replace(hour=12 + first, tzinfo=zone)
        end = day.replace(hour=12 + last, tzinfo=zone)
        exact, precision = True, "minute"
    explicit = {
        "start": start.isoformat(),
        "end": end.isoformat(),
        "exact": exact,
        "precision": precision,
        "text": text,
    }
    return explicit, text


def generate(events: int, seed: int = 2022) -> dict[str, str]:
    """The document of ``events`` events as JSON text, in both variants."""
    rng = random.Random(seed)
    places: list[dict[str, Any]] = []
    cities: list[tuple[str, str]] = []
    for code, name, tz, _ in COUNTRIES:
        places.append({"id": code.lower(), "name": name, "country": code, "tz": tz})
    for code, _, tz, names in COUNTRIES:
        for name in names:
            places.append(
                {"id": _slug(name), "name": name, "country": code, "tz": tz, "parent": code.lower()}
            )
            cities.append((_slug(name), tz))
    sources: dict[str, list[dict[str, Any]]] = {"explicit": [], "text": []}
    for i in range(max(20, events // 20)):
        day = datetime(2024, 1, 1) + timedelta(days=rng.randrange(365))
        source = {
            "id": f"src-{i}",
            "publisher": rng.choice(PUBLISHERS),
            "url": f"https://news.example/{day:%Y/%m}/{i}",
            "title": f"Report {i}",
        }
        published = {
            "start": f"{day:%Y-%m-%d}T00:00:00+00:00",
            "end": f"{day + timedelta(days=1):%Y-%m-%d}T00:00:00+00:00",
            "exact": False,
            "precision": "day",
            "text": f"{day:%d-%m-%Y}",
        }
        sources["explicit"].append({**source, "published": published})
        sources["text"].append({**source, "published": f"{day:%d-%m-%Y}"})
    ids = [s["id"] for s in sources["text"]]
    pool = _figure_pool(rng)
    out: dict[str, list[dict[str, Any]]] = {"explicit": [], "text": []}
    for i in range(events):
        kind = "rally" if rng.random() < 0.7 else "event"
        place, tz = rng.choice(cities)
        when, when_text = _when(rng, tz)
        claims: dict[str, list[dict[str, Any]]] = {"explicit": [], "text": []}
        for _ in range(rng.randint(1, 3)):
            metric = rng.choice(METRICS_BY_TYPE[kind])
            text, explicit = rng.choice(pool[metric])
            claim = {"metric": metric, "source": rng.choice(ids), "quote": f"Police said {text}."}
            claims["explicit"].append({**claim, "figure": explicit})
            claims["text"].append({**claim, "figure": text})
        body: dict[str, Any] = {"type": kind, "id": f"event-{i}", "title": f"Gathering {i}"}
        if kind == "event":
            body["kind"] = rng.choice(KINDS)
        body |= {"place": place, "sources": sorted({c["source"] for c in claims["text"]})}
        out["explicit"].append({**body, "when": when, "claims": claims["explicit"]})
        out["text"].append({**body, "when": when_text, "claims": claims["text"]})
    head = {"polevents": 1, "tz": "UTC", "dayfirst": True, "places": places}
    return {
        variant: json.dumps({**head, "sources": sources[variant], "events": out[variant]})
        for variant in ("explicit", "text")
    }


# --- the pydantic models ------------------------------------------------------------------


def pydantic_models() -> type[Any]:
    """The document as pydantic v2 models checking what polevents checks.

    Strict mode on JSON input: no string read as a number or a boolean, no
    number read as a time. References are resolved through the validation
    context: each object with an id registers itself when validated, and
    an ``after`` validator replaces an id by the object it names (the lists
    are validated in the order declared, so places and sources are known
    before the events). Text figures and spans are read in the same
    validators, once the place and sources they depend on are resolved.
    """
    import re
    from typing import Annotated, Literal, Self

    from pydantic import (
        AwareDatetime,
        BaseModel,
        ConfigDict,
        Field,
        ValidationInfo,
        field_validator,
        model_validator,
    )

    from polevents import Qualifier, ReadingPolicy
    from polevents.sources import Rank
    from polevents.units import canonical_unit

    ident_pattern = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._:\-]*$")
    countries = _country_codes()
    registry = Metric.registry()
    # Which units each metric accepts: polevents asks pint for the dimension;
    # the table is built once, outside the timed loads.
    units = ("person", "post", "view", "vote", "percent", "second", "minute", "hour", "USD")
    accepts = {key: {u for u in units if m.accepts(u)} for key, m in registry.metrics.items()}
    metric_units = {key: m.unit for key, m in registry.metrics.items()}
    zones: dict[str, ZoneInfo] = {}

    def zone(name: str) -> ZoneInfo:
        found = zones.get(name)
        if found is None:
            try:
                found = zones[name] = ZoneInfo(name)
            except (ValueError, KeyError, OSError):
                raise ValueError("expected an IANA time-zone name") from None
        return found

    def register(obj: Any, info: ValidationInfo) -> None:
        refs = info.context["refs"]
        known = refs.get(obj.id)
        if known is not None and known is not obj:
            raise ValueError(f"duplicate id {obj.id!r}")
        refs[obj.id] = obj

    def resolve(value: Any, kind: type, label: str, info: ValidationInfo) -> Any:
        if not isinstance(value, str):
            return value  # None, or an inline object
        found = info.context["refs"].get(value)
        if not isinstance(found, kind):
            raise ValueError(f"unknown {label} id {value!r}")
        return found

    def check_id(value: str | None) -> str | None:
        if value is not None and not ident_pattern.match(value):
            raise ValueError("expected an id of letters, digits, '.', '_', ':' or '-'")
        return value

    def check_text(value: str | None) -> str | None:
        if value is not None and not value.strip():
            raise ValueError("expected a non-empty string")
        return value

    set_field = object.__setattr__  # the models are frozen once validated

    class PSpan(BaseModel):
        model_config = ConfigDict(strict=True, extra="forbid", frozen=True)
        start: AwareDatetime
        end: AwareDatetime
        exact: bool = True
        precision: Literal["year", "month", "day", "hour", "minute", "second"] | None = None
        text: str | None = None

        @model_validator(mode="after")
        def ordered(self) -> Self:
            if not self.start < self.end:
                raise ValueError("expected the end after the start")
            return self

    def span_of(span: Span) -> PSpan:
        precision = None if span.precision is None else span.precision.name.lower()
        return PSpan(
            start=span.start,
            end=span.end,
            exact=span.exact,
            precision=precision,  # type: ignore[arg-type]
            text=span.text,
        )

    class PFigure(BaseModel):
        model_config = ConfigDict(strict=True, extra="forbid", frozen=True)
        low: float | None = None
        high: float | None = None
        # A bound left out is unbounded and open on that side; given, closed.
        low_inclusive: bool | None = None
        high_inclusive: bool | None = None
        unit: str
        qualifier: Qualifier = Qualifier.EXACT
        nominal: float | None = None
        text: str | None = None
        policy: str | None = None
        lang: Literal["en", "es", "pt", "fr", "de", "it"] = "en"

        @field_validator("unit")
        @classmethod
        def known_unit(cls, value: str) -> str:
            return canonical_unit(value)

        @model_validator(mode="after")
        def well_formed(self) -> Self:
            low, high = self.low, self.high
            if self.low_inclusive is None:
                set_field(self, "low_inclusive", "low" in self.model_fields_set)
            if self.high_inclusive is None:
                set_field(self, "high_inclusive", "high" in self.model_fields_set)
            for bound in (low, high, self.nominal):
                if bound is not None and not math.isfinite(bound):
                    raise ValueError("expected a finite number")
            if (low is None and self.low_inclusive) or (high is None and self.high_inclusive):
                raise ValueError("expected an unbounded side to be open")
            # A figure in a file is a reported number, derived or not.
            if low is None or low < 0:
                raise ValueError("expected a non-negative low bound")
            nominal = self.nominal
            if nominal is not None and (nominal < low or (high is not None and nominal > high)):
                raise ValueError("expected a nominal value within the bounds")
            if high is not None:
                if low > high:
                    raise ValueError("expected high not below low")
                if low == high and not (self.low_inclusive and self.high_inclusive):
                    raise ValueError("expected a non-empty interval")
            return self

    class PSource(BaseModel):
        model_config = ConfigDict(strict=True, extra="forbid", frozen=True)
        id: str | None = None
        publisher: str
        url: str | None = None
        title: str | None = None
        published: PSpan | str | None = None
        author: str | None = None

        _id = field_validator("id")(check_id)
        _texts = field_validator("publisher", "title", "author")(check_text)

        @field_validator("url")
        @classmethod
        def web_address(cls, value: str | None) -> str | None:
            if value is not None:
                parsed = urllib.parse.urlsplit(value)
                if parsed.scheme not in ("http", "https") or not parsed.netloc:
                    raise ValueError("expected an http:// or https:// address")
            return value

        @model_validator(mode="after")
        def known(self, info: ValidationInfo) -> Self:
            if isinstance(self.published, str):
                ctx = info.context
                span = Span.parse(self.published, tz=ctx["tz"], dayfirst=ctx["dayfirst"])
                set_field(self, "published", span_of(span))
            if self.id is not None:
                register(self, info)
            return self

    class PPlace(BaseModel):
        model_config = ConfigDict(strict=True, extra="forbid", frozen=True)
        id: str | None = None
        name: str
        country: str
        tz: str
        parent: PPlace | str | None = None
        aliases: tuple[str, ...] = ()

        _id = field_validator("id")(check_id)
        _name = field_validator("name")(check_text)

        @field_validator("country")
        @classmethod
        def real_country(cls, value: str) -> str:
            if value not in countries:
                raise ValueError("expected an ISO 3166-1 alpha-2 country code")
            return value

        @field_validator("tz")
        @classmethod
        def real_zone(cls, value: str) -> str:
            zone(value)
            return value

        @model_validator(mode="after")
        def known(self, info: ValidationInfo) -> Self:
            if isinstance(self.parent, str):
                set_field(self, "parent", resolve(self.parent, PPlace, "place", info))
            if self.id is not None:
                register(self, info)
            return self

    class PClaim(BaseModel):
        model_config = ConfigDict(strict=True, extra="forbid", frozen=True)
        metric: str
        figure: PFigure | str
        source: PSource | str | None = None
        quote: str | None = None
        rank: Rank = Rank.NORMAL

        _quote = field_validator("quote")(check_text)

        @field_validator("metric")
        @classmethod
        def known_metric(cls, value: str) -> str:
            if value not in accepts:
                raise ValueError(f"unknown metric {value!r}")
            return value

        @model_validator(mode="after")
        def resolved(self, info: ValidationInfo) -> Self:
            if isinstance(self.figure, str):
                unit = metric_units[self.metric]
                figure = Figure.parse(self.figure, unit=unit, policy=ReadingPolicy.NEWS)
                fields = {**_explicit_figure(figure), "qualifier": figure.qualifier}
                set_field(self, "figure", PFigure(**fields))
            if isinstance(self.source, str):
                set_field(self, "source", resolve(self.source, PSource, "source", info))
            if self.figure.unit not in accepts[self.metric]:  # type: ignore[union-attr]
                raise ValueError(f"expected a figure in the unit of {self.metric}")
            return self

    class _Event(BaseModel):
        model_config = ConfigDict(strict=True, extra="forbid", frozen=True)
        title: str
        when: PSpan | str
        id: str | None = None
        place: PPlace | str | None = None
        claims: tuple[PClaim, ...] = ()
        sources: tuple[PSource | str, ...] = ()

        _id = field_validator("id")(check_id)
        _title = field_validator("title")(check_text)

        @model_validator(mode="after")
        def resolved(self, info: ValidationInfo) -> Self:
            if isinstance(self.place, str):
                set_field(self, "place", resolve(self.place, PPlace, "place", info))
            if any(isinstance(s, str) for s in self.sources):
                found = tuple(resolve(s, PSource, "source", info) for s in self.sources)
                set_field(self, "sources", found)
            if isinstance(self.when, str):
                # Read in the place's zone, looking back from the first
                # source's publication, as polevents reads it.
                ctx = info.context
                place, first = self.place, self.sources[0] if self.sources else None
                published = getattr(first, "published", None)
                span = Span.parse(
                    self.when,
                    tz=zone(place.tz) if isinstance(place, PPlace) else ctx["tz"],
                    dayfirst=ctx["dayfirst"],
                    reference=None if published is None else published.start,
                    direction="back",
                )
                set_field(self, "when", span_of(span))
            if self.id is not None:
                register(self, info)
            return self

    class PRally(_Event):
        type: Literal["rally"]
        speakers: tuple[str, ...] = ()

    class PEvent(_Event):
        type: Literal["event"]
        kind: str | None = None

        _kind = field_validator("kind")(check_text)

    class PDocument(BaseModel):
        model_config = ConfigDict(strict=True, extra="forbid", frozen=True)
        polevents: Literal[1]
        tz: str | None = None
        dayfirst: bool = False
        direction: Literal["back", "forward", "nearest"] | None = None
        places: tuple[PPlace, ...] = ()
        sources: tuple[PSource, ...] = ()
        events: tuple[Annotated[PRally | PEvent, Field(discriminator="type")], ...] = ()

        @field_validator("tz")
        @classmethod
        def document_zone(cls, value: str | None, info: ValidationInfo) -> str | None:
            if value is not None:
                info.context["tz"] = zone(value)
            return value

        @field_validator("dayfirst")
        @classmethod
        def document_dayfirst(cls, value: bool, info: ValidationInfo) -> bool:
            info.context["dayfirst"] = value
            return value

        @classmethod
        def loads(cls, text: str) -> PDocument:
            context = {"refs": {}, "tz": None, "dayfirst": False}
            return cls.model_validate_json(text, context=context)

    return PDocument


def _country_codes() -> frozenset[str]:
    # The ISO 3166 table the IANA tz data ships, as polevents reads it.
    import importlib.resources

    table = importlib.resources.files("tzdata.zoneinfo").joinpath("iso3166.tab")
    lines = table.read_text(encoding="utf-8").splitlines()
    return frozenset(line.split("\t", 1)[0] for line in lines if line and line[0] != "#")


# --- equivalence --------------------------------------------------------------------------


def _summary(dataset: Any) -> list[tuple[Any, ...]]:
    """The events of either loader's result, as comparable plain values."""
    rows = []
    for event in dataset.events:
        claims = []
        for claim in event.claims:
            figure = claim.figure
            if isinstance(figure, Figure):
                (low, high), nominal = figure.bounds, figure.nominal_value
            else:
                low, high, nominal = figure.low, figure.high, figure.nominal
            metric = getattr(claim.metric, "key", claim.metric)
            claims.append(
                (
                    metric,
                    low,
                    high,
                    figure.low_inclusive,
                    figure.high_inclusive,
                    figure.unit,
                    figure.qualifier,
                    nominal,
                    claim.source.id,
                    claim.source.published.start,
                )
            )
        when = event.when
        precision = when.precision
        rows.append(
            (
                event.id,
                event.title,
                when.start,
                when.end,
                when.exact,
                getattr(precision, "name", precision or "").lower(),
                event.place.id,
                event.place.parent.id,
                event.place.tz,
                tuple(s.id for s in event.sources),
                tuple(claims),
            )
        )
    return rows


BROKEN: tuple[tuple[str, Callable[[dict[str, Any]], None]], ...] = (
    ("an unknown source id", lambda d: d["events"][0]["claims"][0].update(source="nobody")),
    ("an unknown place id", lambda d: d["events"][0].update(place="atlantis")),
    ("a duplicate id", lambda d: d["events"][1].update(id=d["events"][0]["id"])),
    ("an unknown key", lambda d: d["events"][0].update(colour="red")),
    ("low above high", lambda d: _figure(d).update(low=1e12)),
    ("a naive time", lambda d: d["events"][0]["when"].update(start="2022-04-21T00:00:00")),
    ("an end before the start", lambda d: d["events"][0]["when"].update(end="2000-01-01T00:00Z")),
    ("a bad country", lambda d: d["places"][0].update(country="XX")),
    ("an unknown unit", lambda d: _figure(d).update(unit="furlong")),
    ("a count of posts for attendance", lambda d: _posts_for_attendance(d)),
    ("a nominal value outside the bounds", lambda d: _figure(d).update(nominal=1e12)),
    ("a negative derived figure", lambda d: _figure(d).update(qualifier="derived", low=-1.0)),
)


def _figure(document: dict[str, Any]) -> dict[str, Any]:
    figure: dict[str, Any] = document["events"][0]["claims"][0]["figure"]
    return figure


def _posts_for_attendance(document: dict[str, Any]) -> None:
    claim = document["events"][0]["claims"][0]
    claim["metric"] = "attendance"
    claim["figure"]["unit"] = "post"


def check_equivalent(document_class: type[Any]) -> list[str]:
    """Both loaders read a small document alike and refuse the same broken ones."""
    from pydantic import ValidationError as PydanticError

    texts = generate(400, seed=7)
    summaries = []
    for text in texts.values():
        ours, theirs = _summary(io.loads(text)), _summary(document_class.loads(text))
        if ours != theirs:
            first = next(i for i, (a, b) in enumerate(zip(ours, theirs, strict=True)) if a != b)
            raise SystemExit(
                f"the loaders disagree on event {first}:\n{ours[first]}\n{theirs[first]}"
            )
        summaries.append(ours)
    if summaries[0] != summaries[1]:
        raise SystemExit("the explicit and the text variant do not load alike")
    for name, breaks in BROKEN:
        document = json.loads(texts["explicit"])
        breaks(document)
        text = json.dumps(document)
        for loader, error in ((io.loads, io.LoadError), (document_class.loads, PydanticError)):
            try:
                loader(text)
            except error:
                continue
            raise SystemExit(f"{loader.__qualname__} accepted {name}")
    return [name for name, _ in BROKEN]


# --- measuring ----------------------------------------------------------------------------


def _timed(load: Callable[[str], object], text: str) -> float:
    # CPU time of this process: other work on a shared machine does not count.
    gc.collect()
    start = time.process_time()
    load(text)
    return time.process_time() - start


def _kept(load: Callable[[str], object], text: str) -> int:
    """Bytes still allocated after a load while its result is held."""
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    result = load(text)
    gc.collect()
    kept = tracemalloc.get_traced_memory()[0] - before
    tracemalloc.stop()
    del result
    return kept


def kept_per_event(loaders: dict[str, Callable[[str], object]]) -> dict[tuple[str, str], float]:
    """Memory each loader keeps per event: the slope between two small documents.

    tracemalloc slows loading tenfold, so memory is measured on documents of
    :data:`MEMORY_EVENTS` events and twice that, not on the timed one; the
    difference divided by the extra events leaves out what does not grow
    with the document (caches, the metric registry).
    """
    small, large = generate(MEMORY_EVENTS, seed=11), generate(2 * MEMORY_EVENTS, seed=11)
    return {
        (variant, name): (_kept(load, large[variant]) - _kept(load, small[variant])) / MEMORY_EVENTS
        for variant in small
        for name, load in loaders.items()
    }


def measure(events: int, rounds: int) -> str:
    """Time both loaders in turns on both variants; the Markdown report."""
    started = time.perf_counter()
    document_class = pydantic_models()
    checked = check_equivalent(document_class)
    texts = generate(events)
    # A document this size is larger than io's documented limit: the limit
    # is lifted for the benchmark, which measures loading, not the limit.
    formats.MAX_BYTES = max(formats.MAX_BYTES, *(len(text) for text in texts.values()))
    loaders: dict[str, Callable[[str], object]] = {
        "polevents": io.loads,
        "pydantic": document_class.loads,
    }
    times: dict[tuple[str, str], list[float]] = {(v, n): [] for v in texts for n in loaders}
    for r in range(rounds):
        for variant, text in texts.items():
            # Each pair runs back to back, the order swapped every round.
            for name in list(loaders)[:: 1 if r % 2 == 0 else -1]:
                times[variant, name].append(_timed(loaders[name], text))
        print(f"load: round {r + 1} of {rounds} timed", file=sys.stderr)
    kept = kept_per_event(loaders)
    median = {key: statistics.median(runs) for key, runs in times.items()}
    labels = {
        "explicit": "explicit bounds and spans",
        "text": "figures and spans as text¹",
    }
    size = {variant: len(text) / 1e6 for variant, text in texts.items()}
    lines = [
        f"## Loading {events:,} events: `polevents.io.loads` against pydantic v2 models",
        "",
        f"Median CPU time of {rounds} loads of each, run in turns. Memory kept per event: "
        "allocations still held after a load (tracemalloc), on documents of "
        f"{MEMORY_EVENTS:,} and {2 * MEMORY_EVENTS:,} events, per extra event.",
        "",
        "| document | `io.loads` | pydantic v2 | ratio (range over rounds) "
        "| kept per event: polevents | pydantic |",
        "|---|---|---|---|---|---|",
    ]
    for variant in texts:
        ours, theirs = times[variant, "polevents"], times[variant, "pydantic"]
        ratios = [a / b for a, b in zip(ours, theirs, strict=True)]
        mine, base = median[variant, "polevents"], median[variant, "pydantic"]
        lines.append(
            f"| {labels[variant]}, {size[variant]:,.1f} MB "
            f"| {mine:,.2f} s ({mine / events * 1e6:,.0f} µs/event) "
            f"| {base:,.2f} s ({base / events * 1e6:,.0f} µs/event) "
            f"| **{mine / base:,.2f}×** ({min(ratios):,.2f}–{max(ratios):,.2f}) "
            f"| {kept[variant, 'polevents']:,.0f} B | {kept[variant, 'pydantic']:,.0f} B |"
        )
    cost = median["text", "polevents"] / median["explicit", "polevents"]
    their_cost = median["text", "pydantic"] / median["explicit", "pydantic"]
    lines += [
        "",
        "¹ pydantic has no reader for figure or date text: its validators call "
        "`Figure.parse` and `Span.parse`, so this row compares what is around the readers.",
        "",
        f"- Text instead of explicit figures and spans costs polevents {cost:,.1f}× the load "
        f"time (pydantic calling the same readers: {their_cost:,.1f}×).",
        f"- Both loaders read a 400-event sample of each variant to the same events, and both "
        f"refuse each of {len(checked)} broken documents: {', '.join(checked)}.",
        *(
            [
                f"- The documents are larger than `io`'s documented limit of {LIMIT:,} "
                "characters; the limit was lifted for the run."
            ]
            if max(len(text) for text in texts.values()) > LIMIT
            else []
        ),
        f"- `python benchmarks/load.py --events {events} --rounds {rounds}`: Python "
        f"{platform.python_version()}, pydantic {_pydantic_version()}, {_cpu_count()} CPUs; "
        f"{time.perf_counter() - started:,.0f} s in all.",
        "",
    ]
    return "\n".join(lines)


def _pydantic_version() -> str:
    import pydantic

    return str(pydantic.VERSION)


def _cpu_count() -> int:
    import os

    return os.cpu_count() or 1


def profile(events: int) -> str:
    """cProfile of ``io.loads`` on the explicit variant: top 25 by cumulative and own time."""
    text = generate(events)["explicit"]
    formats.MAX_BYTES = max(formats.MAX_BYTES, len(text))
    profiler = cProfile.Profile()
    gc.collect()
    profiler.enable()
    io.loads(text)
    profiler.disable()
    out = stdio.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    for key in ("cumulative", "tottime"):
        stats.sort_stats(key).print_stats(25)
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--events", type=int, default=EVENTS, help=f"events in the document ({EVENTS:,})"
    )
    parser.add_argument(
        "--rounds", type=int, default=ROUNDS, help=f"timed loads of each, in turns ({ROUNDS})"
    )
    parser.add_argument(
        "--output", type=Path, default=HERE / "load.md", help="where to write the table"
    )
    parser.add_argument(
        "--profile", action="store_true", help="profile io.loads on the explicit variant"
    )
    args = parser.parse_args(argv)
    if args.profile:
        print(profile(args.events))
        return 0
    try:
        import pydantic  # noqa: F401
    except ImportError:
        print("load: pydantic is not installed (`pip install -e '.[bench]'`): skipped")
        return 0
    table = measure(args.events, args.rounds)
    print(table)
    args.output.write_text(table, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
