"""Who said what: sources, claims, and reconciling claims that disagree.

Every reported number is a :class:`Claim`: which metric, what figure, which
source said it, in which words. Conflicting claims sit side by side until
:func:`reconcile` combines them — explicitly, and with its reasons.

>>> from polevents import Claim, Metric, Source, reconcile
>>> blog = Source(publisher="news blog")
>>> tribune = Source(publisher="The Express Tribune")
>>> old_record = reconcile([
...     Claim.parse(Metric.UNIQUE_AUDIENCE, "almost 44,000 listens", source=blog),
...     Claim.parse(Metric.UNIQUE_AUDIENCE, "over 44,000 listeners", source=tribune),
... ])
>>> old_record.consistent
False
>>> print(old_record.figure)
39,600 to 48,400 person

A running count taken before the count closed is a lower bound on the final
figure, not a conflicting estimate (see :class:`~polevents.metrics.MetricKind`):

>>> from datetime import datetime, timezone
>>> end = datetime(2022, 4, 20, 23, 30, tzinfo=timezone.utc)
>>> early = Claim.parse(Metric.UNIQUE_AUDIENCE, "over 100,000 people", as_of=Span.parse(
...     "2022-04-20T22:10Z"))
>>> final = Claim.parse(Metric.UNIQUE_AUDIENCE, "over 446,000 people")
>>> together = reconcile([early, final], closes=end)
>>> together.consistent, str(together.figure)
(True, 'more than 446,000 and at most 490,600 person')
"""

from __future__ import annotations

import enum
import itertools
import urllib.parse
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, NoReturn

import attrs

from polevents import _render
from polevents import _validators as v
from polevents.actors import Organization, Party, Person
from polevents.errors import IncomparableError, ValidationError
from polevents.figures import Figure, Qualifier, ReadingPolicy
from polevents.metrics import MONEY, Metric, MetricKind, MetricRegistry
from polevents.timeline import Span

__all__ = [
    "Agreement",
    "AverageSoFar",
    "Bounded",
    "Claim",
    "ClaimIgnored",
    "ClaimRead",
    "Conflict",
    "Contradiction",
    "Derivation",
    "Disagreement",
    "Floor",
    "FloorConflict",
    "Hull",
    "Moment",
    "Moments",
    "NoFigure",
    "PolicyUsed",
    "Rank",
    "Reconciliation",
    "Snapshot",
    "Source",
    "Step",
    "derive",
    "reading_policy",
    "reconcile",
    "registry_argument",
    "same_party",
]


class Rank(enum.Enum):
    """How much weight a claim carries (after Wikidata's ranks)."""

    PREFERRED = "preferred"
    NORMAL = "normal"
    DEPRECATED = "deprecated"

    @classmethod
    def _missing_(cls, value: object) -> NoReturn:
        v.enum_missing(cls, value)


def _url(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    parsed = urllib.parse.urlsplit(value) if isinstance(value, str) else None
    if parsed is None or parsed.scheme not in ("http", "https") or not parsed.netloc:
        raise ValidationError("Source.url", value, "an http:// or https:// address")


@attrs.frozen(kw_only=True)
class Source:
    """Where a claim comes from: a publisher, and optionally the article."""

    publisher: str = attrs.field(validator=v.text)
    url: str | None = attrs.field(default=None, validator=_url)
    title: str | None = attrs.field(default=None, validator=v.optional_text)
    published: Span | None = attrs.field(default=None, validator=v.instance_of(Span, optional=True))
    author: str | None = attrs.field(default=None, validator=v.optional_text)
    id: str | None = attrs.field(default=None, validator=v.identifier)

    def __str__(self) -> str:
        return self.publisher


Actor = Person | Party | Organization


def _figure(_instance: object, _attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, Figure):
        raise ValidationError("Claim.figure", value, "a Figure")


def _check_who(field: str, value: object) -> None:
    if value is None or isinstance(value, Person | Party | Organization):
        return
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(
            field, value, "a Person, Party, Organization or a non-empty name (such as 'the police')"
        )


def _who(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _check_who(f"{type(instance).__name__}.{attribute.name}", value)


def reading_policy(policy: object, *, optional: bool = True) -> ReadingPolicy | None:
    """A ``policy=`` argument checked: a ReadingPolicy, the name of a built-in
    one ("news", "literal"), or None (each figure's own) when ``optional``."""
    v.argument("optional", optional, bool, "True or False")
    if policy is None and optional:
        return None
    if isinstance(policy, ReadingPolicy):
        return policy
    if isinstance(policy, str):
        return ReadingPolicy.named(policy)
    expected = "a ReadingPolicy, 'news' or 'literal'" + (" or None" if optional else "")
    raise ValidationError("policy", policy, expected)


def registry_argument(registry: object) -> MetricRegistry:
    """A ``registry=`` argument checked: a MetricRegistry, or None for the default."""
    if registry is None:
        return Metric.registry()
    return v.argument("registry", registry, MetricRegistry, "a MetricRegistry or None")


def same_party(a: Actor | str | None, b: Actor | str | None) -> bool:
    """Whether two subjects (or estimators) are the same: actors by value, a
    name against an actor by its names and abbreviation, names folded."""
    _check_who("a", a)
    _check_who("b", b)
    if a is None or b is None:
        return a is b
    if isinstance(a, str) and isinstance(b, str):
        return v.fold(a) == v.fold(b)
    if isinstance(a, str):
        return b.matches(a)  # type: ignore[union-attr]
    if isinstance(b, str):
        return a.matches(b)
    return a == b


@attrs.frozen(kw_only=True)
class Claim:
    """One source's figure for one metric.

    Args:
        metric: What the figure measures.
        figure: The figure as read.
        source: Who published it.
        quote: The source's words as published (may be longer than the figure).
        rank: PREFERRED, NORMAL or DEPRECATED.
        as_of: When the count was taken; for a cumulative or peak metric a
            count taken before the count closed is a lower bound on the
            final figure, and an instant count is a lower bound on the peak.
        attributed_to: Who made the estimate (the police, the party, a named
            person): an actor or a name. Not the publisher.
        subject: Whom the figure is about within the event — a candidate or a
            party in an election ("votes for PTI"); None for the event as a whole.

    Raises:
        ValidationError: a figure whose dimension is not the metric's (a
            count of posts for an audience metric), or an empty quote or name.
    """

    metric: Metric = attrs.field(validator=v.instance_of(Metric))
    figure: Figure = attrs.field(validator=_figure)
    source: Source | None = attrs.field(
        default=None, validator=v.instance_of(Source, optional=True)
    )
    quote: str | None = attrs.field(default=None, validator=v.optional_text)
    rank: Rank = attrs.field(default=Rank.NORMAL, validator=v.instance_of(Rank))
    as_of: Span | None = attrs.field(default=None, validator=v.instance_of(Span, optional=True))
    attributed_to: Actor | str | None = attrs.field(default=None, validator=_who)
    subject: Actor | str | None = attrs.field(default=None, validator=_who)

    def __attrs_post_init__(self) -> None:
        if not self.metric.accepts(self.figure.unit):
            wanted = (
                "a figure in a currency"
                if self.metric.unit == MONEY
                else f"a figure in {self.metric.unit}"
            )
            raise ValidationError(
                "Claim.figure",
                str(self.figure),
                f"{wanted} for {self.metric.key} ({self.metric.dimension})",
            )

    @classmethod
    def parse(
        cls,
        metric: Metric,
        text: str,
        source: Source | None = None,
        *,
        quote: str | None = None,
        rank: Rank = Rank.NORMAL,
        as_of: Span | None = None,
        attributed_to: Actor | str | None = None,
        subject: Actor | str | None = None,
        policy: ReadingPolicy | None = None,
        lang: str | None = None,
    ) -> Claim:
        """A claim whose figure is read from ``text``.

        ``quote`` keeps the source's whole words when ``text`` is only the
        fragment holding the figure; without it, ``text`` is the quote. The
        metric's unit is used when the words name none.

        >>> c = Claim.parse(Metric.ATTENDANCE, "about 100,000",
        ...                 quote="Police put the crowd at about 100,000", attributed_to="police")
        >>> c.quote, str(c.figure)
        ('Police put the crowd at about 100,000', '90,000 to 110,000 person')
        """
        if not isinstance(metric, Metric):
            raise ValidationError("metric", metric, "a Metric")
        if quote is not None and (not isinstance(quote, str) or not quote.strip()):
            raise ValidationError("quote", quote, "the source's words, a non-empty string")
        unit = None if metric.unit == MONEY else metric.unit
        extra: dict[str, Any] = {} if lang is None else {"lang": lang}
        figure = Figure.parse(text, unit=unit, policy=policy, **extra)
        return cls(
            metric=metric,
            figure=figure,
            source=source,
            quote=quote if quote is not None else text,
            rank=rank,
            as_of=as_of,
            attributed_to=attributed_to,
            subject=subject,
        )

    def reread(self, policy: ReadingPolicy | str) -> Claim:
        """The same claim with its figure read under ``policy`` (a ReadingPolicy,
        or the name of a built-in one)."""
        checked = reading_policy(policy, optional=False)
        assert checked is not None  # not optional: a policy or an error
        figure = self.figure.reread(checked)
        return self if figure is self.figure else attrs.evolve(self, figure=figure)

    def describe(self) -> str:
        """The claim in words: ``'"over 446,000 people" (The Express Tribune)'``."""
        return _render._claim(self)


# --- reasons as data --------------------------------------------------------------------


class Step:
    """A step of reasoning; ``str()`` gives its sentence (written in ``_render``)."""

    __slots__ = ()

    def __str__(self) -> str:
        return _render.step(self)


@attrs.frozen(field_transformer=v.typed)
class ClaimRead(Step):
    """A claim, and the figure it reads as."""

    metric: Metric
    claim: Claim
    figure: Figure


@attrs.frozen(field_transformer=v.typed)
class ClaimIgnored(Step):
    """A deprecated claim, or a normal one when preferred claims exist."""

    claim: Claim


@attrs.frozen(field_transformer=v.typed)
class Snapshot(Step):
    """A running count taken before the count closed: a lower bound on the final figure."""

    metric: Metric
    claim: Claim
    figure: Figure


@attrs.frozen(field_transformer=v.typed)
class Moment(Step):
    """A count at one moment (an instant metric)."""

    metric: Metric
    claim: Claim


@attrs.frozen(field_transformer=v.typed)
class AverageSoFar(Step):
    """An average taken before the end: no bound on the final average, but one on the peak."""

    metric: Metric
    claim: Claim


@attrs.frozen(field_transformer=v.typed)
class Moments(Step):
    """Counts at several moments, which do not conflict."""

    metric: Metric
    count: int
    figure: Figure


@attrs.frozen(field_transformer=v.typed)
class Agreement(Step):
    """The claims agree; their intersection."""

    figure: Figure


@attrs.frozen(field_transformer=v.typed)
class Conflict(Step):
    """Two claims whose figures share no value."""

    first: Claim
    second: Claim


@attrs.frozen(field_transformer=v.typed)
class Disagreement(Step):
    """A conflict, as a step of a reconciliation."""

    conflict: Conflict


@attrs.frozen(field_transformer=v.typed)
class Hull(Step):
    """The range covering every conflicting claim."""

    figure: Figure


@attrs.frozen(field_transformer=v.typed)
class Floor(Step):
    """Counts taken before the close raise the lower bound of the final figure.

    ``claims`` are the snapshots that give the highest count; ``figure`` is
    the final figure once raised.
    """

    metric: Metric
    claims: tuple[Claim, ...]
    low: float
    inclusive: bool
    figure: Figure


@attrs.frozen(field_transformer=v.typed)
class FloorConflict(Step):
    """A count taken before the close is above every value the final reports
    allow: the reports conflict, and the final reports' figure is kept."""

    metric: Metric
    claims: tuple[Claim, ...]
    low: float
    inclusive: bool
    figure: Figure


@attrs.frozen(field_transformer=v.typed)
class Bounded(Step):
    """A bound on ``metric`` derived from another metric's claims through an inequality."""

    metric: Metric
    other: Metric
    lower: bool
    value: float
    inclusive: bool
    unit: str
    claims: tuple[Claim, ...]


@attrs.frozen(field_transformer=v.typed)
class Contradiction(Step):
    """Claims that contradict a known inequality; the bound is not applied."""

    metric: Metric
    other: Metric
    lower: bool
    figure: Figure
    other_figure: Figure


@attrs.frozen(field_transformer=v.typed)
class NoFigure(Step):
    """No claim gives or bounds the metric."""

    metric: Metric


@attrs.frozen(field_transformer=v.typed)
class PolicyUsed(Step):
    """The reading policy (or policies) the hedges were read under."""

    names: tuple[str, ...]


# --- reconciliation ---------------------------------------------------------------------


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class Reconciliation:
    """What a set of claims for one metric says, taken together.

    Attributes:
        figure: The intersection of the claims' intervals when they agree,
            otherwise their hull (the smallest interval holding them all).
            Counts taken before the count closed enter as lower bounds; for
            an instant metric counted at several moments, the range they span.
        consistent: Whether every claim can be true at once.
        conflicts: The pairs of claims that cannot both be true.
        used: The claims taken into account.
        ignored: Claims left out: deprecated ones, and normal ones when a
            preferred claim exists.
        steps: Every step, as values whose ``str()`` is the sentence.
        floor: A lower bound the claims put on any metric at least as large
            (the highest count at any moment), when it differs from the figure's.
    """

    metric: Metric
    figure: Figure
    consistent: bool
    conflicts: tuple[Conflict, ...]
    used: tuple[Claim, ...]
    ignored: tuple[Claim, ...] = ()
    steps: tuple[Step, ...] = ()
    floor: tuple[float, bool] | None = None

    def reasons(self) -> list[str]:
        """The steps in words."""
        return [str(s) for s in self.steps]

    def lower_bound(self) -> tuple[float | None, bool]:
        """The lowest value any metric at least as large as this one can have."""
        if self.floor is not None:
            return self.floor
        return self.figure.bounds[0], self.figure.low_inclusive


def _instant_of(value: Span | datetime | None) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime) and value.tzinfo is not None and value.utcoffset() is not None:
        return value
    if isinstance(value, Span):
        return value.end
    raise ValidationError("closes", value, "a time-zone-aware datetime, a Span or None")


def _closed(claim: Claim, closes: datetime | None) -> bool:
    """Whether the claim's count was certainly taken after the count closed."""
    if claim.as_of is None:
        return True
    return closes is not None and claim.as_of.start >= closes


def _at_least(figure: Figure) -> Figure:
    low = figure.bounds[0]
    return Figure(
        low=low,
        high=None,
        low_inclusive=figure.low_inclusive,
        high_inclusive=False,
        unit=figure.unit,
        qualifier=Qualifier.DERIVED,
        policy=figure.policy,
    )


def _combine(readings: Sequence[tuple[Claim, Figure]]) -> tuple[Figure, tuple[Conflict, ...]]:
    """The intersection of the readings, or their hull with the conflicting pairs."""
    together: Figure | None = readings[0][1]
    for _claim, figure in readings[1:]:
        together = together.intersection(figure) if together is not None else None
    if together is not None:
        return together, ()
    hull = readings[0][1]
    for _claim, figure in readings[1:]:
        hull = hull.hull(figure)
    conflicts = tuple(
        Conflict(a, b)
        for (a, fa), (b, fb) in itertools.combinations(readings, 2)
        if fa.intersection(fb) is None
    )
    return hull, conflicts


def _check_claims(claims: list[Claim]) -> Metric:
    for i, claim in enumerate(claims):
        if not isinstance(claim, Claim):
            raise ValidationError(f"claims[{i}]", claim, "a Claim")
    if not claims:
        raise ValidationError("claims", [], "at least one claim")
    metric = claims[0].metric
    for claim in claims[1:]:
        if claim.metric != metric:
            raise IncomparableError(
                f"cannot reconcile claims for {metric.key} and {claim.metric.key}: "
                "they measure different things"
            )
    units = sorted({c.figure.unit for c in claims})
    if metric.unit == MONEY and len(units) > 1:
        raise IncomparableError(
            f"cannot reconcile claims for {metric.key} in {' and '.join(units)}: "
            "currencies are never converted"
        )
    return metric


def reconcile(
    claims: Iterable[Claim],
    policy: ReadingPolicy | None = None,
    *,
    closes: Span | datetime | None = None,
) -> Reconciliation:
    """Combine claims for one metric into one figure, saying how.

    Deprecated claims are ignored; if any claim is preferred, only preferred
    ones count. Agreeing claims give the intersection of their intervals;
    conflicting ones their hull, with the conflicting pairs listed.

    What a claim's ``as_of`` means depends on the metric's kind: for a
    cumulative or peak metric, a count taken before ``closes`` (or at any
    time, when ``closes`` is None) is a lower bound on the final figure; an
    instant metric's counts at different moments never conflict; an average
    taken before the end bounds only the larger metrics; a fixed metric's
    ``as_of`` changes nothing.

    Args:
        claims: Claims for one metric.
        policy: Read every claim under this policy first (their own otherwise).
        closes: When the count closed (an event's end); a Span counts by its end.

    Raises:
        ValidationError: no claims, or only deprecated ones.
        IncomparableError: claims for different metrics, or in two currencies.
    """
    claims = v.items("claims", claims, Claim, "Claim")
    metric = _check_claims(claims)
    closing = _instant_of(closes)
    policy = reading_policy(policy)
    if policy is not None:
        claims = [c.reread(policy) for c in claims]
    preferred = [c for c in claims if c.rank is Rank.PREFERRED]
    used = preferred or [c for c in claims if c.rank is Rank.NORMAL]
    ignored = [c for c in claims if c not in used]
    if not used:
        raise ValidationError(
            "claims", [c.describe() for c in claims], "at least one claim that is not deprecated"
        )
    steps: list[Step] = [ClaimRead(metric, c, c.figure) for c in used]
    steps += [ClaimIgnored(c) for c in ignored]
    if metric.kind is MetricKind.INSTANT:
        return _reconcile_moments(metric, used, ignored, steps)
    finals, snapshots, floors = _readings(metric, used, closing, steps)
    if not finals and not snapshots:
        # only averages so far: nothing is known of the final average
        steps.append(NoFigure(metric))
        figure = Figure(
            low=0,
            high=None,
            high_inclusive=False,
            unit=used[0].figure.unit,
            qualifier=Qualifier.DERIVED,
        )
        conflicts: tuple[Conflict, ...] = ()
    elif not finals:
        # counts taken before the close only: the final figure is at least the highest
        figure, conflicts = _settle(snapshots, steps)
    else:
        figure, conflicts = _settle(finals, steps)
        figure, conflicts = _raise(metric, figure, conflicts, finals, snapshots, steps)
    floor = None
    if floors:
        best = max([*floors, (figure.bounds[0] or 0.0, figure.low_inclusive)])
        floor = best if best[0] != figure.bounds[0] else None
    return Reconciliation(
        metric=metric,
        figure=figure,
        consistent=not conflicts,
        conflicts=conflicts,
        used=tuple(used),
        ignored=tuple(ignored),
        steps=tuple(steps),
        floor=floor,
    )


def _readings(
    metric: Metric, used: Sequence[Claim], closing: datetime | None, steps: list[Step]
) -> tuple[list[tuple[Claim, Figure]], list[tuple[Claim, Figure]], list[tuple[float, bool]]]:
    """What each claim says about the final figure: the final readings (its
    own figure), the lower bounds of counts taken before the close, and the
    floors that averages so far put on larger metrics."""
    finals: list[tuple[Claim, Figure]] = []
    snapshots: list[tuple[Claim, Figure]] = []
    floors: list[tuple[float, bool]] = []
    for claim in used:
        if metric.kind is MetricKind.FIXED or _closed(claim, closing):
            finals.append((claim, claim.figure))
        elif metric.kind is MetricKind.AVERAGE:
            steps.append(AverageSoFar(metric, claim))
            low = claim.figure.bounds[0]
            if low is not None:
                floors.append((low, claim.figure.low_inclusive))
        else:
            lower = _at_least(claim.figure)
            steps.append(Snapshot(metric, claim, lower))
            snapshots.append((claim, lower))
    return finals, snapshots, floors


def _raise(
    metric: Metric,
    figure: Figure,
    conflicts: tuple[Conflict, ...],
    finals: Sequence[tuple[Claim, Figure]],
    snapshots: Sequence[tuple[Claim, Figure]],
    steps: list[Step],
) -> tuple[Figure, tuple[Conflict, ...]]:
    """The final figure with its lower bound raised by the counts taken before
    the close. A snapshot only ever raises the lower bound: it never widens
    the figure (its own upper bound is gone), so adding one never makes a
    certain answer uncertain. A snapshot above every value the final reports
    allow conflicts with them; it is then not applied."""
    if not snapshots:
        return figure, conflicts
    floor, _ = _combine(snapshots)  # lower bounds only: they always intersect
    low = floor.bounds[0]
    if low is None:
        return figure, conflicts
    highest = tuple(
        c for c, f in snapshots if (f.bounds[0], f.low_inclusive) == (low, floor.low_inclusive)
    )
    against = tuple(
        Conflict(snap, claim)
        for snap, lower in snapshots
        for claim, final in finals
        if lower.intersection(final) is None
    )
    raised = figure.intersection(floor)
    if raised is None:
        steps.append(FloorConflict(metric, highest, low, floor.low_inclusive, figure))
        steps += [Disagreement(c) for c in against]
        return figure, conflicts + against
    if raised.bounds != figure.bounds or raised.low_inclusive != figure.low_inclusive:
        steps.append(Floor(metric, highest, low, floor.low_inclusive, raised))
    steps += [Disagreement(c) for c in against]
    return raised, conflicts + against


def _settle(
    readings: Sequence[tuple[Claim, Figure]], steps: list[Step]
) -> tuple[Figure, tuple[Conflict, ...]]:
    """Combine readings of one value, adding the agreement or the conflicts to ``steps``."""
    figure, conflicts = _combine(readings)
    if len(readings) > 1 and not conflicts:
        steps.append(Agreement(figure))
    steps += [Disagreement(c) for c in conflicts]
    if conflicts:
        steps.append(Hull(figure))
    return figure, conflicts


def _reconcile_moments(
    metric: Metric, used: list[Claim], ignored: list[Claim], steps: list[Step]
) -> Reconciliation:
    """An instant metric: claims at the same moment are reconciled together;
    counts at different (or unknown) moments never conflict."""
    groups: dict[object, list[Claim]] = {}
    for n, claim in enumerate(used):
        # A claim with no as_of is a moment of its own: nothing says it is another's.
        key: object = claim.as_of if claim.as_of is not None else ("unknown", n)
        groups.setdefault(key, []).append(claim)
    figures: list[Figure] = []
    conflicts: list[Conflict] = []
    for group in groups.values():
        figure, found = _settle([(c, c.figure) for c in group], steps)
        figures.append(figure)
        conflicts += found
    together = figures[0]
    for figure in figures[1:]:
        together = together.hull(figure)
    floor: tuple[float, bool] | None = None
    if len(figures) > 1:
        for claim in used:
            steps.append(Moment(metric, claim))
        steps.append(Moments(metric, len(figures), together))
        lows = [(f.bounds[0], f.low_inclusive) for f in figures if f.bounds[0] is not None]
        floor = max(lows) if lows else None
    return Reconciliation(
        metric=metric,
        figure=together,
        consistent=not conflicts,
        conflicts=tuple(conflicts),
        used=tuple(used),
        ignored=tuple(ignored),
        steps=tuple(steps),
        floor=floor,
    )


# --- derivation -------------------------------------------------------------------------


@attrs.frozen(kw_only=True, field_transformer=v.typed)
class Derivation:
    """The tightest sound figure for a metric, and how it was reached.

    Attributes:
        metric: The metric asked for.
        figure: The figure, or None when no claim says anything about it.
        steps: Every step, as values whose ``str()`` is the sentence: claims
            read, snapshots, conflicts, inequalities applied.
        reconciliation: The reconciliation of the metric's own claims, if any.
        sources: The reconciliations of other metrics that bounded it.
        metrics: Every metric the claims (for this subject) were about.
    """

    metric: Metric
    figure: Figure | None
    steps: tuple[Step, ...]
    reconciliation: Reconciliation | None = None
    sources: tuple[Reconciliation, ...] = ()
    metrics: tuple[Metric, ...] = ()

    @property
    def used(self) -> tuple[Claim, ...]:
        """Every claim that went into the figure."""
        own = self.reconciliation.used if self.reconciliation is not None else ()
        return own + tuple(c for r in self.sources for c in r.used)

    def reasons(self) -> list[str]:
        """The steps in words."""
        return [str(s) for s in self.steps]


def _by_metric(
    claims: Sequence[Claim], policy: ReadingPolicy | None, closes: Span | datetime | None
) -> dict[Metric, Reconciliation]:
    grouped: dict[Metric, list[Claim]] = {}
    for claim in claims:
        grouped.setdefault(claim.metric, []).append(claim)
    result = {}
    for metric, group in grouped.items():
        if any(c.rank is not Rank.DEPRECATED for c in group):
            result[metric] = reconcile(group, policy, closes=closes)
    return result


class _Tightening:
    """The figure for one metric, tightened bound by bound, with its steps."""

    def __init__(self, metric: Metric, own: Reconciliation | None) -> None:
        self.metric = metric
        self.figure = own.figure if own is not None else None
        self.steps: list[Step] = list(own.steps) if own is not None else []
        self.sources: list[Reconciliation] = []

    def bound(self, other: Metric, source: Reconciliation | None, *, lower: bool) -> None:
        if source is None:
            return
        if lower:
            value, inclusive = source.lower_bound()
        else:
            value, inclusive = source.figure.bounds[1], source.figure.high_inclusive
        if value is None:
            return
        limit = Figure(
            low=value if lower else None,
            high=None if lower else value,
            low_inclusive=inclusive if lower else False,
            high_inclusive=False if lower else inclusive,
            unit=source.figure.unit,
            qualifier=Qualifier.DERIVED,
        )
        figure = self.figure
        candidate = limit if figure is None else figure.intersection(limit)
        if figure is not None and candidate is None:
            self.steps.append(Contradiction(self.metric, other, lower, figure, source.figure))
            return
        if candidate is not None and candidate.bounds != (figure.bounds if figure else None):
            self.steps.append(
                Bounded(self.metric, other, lower, value, inclusive, limit.unit, source.used)
            )
            self.sources.append(source)
            self.figure = candidate


def derive(
    claims: Iterable[Claim],
    metric: Metric,
    *,
    policy: ReadingPolicy | None = None,
    registry: MetricRegistry | None = None,
    closes: Span | datetime | None = None,
    subject: Actor | str | None = None,
) -> Derivation:
    """The tightest sound figure for ``metric`` from claims about one event.

    The metric's own claims are reconciled; then every known inequality
    tightens it: a lower bound on a smaller metric is a lower bound on this
    one, an upper bound on a larger metric an upper bound on it.

    Args:
        claims: Claims about one event.
        metric: The metric wanted.
        policy: Read every hedge under this policy.
        registry: The metrics and inequalities to use (the default otherwise).
        closes: When the event's counts closed (see :func:`reconcile`).
        subject: Use only the claims about this candidate or party (None:
            the claims about the event as a whole).

    >>> from polevents import Claim, Metric, Source, derive
    >>> tribune = Source(publisher="The Express Tribune")
    >>> d = derive(
    ...     [Claim.parse(Metric.AVERAGE_CONCURRENT, "an average of 165,000 users", tribune),
    ...      Claim.parse(Metric.UNIQUE_AUDIENCE, "over 446,000 people", tribune)],
    ...     Metric.PEAK_CONCURRENT,
    ... )
    >>> print(d.figure)
    164,500 to 490,600 person
    >>> for step in d.steps:
    ...     print(step)
    peak concurrent audience ≥ 164,500 people because average concurrent audience was ...
    peak concurrent audience ≤ 490,600 people because unique audience was "over 446,000 people" ...
    """
    registry = registry_argument(registry)
    claims = v.items("claims", claims, Claim, "Claim")
    v.argument("metric", metric, Metric, "a Metric")
    policy = reading_policy(policy)
    _instant_of(closes)
    _check_who("subject", subject)
    mine = [c for c in claims if same_party(c.subject, subject)]
    reconciled = _by_metric(mine, policy, closes)
    own = reconciled.get(metric)
    work = _Tightening(metric, own)
    for smaller in registry.below(metric):
        work.bound(smaller, reconciled.get(smaller), lower=True)
    for larger in registry.above(metric):
        work.bound(larger, reconciled.get(larger), lower=False)
    figure = work.figure
    if figure is not None and figure.bounds[0] is None:
        # Counts and durations are never negative.
        figure = figure.intersection(
            Figure(low=0, high=None, high_inclusive=False, unit=figure.unit)
        )
    if figure is None:
        work.steps.append(NoFigure(metric))
    return Derivation(
        metric=metric,
        figure=figure,
        steps=tuple(work.steps),
        reconciliation=own,
        sources=tuple(work.sources),
        metrics=tuple(reconciled),
    )
